package org.convscope.engine.learned;

import org.convscope.engine.tensor.Shape;

/** Whole-image operations feature visualization needs, on NHWC batches. */
final class Images {
    private Images() {
    }

    /**
     * Shifts every image b of {@code src} by ({@code sign·dy[b]}, {@code sign·dx[b]}) pixels into {@code dst},
     * wrapping around the edges (so a shift and its inverse give the image back). src, dst: [n,H,W,C]
     */
    static void roll(float[] src, float[] dst, int n, Shape s, int[] dy, int[] dx, int sign) {
        int h = s.height(), w = s.width(), c = s.channels();
        for (int b = 0; b < n; b++) {
            int off = b * s.size();
            for (int y = 0; y < h; y++) {
                int ty = Math.floorMod(y + sign * dy[b], h);
                for (int x = 0; x < w; x++) {
                    int tx = Math.floorMod(x + sign * dx[b], w);
                    System.arraycopy(src, off + (y * w + x) * c, dst, off + (ty * w + tx) * c, c);
                }
            }
        }
    }

    /** A Gaussian blur of deviation {@code sigma} pixels, rows then columns, edges repeated. x: [n,H,W,C], in place. */
    static void blur(float[] x, int n, Shape s, double sigma) {
        int radius = Math.max(1, (int) Math.ceil(3 * sigma));
        float[] k = new float[2 * radius + 1];
        double sum = 0;
        for (int i = -radius; i <= radius; i++) sum += k[i + radius] = (float) Math.exp(-i * i / (2 * sigma * sigma));
        for (int i = 0; i < k.length; i++) k[i] /= (float) sum;
        int h = s.height(), w = s.width(), c = s.channels();
        float[] tmp = new float[s.size()];
        for (int b = 0; b < n; b++) {
            int off = b * s.size();
            for (int y = 0; y < h; y++) {
                for (int xx = 0; xx < w; xx++) {
                    for (int ch = 0; ch < c; ch++) {
                        float v = 0;
                        for (int i = -radius; i <= radius; i++) v += k[i + radius] * x[off + (y * w + clamp(xx + i, w)) * c + ch];
                        tmp[(y * w + xx) * c + ch] = v;
                    }
                }
            }
            for (int y = 0; y < h; y++) {
                for (int xx = 0; xx < w; xx++) {
                    for (int ch = 0; ch < c; ch++) {
                        float v = 0;
                        for (int i = -radius; i <= radius; i++) v += k[i + radius] * tmp[(clamp(y + i, h) * w + xx) * c + ch];
                        x[off + (y * w + xx) * c + ch] = v;
                    }
                }
            }
        }
    }

    private static int clamp(int i, int n) {
        return i < 0 ? 0 : i >= n ? n - 1 : i;
    }
}
