package org.convscope.engine.kernel;

import java.util.Arrays;

/**
 * Convolution straight from the NHWC input, without im2row: forward, weight gradient and input
 * gradient as register-tiled products whose operands are read where they lie (see
 * {@link DirectConvForward}). For the common wide layers: whole groups of 4 vectors of filters
 * (64 with AVX-512), channels a multiple of the lane count, and windows inside the input.
 *
 * <p>Every position is listed in a {@link ConvPositions} table, so a caller can restrict the
 * backward pass to the outputs that receive a gradient at all.
 */
public final class DirectConv {
    private DirectConv() {
    }

    /** Whether the direct kernels take this convolution (else im2row + GEMM does). */
    public static boolean applies(Im2Row.Geometry g, int filters) {
        if (!Simd.available()) return false;
        int lanes = DirectConvForward.L;
        return filters % DirectConvForward.FILTERS == 0 && g.c() % lanes == 0
                && g.padTop() == 0 && g.padLeft() == 0
                && (g.oh() - 1) * g.sh() + g.kh() <= g.h() && (g.ow() - 1) * g.sw() + g.kw() <= g.w();
    }

    /** Floats of scratch the weight gradient needs: one tile of sums, then dy packed for count positions. */
    public static int scratchSize(int count, int filters) {
        return 6 * DirectConvForward.FILTERS + count * filters;
    }

    /**
     * y[out[p]..+F) = bias + window(p)·W for positions p in [from, to) of a table; x from xOff,
     * y from yOff. W: [KH·KW·C, F] at wOff of params, bias: [F] at bOff.
     */
    public static void forward(float[] x, int xOff, Im2Row.Geometry g, float[] params, int wOff, int bOff, int filters,
                               int[] in, int[] out, int from, int to, float[] y, int yOff) {
        int run = g.kw() * g.c(), rowStride = g.w() * g.c(), kh = g.kh();
        for (int f = 0; f < filters; f += DirectConvForward.BLOCK) {
            int wo = wOff + f, bo = bOff + f, yo = yOff + f;
            for (int t = from; t < to; ) {
                int n = to - t;
                if (n >= 5) {
                    // five left: the sixth row repeats the fifth and writes the same values again
                    int t5 = n >= 6 ? t + 5 : t + 4, base = xOff + in[t];
                    int o1 = in[t + 1] - in[t], o2 = in[t + 2] - in[t], o3 = in[t + 3] - in[t], o4 = in[t + 4] - in[t], o5 = in[t5] - in[t];
                    int c0 = yo + out[t], c1 = yo + out[t + 1], c2 = yo + out[t + 2], c3 = yo + out[t + 3], c4 = yo + out[t + 4], c5 = yo + out[t5];
                    DirectConvForward.bias(params, bo, y, c0);
                    DirectConvForward.bias(params, bo, y, c1);
                    DirectConvForward.bias(params, bo, y, c2);
                    DirectConvForward.bias(params, bo, y, c3);
                    DirectConvForward.bias(params, bo, y, c4);
                    DirectConvForward.bias(params, bo, y, c5);
                    for (int ky = 0; ky < kh; ky++) {
                        int xb = base + ky * rowStride, wb = wo + ky * run * filters;
                        if (DirectConvForward.WIDE) DirectConvForward.tile6(x, xb, o1, o2, o3, o4, o5, run, params, wb, filters, y, c0, c1, c2, c3, c4, c5);
                        else DirectConvForward.tile6x2(x, xb, o1, o2, o3, o4, o5, run, params, wb, filters, y, c0, c1, c2, c3, c4, c5);
                    }
                    t += Math.min(n, 6);
                } else {
                    int t1 = Math.min(t + 1, to - 1), t2 = Math.min(t + 2, to - 1), t3 = Math.min(t + 3, to - 1), base = xOff + in[t];
                    int o1 = in[t1] - in[t], o2 = in[t2] - in[t], o3 = in[t3] - in[t];
                    int c0 = yo + out[t], c1 = yo + out[t1], c2 = yo + out[t2], c3 = yo + out[t3];
                    DirectConvForward.bias(params, bo, y, c0);
                    DirectConvForward.bias(params, bo, y, c1);
                    DirectConvForward.bias(params, bo, y, c2);
                    DirectConvForward.bias(params, bo, y, c3);
                    for (int ky = 0; ky < kh; ky++) {
                        int xb = base + ky * rowStride, wb = wo + ky * run * filters;
                        if (DirectConvForward.WIDE) DirectConvForward.tile4(x, xb, o1, o2, o3, run, params, wb, filters, y, c0, c1, c2, c3);
                        else DirectConvForward.tile4x2(x, xb, o1, o2, o3, run, params, wb, filters, y, c0, c1, c2, c3);
                    }
                    t += n;
                }
            }
        }
    }

    /**
     * dW (+)= Σ over the first {@code count} positions of the table of window(p)ᵀ·dy[p]; overwrites
     * dW unless {@code accumulate}. dy from dyOff, dW: [KH·KW·C, F] at dwOff; scratch:
     * {@link #scratchSize} floats.
     */
    public static void weightGradient(float[] x, int xOff, Im2Row.Geometry g, int[] in, int[] out, int count,
                                      float[] dy, int dyOff, int filters, float[] dw, int dwOff, boolean accumulate,
                                      float[] scratch) {
        int run = g.kw() * g.c(), rowStride = g.w() * g.c(), width = DirectConvForward.FILTERS, packed = 6 * width;
        // dy of the positions, 4 vectors of filters after another: [F / 4L][count][4L]
        for (int f = 0; f < filters; f += width) {
            for (int p = 0; p < count; p++) System.arraycopy(dy, dyOff + out[p] + f, scratch, packed + (f * count) + p * width, width);
        }
        for (int f = 0; f < filters; f += width) {
            int dyc = packed + f * count;
            for (int ky = 0; ky < g.kh(); ky++) {
                for (int q = 0; q < run; ) {
                    int seg = ky * rowStride + q, k = ky * run + q;
                    int rows = q + 6 <= run ? 6 : 1;
                    if (rows == 1) DirectConvWeightGrad.tile1(x, xOff, seg, in, count, scratch, dyc, scratch);
                    else if (DirectConvForward.WIDE) DirectConvWeightGrad.tile6(x, xOff, seg, in, count, scratch, dyc, scratch);
                    else { // each tile of sums in two halves
                        DirectConvWeightGrad.tile6x2(x, xOff, seg, in, count, scratch, dyc, scratch, 0);
                        DirectConvWeightGrad.tile6x2(x, xOff, seg, in, count, scratch, dyc, scratch, width / 2);
                    }
                    for (int r = 0; r < rows; r++) {
                        int dst = dwOff + (k + r) * filters + f;
                        if (accumulate) Vec.addInto(scratch, r * width, dw, dst, width);
                        else System.arraycopy(scratch, r * width, dw, dst, width);
                    }
                    q += rows;
                }
            }
        }
    }

    /**
     * Wᵀ in the blocks {@link #inputGradient} reads: window values in blocks of 4, 2 or 1 vectors
     * (as many of 4 as fit, then 2, then 1; no 4 with 16 registers), each block [F][width] contiguous, so a tile streams its
     * block from front to back. w: [K, F] at wOff; packed: K·F floats.
     */
    public static void packTransposed(float[] w, int wOff, int k, int filters, float[] packed) {
        int lanes = DirectConvInputGrad.L;
        for (int k0 = 0; k0 < k; ) {
            int width = blockWidth(k0, k, lanes);
            Transpose.of(w, wOff + k0 * filters, width, filters, packed, k0 * filters);
            k0 += width;
        }
    }

    // 4 vectors only where the registers hold 6 × 4 sums (DirectConvForward.WIDE)
    private static int blockWidth(int k0, int k, int lanes) {
        return DirectConvForward.WIDE && k0 + 4 * lanes <= k ? 4 * lanes : k0 + 2 * lanes <= k ? 2 * lanes : lanes;
    }

    /** Images whose window gradients {@link #inputGradient} computes together: enough positions for whole tiles. */
    private static int imagesPerGroup(ConvPositions positions) {
        return Math.max(1, 48 / positions.perImage());
    }

    /** Floats of scratch {@link #inputGradient} needs: window gradients of a group of images, each followed by a row of zeros. */
    public static int rowsScratchSize(ConvPositions positions, Im2Row.Geometry g) {
        return imagesPerGroup(positions) * (positions.perImage() + 1) * g.rowLength();
    }

    /**
     * dx = the input gradient of n images from the gradients dy at the table's positions (the other
     * outputs' gradients count as zero): each window's gradient dy[p]·Wᵀ, then each input value as
     * the sum of the window values it was. wT: Wᵀ as {@link #packTransposed} lays it out; dx from
     * dxOff, laid out as x, overwritten; rows: {@link #rowsScratchSize} floats.
     */
    public static void inputGradient(float[] dy, int dyOff, Im2Row.Geometry g, ConvPositions positions, int n,
                                     float[] wT, int filters, float[] rows, float[] dx, int dxOff) {
        int k = g.rowLength(), per = positions.perImage(), imageRows = (per + 1) * k, group = imagesPerGroup(positions);
        positions.ensure(n);
        int[] gather = positions.gatherTable();
        for (int i = 0; i < group; i++) Arrays.fill(rows, i * imageRows + per * k, (i + 1) * imageRows, 0f);
        for (int b0 = 0; b0 < n; b0 += group) {
            int images = Math.min(group, n - b0);
            windowGradients(dy, dyOff, positions.out(), b0 * per, images * per, per, k, wT, filters, rows);
            for (int i = 0; i < images; i++) {
                DirectConvInputGrad.gather(rows, i * imageRows, gather, g.kh() * g.kw(), g.h() * g.w(), g.c(),
                        dx, dxOff + (b0 + i) * g.inputSize());
            }
        }
    }

    // rows[image i, position j] = dy[p]·Wᵀ for the count positions from the table's first; image i's
    // rows start at i·(per + 1)·k, so each keeps its row of zeros after its positions
    private static void windowGradients(float[] dy, int dyOff, int[] out, int first, int count, int per, int k,
                                        float[] wT, int filters, float[] rows) {
        int lanes = DirectConvInputGrad.L;
        for (int k0 = 0; k0 < k; ) {
            int width = blockWidth(k0, k, lanes), block = k0 * filters;
            for (int t = 0; t < count; t += 6) {
                // past the last position, a tile repeats it: the same row is stored again
                int i1 = Math.min(t + 1, count - 1), i2 = Math.min(t + 2, count - 1), i3 = Math.min(t + 3, count - 1),
                        i4 = Math.min(t + 4, count - 1), i5 = Math.min(t + 5, count - 1);
                int d0 = dyOff + out[first + t], d1 = dyOff + out[first + i1], d2 = dyOff + out[first + i2],
                        d3 = dyOff + out[first + i3], d4 = dyOff + out[first + i4], d5 = dyOff + out[first + i5];
                int r0 = row(t, per, k) + k0, r1 = row(i1, per, k) + k0, r2 = row(i2, per, k) + k0,
                        r3 = row(i3, per, k) + k0, r4 = row(i4, per, k) + k0, r5 = row(i5, per, k) + k0;
                if (width == 4 * lanes) DirectConvInputGrad.tile6x4(dy, d0, d1, d2, d3, d4, d5, filters, wT, block, rows, r0, r1, r2, r3, r4, r5);
                else if (width == 2 * lanes) DirectConvInputGrad.tile6x2(dy, d0, d1, d2, d3, d4, d5, filters, wT, block, rows, r0, r1, r2, r3, r4, r5);
                else DirectConvInputGrad.tile6x1(dy, d0, d1, d2, d3, d4, d5, filters, wT, block, rows, r0, r1, r2, r3, r4, r5);
            }
            k0 += width;
        }
    }

    private static int row(int position, int per, int k) {
        return (position / per * (per + 1) + position % per) * k;
    }
}
