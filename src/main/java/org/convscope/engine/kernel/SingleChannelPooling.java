package org.convscope.engine.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * A one-channel convolution followed by a 2×2 max pooling of stride 2 (and a ReLU, through the
 * floor), with the convolution's outputs kept in registers only: two pooled outputs are 2 rows ×
 * 4 columns of convolution outputs × 2 vectors of filters, 16 accumulators that start at the bias,
 * take the window's products in tap order and end as two maxima. The values are those of
 * {@link SingleChannelConv#forwardRows} followed by the pooling.
 */
final class SingleChannelPooling {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    static final int L = S.length();

    private SingleChannelPooling() {
    }

    /**
     * Pooled rows [py0, py1) of one image, all pooled columns, filters in groups of 2L.
     * x: [H,W] at imageOff; out: [PH, PW, F] at outOff (row py0 first).
     */
    static void forward(float[] x, int imageOff, Im2Row.Geometry g, int[] taps, int py0, int py1, int pooledW,
                        float[] w, int wOff, int bOff, int filters, float floor, float[] out, int outOff) {
        int sh = g.sh() * g.w(), sw = g.sw();
        for (int py = py0; py < py1; py++) {
            int row = imageOff + 2 * py * sh;
            int o = outOff + (py - py0) * pooledW * filters;
            for (int f = 0; f < filters; f += 2 * L) {
                int px = 0;
                for (; px + 2 <= pooledW; px += 2) {
                    two(x, row + 2 * px * sw, sw, sh, taps, w, wOff + f, bOff + f, filters, floor, out, o + px * filters + f);
                }
                if (px < pooledW) one(x, row + 2 * px * sw, sw, sh, taps, w, wOff + f, bOff + f, filters, floor, out, o + px * filters + f);
            }
        }
    }

    // Two pooled outputs side by side: convolution outputs (r, j) for rows r = 0, 1 and columns j = 0..3.
    private static void two(float[] x, int base, int sw, int sh, int[] taps, float[] w, int wi, int bi, int filters,
                            float floor, float[] out, int o) {
        FloatVector b0 = FloatVector.fromArray(S, w, bi), b1 = FloatVector.fromArray(S, w, bi + L);
        FloatVector a000 = b0, a001 = b1, a010 = b0, a011 = b1, a020 = b0, a021 = b1, a030 = b0, a031 = b1;
        FloatVector a100 = b0, a101 = b1, a110 = b0, a111 = b1, a120 = b0, a121 = b1, a130 = b0, a131 = b1;
        for (int t = 0; t < taps.length; t++) {
            int i = base + taps[t], wt = wi + t * filters;
            FloatVector w0 = FloatVector.fromArray(S, w, wt), w1 = FloatVector.fromArray(S, w, wt + L);
            FloatVector v = FloatVector.broadcast(S, x[i]);
            a000 = v.fma(w0, a000); a001 = v.fma(w1, a001);
            v = FloatVector.broadcast(S, x[i + sw]);
            a010 = v.fma(w0, a010); a011 = v.fma(w1, a011);
            v = FloatVector.broadcast(S, x[i + 2 * sw]);
            a020 = v.fma(w0, a020); a021 = v.fma(w1, a021);
            v = FloatVector.broadcast(S, x[i + 3 * sw]);
            a030 = v.fma(w0, a030); a031 = v.fma(w1, a031);
            v = FloatVector.broadcast(S, x[i + sh]);
            a100 = v.fma(w0, a100); a101 = v.fma(w1, a101);
            v = FloatVector.broadcast(S, x[i + sh + sw]);
            a110 = v.fma(w0, a110); a111 = v.fma(w1, a111);
            v = FloatVector.broadcast(S, x[i + sh + 2 * sw]);
            a120 = v.fma(w0, a120); a121 = v.fma(w1, a121);
            v = FloatVector.broadcast(S, x[i + sh + 3 * sw]);
            a130 = v.fma(w0, a130); a131 = v.fma(w1, a131);
        }
        FloatVector fl = FloatVector.broadcast(S, floor);
        fl.max(a000).max(a010).max(a100).max(a110).intoArray(out, o);
        fl.max(a001).max(a011).max(a101).max(a111).intoArray(out, o + L);
        fl.max(a020).max(a030).max(a120).max(a130).intoArray(out, o + filters);
        fl.max(a021).max(a031).max(a121).max(a131).intoArray(out, o + filters + L);
    }

    // The last pooled output of an odd row: convolution outputs (r, j) for r, j = 0, 1.
    private static void one(float[] x, int base, int sw, int sh, int[] taps, float[] w, int wi, int bi, int filters,
                            float floor, float[] out, int o) {
        FloatVector b0 = FloatVector.fromArray(S, w, bi), b1 = FloatVector.fromArray(S, w, bi + L);
        FloatVector a000 = b0, a001 = b1, a010 = b0, a011 = b1, a100 = b0, a101 = b1, a110 = b0, a111 = b1;
        for (int t = 0; t < taps.length; t++) {
            int i = base + taps[t], wt = wi + t * filters;
            FloatVector w0 = FloatVector.fromArray(S, w, wt), w1 = FloatVector.fromArray(S, w, wt + L);
            FloatVector v = FloatVector.broadcast(S, x[i]);
            a000 = v.fma(w0, a000); a001 = v.fma(w1, a001);
            v = FloatVector.broadcast(S, x[i + sw]);
            a010 = v.fma(w0, a010); a011 = v.fma(w1, a011);
            v = FloatVector.broadcast(S, x[i + sh]);
            a100 = v.fma(w0, a100); a101 = v.fma(w1, a101);
            v = FloatVector.broadcast(S, x[i + sh + sw]);
            a110 = v.fma(w0, a110); a111 = v.fma(w1, a111);
        }
        FloatVector fl = FloatVector.broadcast(S, floor);
        fl.max(a000).max(a010).max(a100).max(a110).intoArray(out, o);
        fl.max(a001).max(a011).max(a101).max(a111).intoArray(out, o + L);
    }
}
