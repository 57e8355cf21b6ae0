package org.convscope.engine.learned;

import java.util.List;
import org.convscope.engine.tensor.Shape;

/**
 * One image grown by feature visualization, with its history.
 *
 * @param frames     the image at {@code frameSteps}, each [C,H,W]; the last is the result
 * @param frameSteps after how many steps each frame was taken (0: the grey start)
 * @param objective  the target's value at every step, measured on the jittered image the gradient came from
 * @param start      the target's value for the start image
 * @param end        the target's value for the result
 */
public record Dream(DreamTarget target, Shape shape, List<float[]> frames, int[] frameSteps, float[] objective,
                    float start, float end) {

    public Dream {
        frames = List.copyOf(frames);
    }

    /** The final image, [C,H,W]. */
    public float[] image() {
        return frames.get(frames.size() - 1);
    }
}
