package org.convscope.engine.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * A one-channel convolution followed by a 2×2 max pooling of stride 2 (and a ReLU, through the
 * floor), with the convolution's outputs kept in registers only: a pooled output is 2 × 2
 * convolution outputs × 2 vectors of filters, 8 accumulators that start at the bias, take the
 * window's products in tap order and end as one maximum. The values are those of
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
                for (int px = 0; px < pooledW; px++) {
                    window(x, row + 2 * px * sw, sw, sh, taps, w, wOff + f, bOff + f, filters, floor, out, o + px * filters + f);
                }
            }
        }
    }

    // One pooled output: convolution outputs (r, j) for r, j = 0, 1. Two outputs side by side in one
    // call (16 sums) ran 12% faster, but a method with that many vector operations crosses C2's
    // node budget before its end: the last maxima were then inlined late, sometimes from a profile
    // that made C2 keep their non-intrinsic path, and every call boxed a vector (7.5 KB per image).
    private static void window(float[] x, int base, int sw, int sh, int[] taps, float[] w, int wi, int bi, int filters,
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
