package org.convscope.ui.convstep;

/**
 * The sandbox's output size along one axis, ⌊(n + 2p − d(k−1) − 1)/s⌋ + 1 (PyTorch's Conv2d
 * formula), or why there is none.
 *
 * @param n input size, k kernel size, s stride, p zeros on each side, d dilation
 */
public record OutputSize(int n, int k, int s, int p, int d) {

    /** Why a combination has no output; the first that applies is reported. */
    public enum Problem { INPUT_TOO_SMALL, KERNEL_TOO_SMALL, STRIDE_TOO_SMALL, NEGATIVE_PADDING, DILATION_TOO_SMALL, KERNEL_LARGER_THAN_INPUT }

    public Problem problem() {
        if (n < 1) return Problem.INPUT_TOO_SMALL;
        if (k < 1) return Problem.KERNEL_TOO_SMALL;
        if (s < 1) return Problem.STRIDE_TOO_SMALL;
        if (p < 0) return Problem.NEGATIVE_PADDING;
        if (d < 1) return Problem.DILATION_TOO_SMALL;
        if (span() > paddedInput()) return Problem.KERNEL_LARGER_THAN_INPUT;
        return null;
    }

    public boolean valid() {
        return problem() == null;
    }

    /** How far one window reaches with its holes: d(k−1) + 1. */
    public int span() {
        return d * (k - 1) + 1;
    }

    public int paddedInput() {
        return n + 2 * p;
    }

    /** The numerator n + 2p − d(k−1) − 1 before the division by s. */
    public int numerator() {
        return n + 2 * p - d * (k - 1) - 1;
    }

    /** Output size; only meaningful when {@link #valid()}. */
    public int size() {
        return Math.floorDiv(numerator(), s) + 1;
    }
}
