package org.convscope.engine.model;

import java.util.List;
import org.convscope.engine.layer.spec.ModelSpec;

/**
 * One image through the whole network: the input, every layer's output, the class probabilities.
 * Everything the inside-the-network views and the steppers show comes from here, so every number
 * on screen is the engine's own. Immutable by convention (nobody writes the arrays).
 *
 * @param input         the image as the network saw it, [C,H,W]
 * @param logits        the final scores before softmax
 * @param probabilities softmax of the logits
 */
public record Inspection(ModelSpec spec, float[] input, List<LayerTap> taps, float[] logits, float[] probabilities) {

    public Inspection {
        taps = List.copyOf(taps);
    }

    public int predicted() {
        int best = 0;
        for (int i = 1; i < probabilities.length; i++) if (probabilities[i] > probabilities[best]) best = i;
        return best;
    }

    /** The input of runtime layer {@code i}: the image for the first, else the previous layer's output. */
    public float[] inputOf(int i) {
        return i == 0 ? input : taps.get(i - 1).output();
    }
}
