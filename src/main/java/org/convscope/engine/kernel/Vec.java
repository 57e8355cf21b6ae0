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

    /**
     * dst[d + ch] = max(floor, the window's values of channel ch) for ch in [0, c): a pooling window
     * of sizeH × sizeW values, {@code rowStride} apart between rows and c apart along a row, from
     * src[first]. A floor of 0 applies a ReLU on the way (the maximum of ReLUs is the ReLU of the
     * maximum); −∞ applies none.
     */
    public static void maxWindow(float[] src, int first, int rowStride, int sizeH, int sizeW, int c, float floor,
                                 float[] dst, int d) {
        int ch = Simd.available() ? VectorOps.maxWindow(src, first, rowStride, sizeH, sizeW, c, floor, dst, d) : 0;
        for (; ch < c; ch++) {
            float m = floor;
            for (int ky = 0; ky < sizeH; ky++) {
                for (int kx = 0; kx < sizeW; kx++) m = Math.max(m, src[first + ky * rowStride + kx * c + ch]);
            }
            dst[d + ch] = m;
        }
    }

    /** How many of {@code c} channels the vector kernels take (a multiple of the lane count; 0 without SIMD). */
    public static int vectorPart(int c) {
        return Simd.available() ? c / VectorKernels.L * VectorKernels.L : 0;
    }

    /**
     * See {@link VectorOps#maxPoolBackwardWindow}; only for the first {@link #vectorPart} channels.
     * With {@code overwrite} the window's dx is written, not added to (for windows that tile the input).
     */
    public static void maxPoolBackwardWindow(float[] x, float[] y, float[] dy, float[] dx, int first, int o,
                                             int sizeH, int sizeW, int rowStride, int c, int vectorChannels, boolean onlyPositive,
                                             boolean overwrite) {
        VectorOps.maxPoolBackwardWindow(x, y, dy, dx, first, o, sizeH, sizeW, rowStride, c, vectorChannels, onlyPositive, overwrite);
    }

    /** {@link #maxPoolBackwardWindow} for a 2×2 window that writes its dx; only for the first {@link #vectorPart} channels. */
    public static void maxPoolBackward2x2(float[] x, float[] y, float[] dy, float[] dx, int first, int o,
                                          int rowStride, int c, int vectorChannels, boolean onlyPositive) {
        VectorOps.maxPoolBackward2x2(x, y, dy, dx, first, o, rowStride, c, vectorChannels, onlyPositive);
    }

    /**
     * One Adam step over [from, to): m = b1·m + (1−b1)·g; v = b2·v + (1−b2)·g²; w −= alpha·m/(√v + eps).
     */
    public static void adamUpdate(float[] w, float[] g, float[] m, float[] v, int from, int to,
                                  float b1, float b2, float eps, float alpha) {
        int i = Simd.available() ? VectorOps.adamUpdate(w, g, m, v, from, to, b1, b2, eps, alpha) : from;
        for (; i < to; i++) {
            float gi = g[i];
            float mi = b1 * m[i] + (1 - b1) * gi;
            float vi = b2 * v[i] + (1 - b2) * gi * gi;
            m[i] = mi;
            v[i] = vi;
            w[i] -= alpha * mi / ((float) Math.sqrt(vi) + eps);
        }
    }

    /** gOut[from, to) = Σ parts[c] in order c = 0..count−1, then one Adam step with it, in one pass over memory. */
    public static void adamUpdateSum(float[] w, float[][] parts, int count, float[] gOut, float[] m, float[] v, int from, int to,
                                     float b1, float b2, float eps, float alpha) {
        int i = Simd.available() ? VectorOps.adamUpdateSum(w, parts, count, gOut, m, v, from, to, b1, b2, eps, alpha) : from;
        if (i < to) {
            sumParts(parts, count, gOut, i, to);
            adamUpdate(w, gOut, m, v, i, to, b1, b2, eps, alpha);
        }
    }

    /** gOut[from, to) = Σ parts[c] in order c = 0..count−1. */
    public static void sumParts(float[][] parts, int count, float[] gOut, int from, int to) {
        System.arraycopy(parts[0], from, gOut, from, to - from);
        for (int c = 1; c < count; c++) add(gOut, parts[c], from, to);
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
