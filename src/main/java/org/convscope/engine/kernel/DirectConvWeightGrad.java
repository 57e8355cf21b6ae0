package org.convscope.engine.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector tiles of the direct convolution's weight gradient, {@code dW[k][f] = Σ_p window(p)[k]·dy[p][f]}:
 * a few consecutive window values k × 4 vectors of filters stay in registers while one loop walks
 * the positions of a {@link ConvPositions} table. Consecutive k inside one run of a window are
 * neighbours in x, so a tile reads its inputs at fixed distances from one index; dy comes packed,
 * 4 vectors per position one after another, so its index is a constant multiple of the loop's and
 * the JIT checks its bounds once per loop instead of once per load.
 */
final class DirectConvWeightGrad {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private DirectConvWeightGrad() {
    }

    /**
     * Six window values k0..k0+5 (at x[in[p] + seg] .. +5 for position p) × 4 vectors of filters
     * whose gradients are packed at dy[dyOff + p·4L]: writes the sums over positions [0, count) to
     * t[0..24L) (row k0+r at t[r·4L]).
     */
    static void tile6(float[] x, int xOff, int seg, int[] in, int count, float[] dy, int dyOff, float[] t) {
        FloatVector r00 = FloatVector.zero(S), r01 = r00, r02 = r00, r03 = r00, r10 = r00, r11 = r00, r12 = r00, r13 = r00;
        FloatVector r20 = r00, r21 = r00, r22 = r00, r23 = r00, r30 = r00, r31 = r00, r32 = r00, r33 = r00;
        FloatVector r40 = r00, r41 = r00, r42 = r00, r43 = r00, r50 = r00, r51 = r00, r52 = r00, r53 = r00;
        int xs = xOff + seg;
        for (int p = 0; p < count; p++) {
            int i = xs + in[p];
            int d = dyOff + p * 4 * L;
            FloatVector d0 = FloatVector.fromArray(S, dy, d), d1 = FloatVector.fromArray(S, dy, d + L),
                    d2 = FloatVector.fromArray(S, dy, d + 2 * L), d3 = FloatVector.fromArray(S, dy, d + 3 * L);
            FloatVector v = FloatVector.broadcast(S, x[i]);
            r00 = v.fma(d0, r00); r01 = v.fma(d1, r01); r02 = v.fma(d2, r02); r03 = v.fma(d3, r03);
            v = FloatVector.broadcast(S, x[i + 1]);
            r10 = v.fma(d0, r10); r11 = v.fma(d1, r11); r12 = v.fma(d2, r12); r13 = v.fma(d3, r13);
            v = FloatVector.broadcast(S, x[i + 2]);
            r20 = v.fma(d0, r20); r21 = v.fma(d1, r21); r22 = v.fma(d2, r22); r23 = v.fma(d3, r23);
            v = FloatVector.broadcast(S, x[i + 3]);
            r30 = v.fma(d0, r30); r31 = v.fma(d1, r31); r32 = v.fma(d2, r32); r33 = v.fma(d3, r33);
            v = FloatVector.broadcast(S, x[i + 4]);
            r40 = v.fma(d0, r40); r41 = v.fma(d1, r41); r42 = v.fma(d2, r42); r43 = v.fma(d3, r43);
            v = FloatVector.broadcast(S, x[i + 5]);
            r50 = v.fma(d0, r50); r51 = v.fma(d1, r51); r52 = v.fma(d2, r52); r53 = v.fma(d3, r53);
        }
        r00.intoArray(t, 0);
        r01.intoArray(t, L);
        r02.intoArray(t, 2 * L);
        r03.intoArray(t, 3 * L);
        r10.intoArray(t, 4 * L);
        r11.intoArray(t, 5 * L);
        r12.intoArray(t, 6 * L);
        r13.intoArray(t, 7 * L);
        r20.intoArray(t, 8 * L);
        r21.intoArray(t, 9 * L);
        r22.intoArray(t, 10 * L);
        r23.intoArray(t, 11 * L);
        r30.intoArray(t, 12 * L);
        r31.intoArray(t, 13 * L);
        r32.intoArray(t, 14 * L);
        r33.intoArray(t, 15 * L);
        r40.intoArray(t, 16 * L);
        r41.intoArray(t, 17 * L);
        r42.intoArray(t, 18 * L);
        r43.intoArray(t, 19 * L);
        r50.intoArray(t, 20 * L);
        r51.intoArray(t, 21 * L);
        r52.intoArray(t, 22 * L);
        r53.intoArray(t, 23 * L);
    }

    /** As {@link #tile6} for one window value: t[0..4L). */
    static void tile1(float[] x, int xOff, int seg, int[] in, int count, float[] dy, int dyOff, float[] t) {
        FloatVector r0 = FloatVector.zero(S), r1 = r0, r2 = r0, r3 = r0;
        int xs = xOff + seg;
        for (int p = 0; p < count; p++) {
            int d = dyOff + p * 4 * L;
            FloatVector v = FloatVector.broadcast(S, x[xs + in[p]]);
            r0 = v.fma(FloatVector.fromArray(S, dy, d), r0);
            r1 = v.fma(FloatVector.fromArray(S, dy, d + L), r1);
            r2 = v.fma(FloatVector.fromArray(S, dy, d + 2 * L), r2);
            r3 = v.fma(FloatVector.fromArray(S, dy, d + 3 * L), r3);
        }
        r0.intoArray(t, 0);
        r1.intoArray(t, L);
        r2.intoArray(t, 2 * L);
        r3.intoArray(t, 3 * L);
    }

    /**
     * As {@link #tile6} for half of the 4 vectors of filters (16 registers: 12 sums, 2 dy, 1 input): the vectors at
     * {@code half} and {@code half + L} of each position's packed dy, summed into t at the same offsets of each row.
     */
    static void tile6x2(float[] x, int xOff, int seg, int[] in, int count, float[] dy, int dyOff, float[] t, int half) {
        FloatVector r00 = FloatVector.zero(S), r01 = r00, r10 = r00, r11 = r00, r20 = r00, r21 = r00;
        FloatVector r30 = r00, r31 = r00, r40 = r00, r41 = r00, r50 = r00, r51 = r00;
        int xs = xOff + seg;
        for (int p = 0; p < count; p++) {
            int i = xs + in[p];
            int d = dyOff + p * 4 * L + half;
            FloatVector d0 = FloatVector.fromArray(S, dy, d), d1 = FloatVector.fromArray(S, dy, d + L);
            FloatVector v = FloatVector.broadcast(S, x[i]);
            r00 = v.fma(d0, r00); r01 = v.fma(d1, r01);
            v = FloatVector.broadcast(S, x[i + 1]);
            r10 = v.fma(d0, r10); r11 = v.fma(d1, r11);
            v = FloatVector.broadcast(S, x[i + 2]);
            r20 = v.fma(d0, r20); r21 = v.fma(d1, r21);
            v = FloatVector.broadcast(S, x[i + 3]);
            r30 = v.fma(d0, r30); r31 = v.fma(d1, r31);
            v = FloatVector.broadcast(S, x[i + 4]);
            r40 = v.fma(d0, r40); r41 = v.fma(d1, r41);
            v = FloatVector.broadcast(S, x[i + 5]);
            r50 = v.fma(d0, r50); r51 = v.fma(d1, r51);
        }
        r00.intoArray(t, half); r01.intoArray(t, half + L);
        r10.intoArray(t, 4 * L + half); r11.intoArray(t, 5 * L + half);
        r20.intoArray(t, 8 * L + half); r21.intoArray(t, 9 * L + half);
        r30.intoArray(t, 12 * L + half); r31.intoArray(t, 13 * L + half);
        r40.intoArray(t, 16 * L + half); r41.intoArray(t, 17 * L + half);
        r50.intoArray(t, 20 * L + half); r51.intoArray(t, 21 * L + half);
    }
}
