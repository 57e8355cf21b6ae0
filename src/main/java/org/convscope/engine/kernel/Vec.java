package org.convscope.engine.kernel;

/** Element-wise loops over float arrays, vectorised when the Vector API is available. */
public final class Vec {
    private Vec() {
    }

    /** dst[d..d+n) += src[s..s+n). */
    public static void addInto(float[] src, int s, float[] dst, int d, int n) {
        if (Simd.available() && n >= 16) {
            VectorOps.addInto(src, s, dst, d, n);
            return;
        }
        for (int i = 0; i < n; i++) dst[d + i] += src[s + i];
    }

    /** dst[d..d+n) = max(dst, src[s..s+n)). */
    public static void maxInto(float[] src, int s, float[] dst, int d, int n) {
        if (Simd.available() && n >= 16) {
            VectorOps.maxInto(src, s, dst, d, n);
            return;
        }
        for (int i = 0; i < n; i++) dst[d + i] = Math.max(dst[d + i], src[s + i]);
    }

    /** How many of {@code c} channels the vector kernels take (a multiple of the lane count; 0 without SIMD). */
    public static int vectorPart(int c) {
        return Simd.available() ? c / VectorKernels.L * VectorKernels.L : 0;
    }

    /** See {@link VectorOps#maxPoolBackwardWindow}; only for the first {@link #vectorPart} channels. */
    public static void maxPoolBackwardWindow(float[] x, float[] y, float[] dy, float[] dx, int first, int o,
                                             int sizeH, int sizeW, int rowStride, int c, int vectorChannels, boolean onlyPositive) {
        VectorOps.maxPoolBackwardWindow(x, y, dy, dx, first, o, sizeH, sizeW, rowStride, c, vectorChannels, onlyPositive);
    }

    /** Sum of the n values of each of {@code rows} rows (stride {@code n}) into out[0..n) (+=). */
    public static void sumRowsInto(float[] a, int off, int rows, int n, float[] out, int outOff) {
        for (int r = 0; r < rows; r++) addInto(a, off + r * n, out, outOff, n);
    }

    /** Sets each of {@code rows} rows of length n (stride n) to {@code row}. */
    public static void broadcastRows(float[] row, int rowOff, int n, float[] dst, int dstOff, int rows) {
        for (int r = 0; r < rows; r++) System.arraycopy(row, rowOff, dst, dstOff + r * n, n);
    }

    /** dst[i] = max(src[i], 0). */
    public static void relu(float[] src, float[] dst, int n) {
        if (Simd.available()) {
            VectorOps.relu(src, dst, n);
            return;
        }
        for (int i = 0; i < n; i++) dst[i] = Math.max(src[i], 0f);
    }

    /** dx[i] = y[i] > 0 ? dy[i] : 0. */
    public static void reluBackward(float[] y, float[] dy, float[] dx, int n) {
        if (Simd.available()) {
            VectorOps.reluBackward(y, dy, dx, n);
            return;
        }
        for (int i = 0; i < n; i++) dx[i] = y[i] > 0f ? dy[i] : 0f;
    }

    /** a[i] += b[i] over [from, to). */
    public static void add(float[] a, float[] b, int from, int to) {
        addInto(b, from, a, from, to - from);
    }
}
