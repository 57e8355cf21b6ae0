package org.convscope.engine.tensor;

/** Conversions between channels-first (PyTorch, files, views) and channels-last (kernels) orders. */
public final class Layouts {
    private Layouts() {
    }

    // src: [N,H,W,C] -> dst: [N,C,H,W]
    public static void nhwcToNchw(float[] src, float[] dst, int n, int c, int h, int w) {
        int plane = h * w;
        for (int b = 0; b < n; b++) {
            int base = b * c * plane;
            for (int p = 0; p < plane; p++) {
                int s = base + p * c;
                for (int ch = 0; ch < c; ch++) dst[base + ch * plane + p] = src[s + ch];
            }
        }
    }

    // src: [N,C,H,W] -> dst: [N,H,W,C]
    public static void nchwToNhwc(float[] src, float[] dst, int n, int c, int h, int w) {
        int plane = h * w;
        for (int b = 0; b < n; b++) {
            int base = b * c * plane;
            for (int p = 0; p < plane; p++) {
                int d = base + p * c;
                for (int ch = 0; ch < c; ch++) dst[d + ch] = src[base + ch * plane + p];
            }
        }
    }
}
