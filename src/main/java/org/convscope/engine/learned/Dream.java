package org.convscope.engine.learned;

import java.util.List;
import org.convscope.engine.tensor.Shape;

/**
 * One image grown by feature visualization, with its history.
 *
 * @param frames      the image at {@code frameSteps}, each [C,H,W]; the last is the result
 * @param frameSteps  after how many steps each frame was taken (0: the grey start)
 * @param frameScores the target's value for each frame
 * @param objective   the target's value at every step, measured on the jittered image the gradient came from
 */
public record Dream(DreamTarget target, Shape shape, List<float[]> frames, int[] frameSteps, float[] frameScores,
                    float[] objective) {

    public Dream {
        frames = List.copyOf(frames);
    }

    /** The target's value for the start image. */
    public float start() {
        return frameScores[0];
    }

    /** The target's value for the result. */
    public float end() {
        return frameScores[frameScores.length - 1];
    }

    /** The final image, [C,H,W]. */
    public float[] image() {
        return frames.get(frames.size() - 1);
    }
}
