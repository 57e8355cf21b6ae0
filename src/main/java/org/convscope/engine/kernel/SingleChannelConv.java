package org.convscope.engine.kernel;

/**
 * Convolution of a one-channel image (the first layer on MNIST), computed directly instead of
 * through im2row: with C = 1 a window is only KH·KW values, so unfolding them costs more than the
 * products. Only for windows that never leave the image ('valid' padding).
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

    /** out += conv(x, W). x: [n,H,W], w: [KH·KW, F] at wOff, out: [n,OH,OW,F]; taps from {@link #tapOffsets}. */
    public static void forward(float[] x, int xOff, int n, Im2Row.Geometry g, int[] taps, float[] w, int wOff, int filters,
                               float[] out, int outOff) {
        for (int b = 0; b < n; b++) {
            forwardRows(x, xOff + b * g.h() * g.w(), g, taps, 0, g.oh(), w, wOff, filters, out, outOff + b * g.oh() * g.ow() * filters);
        }
    }

    /**
     * Output rows [oy0, oy1) of one image: out += conv(x, W). x: [H,W] at imageOff; out: [oy1 − oy0, OW, F]
     * at outOff. Each output is its starting value plus the window's products in tap order, whatever rows are asked.
     */
    public static void forwardRows(float[] x, int imageOff, Im2Row.Geometry g, int[] taps, int oy0, int oy1,
                                   float[] w, int wOff, int filters, float[] out, int outOff) {
        if (Simd.available()) {
            VectorKernels.singleChannelForward(x, imageOff, g, taps, oy0, oy1, w, wOff, filters, out, outOff);
            return;
        }
        int o = outOff;
        for (int oy = oy0; oy < oy1; oy++) {
            for (int ox = 0; ox < g.ow(); ox++, o += filters) {
                int base = imageOff + oy * g.sh() * g.w() + ox * g.sw();
                for (int t = 0; t < taps.length; t++) {
                    float v = x[base + taps[t]];
                    for (int f = 0; f < filters; f++) out[o + f] += v * w[wOff + t * filters + f];
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

    /** dW += Σ over positions of window ⊗ dy. dy: [n,OH,OW,F], dW: [KH·KW, F] at dwOff */
    public static void weightGradient(float[] x, int xOff, int n, Im2Row.Geometry g, float[] dy, int dyOff, int filters,
                                      float[] dw, int dwOff) {
        if (Simd.available()) {
            VectorKernels.singleChannelWeightGradient(x, xOff, n, g, dy, dyOff, filters, dw, dwOff);
            return;
        }
        int taps = g.kh() * g.kw();
        int o = dyOff;
        for (int b = 0; b < n; b++) {
            for (int oy = 0; oy < g.oh(); oy++) {
                for (int ox = 0; ox < g.ow(); ox++, o += filters) {
                    int base = xOff + b * g.h() * g.w() + oy * g.sh() * g.w() + ox * g.sw();
                    for (int t = 0; t < taps; t++) {
                        float v = x[base + (t / g.kw()) * g.w() + t % g.kw()];
                        for (int f = 0; f < filters; f++) dw[dwOff + t * filters + f] += v * dy[o + f];
                    }
                }
            }
        }
    }
}
