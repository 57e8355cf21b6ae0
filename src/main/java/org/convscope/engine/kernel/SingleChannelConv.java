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

    /** out += conv(x, W). x: [n,H,W], w: [KH·KW, F] at wOff, out: [n,OH,OW,F] */
    public static void forward(float[] x, int xOff, int n, Im2Row.Geometry g, float[] w, int wOff, int filters,
                               float[] out, int outOff) {
        if (Simd.available()) {
            VectorKernels.singleChannelForward(x, xOff, n, g, w, wOff, filters, out, outOff);
            return;
        }
        int taps = g.kh() * g.kw();
        int o = outOff;
        for (int b = 0; b < n; b++) {
            for (int oy = 0; oy < g.oh(); oy++) {
                for (int ox = 0; ox < g.ow(); ox++, o += filters) {
                    int base = xOff + b * g.h() * g.w() + oy * g.sh() * g.w() + ox * g.sw();
                    for (int t = 0; t < taps; t++) {
                        float v = x[base + (t / g.kw()) * g.w() + t % g.kw()];
                        for (int f = 0; f < filters; f++) out[o + f] += v * w[wOff + t * filters + f];
                    }
                }
            }
        }
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
