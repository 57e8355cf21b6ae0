package org.convscope.engine.reference;

import org.convscope.engine.layer.spec.Padding;

/**
 * Output length and leading zeros of one axis, restated from TensorFlow's definition rather than
 * taken from {@link Padding}'s own arithmetic, so a mistake there shows up as a disagreement.
 */
final class ReferencePadding {
    private ReferencePadding() {
    }

    /** valid: windows that fit, floor((in − k)/s) + 1; same: ceil(in / s). */
    static int outputLength(Padding padding, int in, int kernel, int stride) {
        if (padding == Padding.SAME) return (in + stride - 1) / stride;
        if (kernel > in) throw new IllegalArgumentException("kernel " + kernel + " larger than input " + in);
        return (in - kernel) / stride + 1;
    }

    /** same: total = max((out − 1)·s + k − in, 0) zeros, total/2 before and the rest after. */
    static int before(Padding padding, int in, int kernel, int stride) {
        if (padding == Padding.VALID) return 0;
        int out = outputLength(padding, in, kernel, stride);
        int total = Math.max((out - 1) * stride + kernel - in, 0);
        return total / 2;
    }
}
