package org.convscope.engine.kernel;

/**
 * Convolution of a one-channel image (the first layer on MNIST), computed directly instead of
 * through im2row: with C = 1 a window is only KH·KW values, so unfolding them costs more than the
 * products. Only for windows that never leave the image ('valid' padding).
 *
 * <p>Every output is its bias plus the window's products in tap order (fused multiply-adds in the
 * vector kernels), whichever rows or tiles are asked for, so a fused inference step that computes
 * only some rows gets the same bits as the layer.
 */
public final class SingleChannelConv {
    private SingleChannelConv() {
    }

    public static boolean applies(Im2Row.Geometry g) {
        return g.c() == 1 && g.padTop() == 0 && g.padLeft() == 0
                && (g.oh() - 1) * g.sh() + g.kh() <= g.h() && (g.ow() - 1) * g.sw() + g.kw() <= g.w();
    }

    /** Where each of the KH·KW window values lies relative to the window's first, in one channel of x. */
    public static int[] tapOffsets(Im2Row.Geometry g) {
        int[] offsets = new int[g.kh() * g.kw()];
        for (int t = 0; t < offsets.length; t++) offsets[t] = (t / g.kw()) * g.w() + t % g.kw();
        return offsets;
    }

    /** out = bias + conv(x, W). x: [n,H,W], w: [KH·KW, F] at wOff, bias [F] at bOff, out: [n,OH,OW,F]; taps from {@link #tapOffsets}. */
    public static void forward(float[] x, int xOff, int n, Im2Row.Geometry g, int[] taps, float[] w, int wOff, int bOff,
                               int filters, float[] out, int outOff) {
        for (int b = 0; b < n; b++) {
            forwardRows(x, xOff + b * g.h() * g.w(), g, taps, 0, g.oh(), w, wOff, bOff, filters, out,
                    outOff + b * g.oh() * g.ow() * filters);
        }
    }

    /** Output rows [oy0, oy1) of one image: out = bias + conv(x, W). x: [H,W] at imageOff; out: [oy1 − oy0, OW, F] at outOff. */
    public static void forwardRows(float[] x, int imageOff, Im2Row.Geometry g, int[] taps, int oy0, int oy1,
                                   float[] w, int wOff, int bOff, int filters, float[] out, int outOff) {
        int vectorF = 0;
        if (Simd.available()) {
            vectorF = filters / SingleChannelTiles.L * SingleChannelTiles.L;
            vectorRows(x, imageOff, g, taps, oy0, oy1, w, wOff, bOff, filters, vectorF, out, outOff);
        }
        if (vectorF == filters) return;
        // the filters past the last whole vector (all of them without the Vector API)
        int o = outOff;
        for (int oy = oy0; oy < oy1; oy++) {
            for (int ox = 0; ox < g.ow(); ox++, o += filters) {
                int base = imageOff + oy * g.sh() * g.w() + ox * g.sw();
                for (int f = vectorF; f < filters; f++) {
                    float acc = w[bOff + f];
                    for (int t = 0; t < taps.length; t++) acc += x[base + taps[t]] * w[wOff + t * filters + f];
                    out[o + f] = acc;
                }
            }
        }
    }

    // Tiles of 2 rows × 4 columns; at the bottom and right edges a tile repeats the last row or column.
    private static void vectorRows(float[] x, int imageOff, Im2Row.Geometry g, int[] taps, int oy0, int oy1,
                                   float[] w, int wOff, int bOff, int filters, int vectorF, float[] out, int outOff) {
        int lanes = SingleChannelTiles.L, rowStep = g.sh() * g.w(), sw = g.sw(), ow = g.ow(), rowOut = ow * filters;
        for (int oy = oy0; oy < oy1; oy += 2) {
            int second = Math.min(oy + 1, oy1 - 1) - oy;
            int o0 = outOff + (oy - oy0) * rowOut, o1 = o0 + second * rowOut;
            for (int ox = 0; ox < ow; ox += 4) {
                int j1 = Math.min(ox + 1, ow - 1) - ox, j2 = Math.min(ox + 2, ow - 1) - ox, j3 = Math.min(ox + 3, ow - 1) - ox;
                int base = imageOff + oy * rowStep + ox * sw, o = ox * filters;
                int f = 0;
                for (; f + 2 * lanes <= vectorF; f += 2 * lanes) {
                    SingleChannelTiles.block2(x, base, second * rowStep, j1 * sw, j2 * sw, j3 * sw, taps, w, wOff + f, bOff + f,
                            filters, out, o0 + o + f, o1 + o + f, j1 * filters, j2 * filters, j3 * filters);
                }
                for (; f < vectorF; f += lanes) {
                    SingleChannelTiles.block1(x, base, second * rowStep, j1 * sw, j2 * sw, j3 * sw, taps, w, wOff + f, bOff + f,
                            filters, out, o0 + o + f, o1 + o + f, j1 * filters, j2 * filters, j3 * filters);
                }
            }
        }
    }

    /** Whether {@link #forwardPooled} takes this convolution and a pooling window of poolH × poolW, stride poolSH × poolSW. */
    public static boolean poolsInRegisters(Im2Row.Geometry g, int filters, int poolH, int poolW, int poolSH, int poolSW) {
        return Simd.available() && applies(g) && filters % (2 * SingleChannelPooling.L) == 0
                && poolH == 2 && poolW == 2 && poolSH == 2 && poolSW == 2;
    }

    /**
     * Pooled rows [py0, py1) of one image through a 2×2 max pooling of stride 2: out = max(floor,
     * the four convolution outputs of each window), the convolution's outputs never stored. x: [H,W]
     * at imageOff; w: [KH·KW, F] at wOff, bias [F] at bOff; out: [py1 − py0, pooledW, F] at outOff.
     */
    public static void forwardPooled(float[] x, int imageOff, Im2Row.Geometry g, int[] taps, int py0, int py1, int pooledW,
                                     float[] w, int wOff, int bOff, int filters, float floor, float[] out, int outOff) {
        SingleChannelPooling.forward(x, imageOff, g, taps, py0, py1, pooledW, w, wOff, bOff, filters, floor, out, outOff);
    }

    /** Floats of scratch {@link #weightGradient} needs. */
    public static int scratchSize() {
        return Simd.available() ? 18 * SingleChannelTiles.L : 0;
    }

    /**
     * dW += Σ over the first count positions of a table of window ⊗ dy. x: [n,H,W]; dy: rows at
     * dy[out[p]]; dW: [KH·KW, F] at dwOff.
     */
    public static void weightGradient(float[] x, Im2Row.Geometry g, int[] taps, int[] in, int[] out, int count,
                                      float[] dy, int filters, float[] dw, int dwOff, float[] scratch) {
        int lanes = Simd.available() ? SingleChannelTiles.L : 0;
        int f = 0;
        if (taps.length == 9 && lanes > 0) {
            for (; f + 2 * lanes <= filters; f += 2 * lanes) {
                SingleChannelTiles.weightGradient9(x, in, out, count, taps[0], taps[1], taps[2], taps[3], taps[4],
                        taps[5], taps[6], taps[7], taps[8], dy, f, scratch);
                for (int t = 0; t < 9; t++) Vec.addInto(scratch, t * 2 * lanes, dw, dwOff + t * filters + f, 2 * lanes);
            }
        }
        if (f == filters) return;
        if (lanes > 0 && f == 0) {
            VectorKernels.singleChannelWeightGradient(x, in, out, count, taps, dy, filters, dw, dwOff);
            return;
        }
        for (int p = 0; p < count; p++) {
            for (int t = 0; t < taps.length; t++) {
                float v = x[in[p] + taps[t]];
                for (int j = f; j < filters; j++) dw[dwOff + t * filters + j] += v * dy[out[p] + j];
            }
        }
    }
}
