package org.convscope.engine.kernel;

import java.util.Arrays;

/**
 * Unfolds convolution windows into rows so a convolution becomes one matrix product. With
 * channels-last input each window is KH×KW runs of C contiguous floats, copied as blocks.
 * Row r = (b·OH + oy)·OW + ox holds the window of output position (b, oy, ox) in (ky, kx, c) order.
 */
public final class Im2Row {
    private Im2Row() {
    }

    /** Window geometry of one convolution. */
    public record Geometry(int h, int w, int c, int kh, int kw, int sh, int sw, int padTop, int padLeft, int oh, int ow) {
        public int rowLength() {
            return kh * kw * c;
        }

        public int inputSize() {
            return h * w * c;
        }
    }

    // x: [nb,H,W,C] -> rows: [nb*OH*OW, KH*KW*C]
    public static void im2row(float[] x, int xOff, int nb, Geometry g, float[] rows, int rowsOff) {
        int c = g.c, rowLen = g.rowLength();
        int r = rowsOff;
        for (int b = 0; b < nb; b++) {
            int xb = xOff + b * g.inputSize();
            for (int oy = 0; oy < g.oh; oy++) {
                int y0 = oy * g.sh - g.padTop;
                for (int ox = 0; ox < g.ow; ox++, r += rowLen) {
                    int x0 = ox * g.sw - g.padLeft;
                    int dst = r;
                    for (int ky = 0; ky < g.kh; ky++) {
                        int y = y0 + ky;
                        if (y < 0 || y >= g.h) {
                            Arrays.fill(rows, dst, dst + g.kw * c, 0f);
                            dst += g.kw * c;
                            continue;
                        }
                        int rowBase = xb + y * g.w * c;
                        if (x0 >= 0 && x0 + g.kw <= g.w) {
                            // the whole kernel row is inside: KW·C contiguous floats
                            copy(x, rowBase + x0 * c, rows, dst, g.kw * c);
                            dst += g.kw * c;
                            continue;
                        }
                        for (int kx = 0; kx < g.kw; kx++, dst += c) {
                            int xx = x0 + kx;
                            if (xx < 0 || xx >= g.w) Arrays.fill(rows, dst, dst + c, 0f);
                            else System.arraycopy(x, rowBase + xx * c, rows, dst, c);
                        }
                    }
                }
            }
        }
    }

    // arraycopy costs a call and checks: for the few floats of a 1-channel kernel row a loop is faster
    private static void copy(float[] src, int s, float[] dst, int d, int n) {
        if (n >= 16) {
            System.arraycopy(src, s, dst, d, n);
            return;
        }
        for (int i = 0; i < n; i++) dst[d + i] = src[s + i];
    }

    /** The adjoint of {@link #im2row}: adds each row's values back onto the input positions they came from. */
    // rows: [nb*OH*OW, KH*KW*C] -> dx: [nb,H,W,C] (dx is overwritten)
    public static void row2im(float[] rows, int rowsOff, int nb, Geometry g, float[] dx, int dxOff) {
        int c = g.c, rowLen = g.rowLength();
        Arrays.fill(dx, dxOff, dxOff + nb * g.inputSize(), 0f);
        int r = rowsOff;
        for (int b = 0; b < nb; b++) {
            int xb = dxOff + b * g.inputSize();
            for (int oy = 0; oy < g.oh; oy++) {
                int y0 = oy * g.sh - g.padTop;
                for (int ox = 0; ox < g.ow; ox++, r += rowLen) {
                    int x0 = ox * g.sw - g.padLeft;
                    int src = r;
                    for (int ky = 0; ky < g.kh; ky++) {
                        int y = y0 + ky;
                        if (y < 0 || y >= g.h) {
                            src += g.kw * c;
                            continue;
                        }
                        int rowBase = xb + y * g.w * c;
                        for (int kx = 0; kx < g.kw; kx++, src += c) {
                            int xx = x0 + kx;
                            if (xx < 0 || xx >= g.w) continue;
                            Vec.addInto(rows, src, dx, rowBase + xx * c, c);
                        }
                    }
                }
            }
        }
    }
}
