package org.convscope.engine.kernel;

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

    /** Floats of scratch the weight gradient needs (one tile of sums). */
    public static int scratchSize() {
        return 6 * DirectConvForward.FILTERS;
    }

    /**
     * y[out[p]..+F) = bias + window(p)·W for positions p in [from, to) of a table; x from xOff,
     * y from yOff. W: [KH·KW·C, F] at wOff of params, bias: [F] at bOff.
     */
    public static void forward(float[] x, int xOff, Im2Row.Geometry g, float[] params, int wOff, int bOff, int filters,
                               int[] in, int[] out, int from, int to, float[] y, int yOff) {
        int k = g.rowLength(), run = g.kw() * g.c(), jump = g.w() * g.c() - run;
        for (int f = 0; f < filters; f += DirectConvForward.FILTERS) {
            int wo = wOff + f, bo = bOff + f, yo = yOff + f;
            for (int t = from; t < to; ) {
                int n = to - t;
                if (n >= 5) {
                    // five left: the sixth row repeats the fifth and writes the same values again
                    int t5 = n >= 6 ? t + 5 : t + 4, base = xOff + in[t];
                    DirectConvForward.tile6(x, base, in[t + 1] - in[t], in[t + 2] - in[t], in[t + 3] - in[t],
                            in[t + 4] - in[t], in[t5] - in[t], k, run, jump, params, wo, filters, bo,
                            y, yo + out[t], yo + out[t + 1], yo + out[t + 2], yo + out[t + 3], yo + out[t + 4], yo + out[t5]);
                    t += Math.min(n, 6);
                } else {
                    int t1 = Math.min(t + 1, to - 1), t2 = Math.min(t + 2, to - 1), t3 = Math.min(t + 3, to - 1);
                    DirectConvForward.tile4(x, xOff + in[t], in[t1] - in[t], in[t2] - in[t], in[t3] - in[t],
                            k, run, jump, params, wo, filters, bo, y, yo + out[t], yo + out[t1], yo + out[t2], yo + out[t3]);
                    t += n;
                }
            }
        }
    }

    /**
     * dW (+)= Σ over the first {@code count} positions of the table of window(p)ᵀ·dy[p]; overwrites
     * dW unless {@code accumulate}. dy from dyOff, dW: [KH·KW·C, F] at dwOff.
     */
    public static void weightGradient(float[] x, int xOff, Im2Row.Geometry g, int[] in, int[] out, int count,
                                      float[] dy, int dyOff, int filters, float[] dw, int dwOff, boolean accumulate,
                                      float[] scratch) {
        int run = g.kw() * g.c(), rowStride = g.w() * g.c(), width = DirectConvForward.FILTERS;
        for (int f = 0; f < filters; f += width) {
            for (int ky = 0; ky < g.kh(); ky++) {
                for (int q = 0; q < run; ) {
                    int seg = ky * rowStride + q, k = ky * run + q;
                    int rows = q + 6 <= run ? 6 : 1;
                    if (rows == 6) DirectConvWeightGrad.tile6(x, xOff, seg, in, out, count, dy, dyOff + f, scratch);
                    else DirectConvWeightGrad.tile1(x, xOff, seg, in, out, count, dy, dyOff + f, scratch);
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
     * dx += Σ over the first {@code count} positions of dy[p]·Wᵀ, added onto the inputs window(p)
     * read. wT: [F, KH·KW·C] (W transposed); dx from dxOff, laid out as x.
     */
    public static void inputGradient(float[] dy, int dyOff, Im2Row.Geometry g, int[] in, int[] out, int count,
                                     float[] wT, int filters, float[] dx, int dxOff) {
        int k = g.rowLength(), run = g.kw() * g.c(), rowStride = g.w() * g.c(), lanes = DirectConvInputGrad.L;
        int t = 0;
        for (; t + 6 <= count; t += 6) {
            int k0 = 0;
            for (; k0 + 4 * lanes <= k; k0 += 4 * lanes) {
                DirectConvInputGrad.tile6x4(dy, dyOff, in, out, t, filters, wT, k0, k, run, rowStride, dx, dxOff);
            }
            for (; k0 + 2 * lanes <= k; k0 += 2 * lanes) {
                DirectConvInputGrad.tile6x2(dy, dyOff, in, out, t, filters, wT, k0, k, run, rowStride, dx, dxOff);
            }
            for (; k0 < k; k0 += lanes) {
                DirectConvInputGrad.tile6x1(dy, dyOff, in, out, t, filters, wT, k0, k, run, rowStride, dx, dxOff);
            }
        }
        for (; t < count; t++) {
            for (int k0 = 0; k0 < k; k0 += lanes) {
                DirectConvInputGrad.tile1x1(dy, dyOff, in, out, t, filters, wT, k0, k, run, rowStride, dx, dxOff);
            }
        }
    }
}
