package org.convscope.engine.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector tiles of the one-channel convolution. Forward: 2 output rows × 4 columns × 1 or 2
 * vectors of filters in registers, starting at the bias and taking the window's products in tap
 * order (so every output has the same value whichever tile computes it, and a tile at the edge
 * may repeat its last row or column). Weight gradient: all nine taps of a 3×3 window × 2 vectors
 * of filters, 18 sums carried through one pass over the positions.
 */
final class SingleChannelTiles {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    static final int L = S.length();

    private SingleChannelTiles() {
    }

    /**
     * Outputs (r, j) for rows r = 0, 1 and columns j = 0..3 (2 vectors of filters each): windows at
     * x[base + r·rowStep + c_j] with c_j = cj0..cj3, written to y[o_r + oj_j].
     */
    static void block2(float[] x, int base, int rowStep, int c1, int c2, int c3, int[] taps,
                       float[] w, int wi, int bi, int filters, float[] y, int o0, int o1, int oj1, int oj2, int oj3) {
        FloatVector b0 = FloatVector.fromArray(S, w, bi), b1 = FloatVector.fromArray(S, w, bi + L);
        FloatVector a000 = b0, a001 = b1, a010 = b0, a011 = b1, a020 = b0, a021 = b1, a030 = b0, a031 = b1;
        FloatVector a100 = b0, a101 = b1, a110 = b0, a111 = b1, a120 = b0, a121 = b1, a130 = b0, a131 = b1;
        for (int t = 0; t < taps.length; t++) {
            int i = base + taps[t], wt = wi + t * filters;
            FloatVector w0 = FloatVector.fromArray(S, w, wt), w1 = FloatVector.fromArray(S, w, wt + L);
            FloatVector v = FloatVector.broadcast(S, x[i]);
            a000 = v.fma(w0, a000); a001 = v.fma(w1, a001);
            v = FloatVector.broadcast(S, x[i + c1]);
            a010 = v.fma(w0, a010); a011 = v.fma(w1, a011);
            v = FloatVector.broadcast(S, x[i + c2]);
            a020 = v.fma(w0, a020); a021 = v.fma(w1, a021);
            v = FloatVector.broadcast(S, x[i + c3]);
            a030 = v.fma(w0, a030); a031 = v.fma(w1, a031);
            v = FloatVector.broadcast(S, x[i + rowStep]);
            a100 = v.fma(w0, a100); a101 = v.fma(w1, a101);
            v = FloatVector.broadcast(S, x[i + rowStep + c1]);
            a110 = v.fma(w0, a110); a111 = v.fma(w1, a111);
            v = FloatVector.broadcast(S, x[i + rowStep + c2]);
            a120 = v.fma(w0, a120); a121 = v.fma(w1, a121);
            v = FloatVector.broadcast(S, x[i + rowStep + c3]);
            a130 = v.fma(w0, a130); a131 = v.fma(w1, a131);
        }
        a000.intoArray(y, o0); a001.intoArray(y, o0 + L);
        a010.intoArray(y, o0 + oj1); a011.intoArray(y, o0 + oj1 + L);
        a020.intoArray(y, o0 + oj2); a021.intoArray(y, o0 + oj2 + L);
        a030.intoArray(y, o0 + oj3); a031.intoArray(y, o0 + oj3 + L);
        a100.intoArray(y, o1); a101.intoArray(y, o1 + L);
        a110.intoArray(y, o1 + oj1); a111.intoArray(y, o1 + oj1 + L);
        a120.intoArray(y, o1 + oj2); a121.intoArray(y, o1 + oj2 + L);
        a130.intoArray(y, o1 + oj3); a131.intoArray(y, o1 + oj3 + L);
    }

    /** As {@link #block2} for one vector of filters. */
    static void block1(float[] x, int base, int rowStep, int c1, int c2, int c3, int[] taps,
                       float[] w, int wi, int bi, int filters, float[] y, int o0, int o1, int oj1, int oj2, int oj3) {
        FloatVector b0 = FloatVector.fromArray(S, w, bi);
        FloatVector a00 = b0, a01 = b0, a02 = b0, a03 = b0, a10 = b0, a11 = b0, a12 = b0, a13 = b0;
        for (int t = 0; t < taps.length; t++) {
            int i = base + taps[t];
            FloatVector w0 = FloatVector.fromArray(S, w, wi + t * filters);
            a00 = FloatVector.broadcast(S, x[i]).fma(w0, a00);
            a01 = FloatVector.broadcast(S, x[i + c1]).fma(w0, a01);
            a02 = FloatVector.broadcast(S, x[i + c2]).fma(w0, a02);
            a03 = FloatVector.broadcast(S, x[i + c3]).fma(w0, a03);
            a10 = FloatVector.broadcast(S, x[i + rowStep]).fma(w0, a10);
            a11 = FloatVector.broadcast(S, x[i + rowStep + c1]).fma(w0, a11);
            a12 = FloatVector.broadcast(S, x[i + rowStep + c2]).fma(w0, a12);
            a13 = FloatVector.broadcast(S, x[i + rowStep + c3]).fma(w0, a13);
        }
        a00.intoArray(y, o0);
        a01.intoArray(y, o0 + oj1);
        a02.intoArray(y, o0 + oj2);
        a03.intoArray(y, o0 + oj3);
        a10.intoArray(y, o1);
        a11.intoArray(y, o1 + oj1);
        a12.intoArray(y, o1 + oj2);
        a13.intoArray(y, o1 + oj3);
    }

    /**
     * The nine taps of a 3×3 window (at x[in[p] + t0..t8]) × filters f..f+2L, summed over the first
     * count positions of a table with dy rows at dy[dyOff + out[p]]: writes t[0..18L), tap by tap.
     */
    static void weightGradient9(float[] x, int[] in, int[] out, int count, int t0, int t1, int t2, int t3, int t4,
                                int t5, int t6, int t7, int t8, float[] dy, int dyOff, float[] t) {
        FloatVector a00 = FloatVector.zero(S), a01 = a00, a10 = a00, a11 = a00, a20 = a00, a21 = a00;
        FloatVector a30 = a00, a31 = a00, a40 = a00, a41 = a00, a50 = a00, a51 = a00;
        FloatVector a60 = a00, a61 = a00, a70 = a00, a71 = a00, a80 = a00, a81 = a00;
        for (int p = 0; p < count; p++) {
            int i = in[p], d = dyOff + out[p];
            FloatVector d0 = FloatVector.fromArray(S, dy, d), d1 = FloatVector.fromArray(S, dy, d + L);
            FloatVector v = FloatVector.broadcast(S, x[i + t0]);
            a00 = v.fma(d0, a00); a01 = v.fma(d1, a01);
            v = FloatVector.broadcast(S, x[i + t1]);
            a10 = v.fma(d0, a10); a11 = v.fma(d1, a11);
            v = FloatVector.broadcast(S, x[i + t2]);
            a20 = v.fma(d0, a20); a21 = v.fma(d1, a21);
            v = FloatVector.broadcast(S, x[i + t3]);
            a30 = v.fma(d0, a30); a31 = v.fma(d1, a31);
            v = FloatVector.broadcast(S, x[i + t4]);
            a40 = v.fma(d0, a40); a41 = v.fma(d1, a41);
            v = FloatVector.broadcast(S, x[i + t5]);
            a50 = v.fma(d0, a50); a51 = v.fma(d1, a51);
            v = FloatVector.broadcast(S, x[i + t6]);
            a60 = v.fma(d0, a60); a61 = v.fma(d1, a61);
            v = FloatVector.broadcast(S, x[i + t7]);
            a70 = v.fma(d0, a70); a71 = v.fma(d1, a71);
            v = FloatVector.broadcast(S, x[i + t8]);
            a80 = v.fma(d0, a80); a81 = v.fma(d1, a81);
        }
        a00.intoArray(t, 0); a01.intoArray(t, L);
        a10.intoArray(t, 2 * L); a11.intoArray(t, 3 * L);
        a20.intoArray(t, 4 * L); a21.intoArray(t, 5 * L);
        a30.intoArray(t, 6 * L); a31.intoArray(t, 7 * L);
        a40.intoArray(t, 8 * L); a41.intoArray(t, 9 * L);
        a50.intoArray(t, 10 * L); a51.intoArray(t, 11 * L);
        a60.intoArray(t, 12 * L); a61.intoArray(t, 13 * L);
        a70.intoArray(t, 14 * L); a71.intoArray(t, 15 * L);
        a80.intoArray(t, 16 * L); a81.intoArray(t, 17 * L);
    }
}
