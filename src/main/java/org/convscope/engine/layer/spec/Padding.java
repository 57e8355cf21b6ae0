package org.convscope.engine.layer.spec;

/** Keras' padding modes: {@code valid} adds nothing, {@code same} keeps H×W at stride 1. */
public enum Padding {
    VALID, SAME;

    public String kerasName() {
        return this == VALID ? "valid" : "same";
    }

    /** Output length along one axis. */
    public int outputLength(int in, int kernel, int stride) {
        return this == VALID ? Math.floorDiv(in - kernel, stride) + 1 : Math.floorDiv(in + stride - 1, stride);
    }

    /** Zeros added before the first input along one axis (TensorFlow puts the odd one after). */
    public int padBefore(int in, int kernel, int stride) {
        return total(in, kernel, stride) / 2;
    }

    /** Zeros added after the last input along one axis: the rest, so the odd one when the total is odd. */
    public int padAfter(int in, int kernel, int stride) {
        int total = total(in, kernel, stride);
        return total - total / 2;
    }

    private int total(int in, int kernel, int stride) {
        if (this == VALID) return 0;
        int out = outputLength(in, kernel, stride);
        return Math.max((out - 1) * stride + kernel - in, 0);
    }
}
