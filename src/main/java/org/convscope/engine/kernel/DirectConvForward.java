package org.convscope.engine.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector tiles of the direct (im2row-free) convolution: a few output positions × 4 vectors of
 * filters (2 where there are 16 vector registers: {@link #BLOCK}) held in registers while a loop walks one run of
 * their windows. A window of an NHWC
 * input is KH runs of KW·C contiguous values, {@code W·C} apart: the caller starts the outputs at
 * the bias ({@link #bias}) and calls a tile once per run, which loads the sums, adds the run's
 * products and stores them. No unfolded copy of the input is ever written.
 *
 * <p>Every output starts from its bias and adds the window's products in window order (ky, kx, c)
 * with fused multiply-adds, as the im2row product does; any tiling gives the same bits (a float
 * stored and loaded again between runs is the same float).
 *
 * <p>Why a call per run. Within one run every index is the loop's plus a constant, so C2 checks the
 * array bounds once per loop instead of at every load (one loop over the whole window, jumping
 * between runs, checked every load: 2-3% slower at inference, within one machine's noise). One
 * loop per method: vectors carried through nested loops whose trip counts are not constants lose
 * their exact type in C2 and get boxed (measured: 30× slower); and a method with three such loops
 * in a row (72 multiply-adds) was sometimes compiled without its intrinsics, in about one cold
 * start in six, training at a tenth of its speed for the rest of the run.
 */
final class DirectConvForward {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    static final int L = S.length();
    /** Filters a layer must come in multiples of: 4 vectors. */
    static final int FILTERS = 4 * L;
    /**
     * Whether the registers hold six positions' sums of 4 vectors (24): with 32 (AVX-512), not with 16 (AVX2), where
     * every direct-convolution tile holds 2 vectors of sums instead (see {@link Simd#vectorRegisters}). Each sum
     * takes its products in the same order either way.
     */
    static final boolean WIDE = Simd.vectorRegisters() >= 32;
    /** Filters per forward tile. */
    static final int BLOCK = WIDE ? FILTERS : FILTERS / 2;

    private DirectConvForward() {
    }

    /** y[c..c+BLOCK) = bias[bOff..bOff+BLOCK): where a tile's sums start. */
    static void bias(float[] w, int bOff, float[] y, int c) {
        System.arraycopy(w, bOff, y, c, BLOCK);
    }

    /**
     * Six positions: windows start at x[base], x[base + o1], … and their sums (4 vectors each) at y[c0],
     * y[c1], …; adds the products of one run of n window values, whose W rows are {@code ldw} apart
     * from wOff.
     */
    static void tile6(float[] x, int base, int o1, int o2, int o3, int o4, int o5, int n, float[] w, int wOff, int ldw,
                      float[] y, int c0, int c1, int c2, int c3, int c4, int c5) {
        FloatVector r00 = FloatVector.fromArray(S, y, c0), r01 = FloatVector.fromArray(S, y, c0 + L),
                r02 = FloatVector.fromArray(S, y, c0 + 2 * L), r03 = FloatVector.fromArray(S, y, c0 + 3 * L);
        FloatVector r10 = FloatVector.fromArray(S, y, c1), r11 = FloatVector.fromArray(S, y, c1 + L),
                r12 = FloatVector.fromArray(S, y, c1 + 2 * L), r13 = FloatVector.fromArray(S, y, c1 + 3 * L);
        FloatVector r20 = FloatVector.fromArray(S, y, c2), r21 = FloatVector.fromArray(S, y, c2 + L),
                r22 = FloatVector.fromArray(S, y, c2 + 2 * L), r23 = FloatVector.fromArray(S, y, c2 + 3 * L);
        FloatVector r30 = FloatVector.fromArray(S, y, c3), r31 = FloatVector.fromArray(S, y, c3 + L),
                r32 = FloatVector.fromArray(S, y, c3 + 2 * L), r33 = FloatVector.fromArray(S, y, c3 + 3 * L);
        FloatVector r40 = FloatVector.fromArray(S, y, c4), r41 = FloatVector.fromArray(S, y, c4 + L),
                r42 = FloatVector.fromArray(S, y, c4 + 2 * L), r43 = FloatVector.fromArray(S, y, c4 + 3 * L);
        FloatVector r50 = FloatVector.fromArray(S, y, c5), r51 = FloatVector.fromArray(S, y, c5 + L),
                r52 = FloatVector.fromArray(S, y, c5 + 2 * L), r53 = FloatVector.fromArray(S, y, c5 + 3 * L);
        for (int q = 0; q < n; q++) {
            int i = base + q, wp = wOff + q * ldw;
            FloatVector w0 = FloatVector.fromArray(S, w, wp), w1 = FloatVector.fromArray(S, w, wp + L),
                    w2 = FloatVector.fromArray(S, w, wp + 2 * L), w3 = FloatVector.fromArray(S, w, wp + 3 * L);
            FloatVector v = FloatVector.broadcast(S, x[i]);
            r00 = v.fma(w0, r00); r01 = v.fma(w1, r01); r02 = v.fma(w2, r02); r03 = v.fma(w3, r03);
            v = FloatVector.broadcast(S, x[i + o1]);
            r10 = v.fma(w0, r10); r11 = v.fma(w1, r11); r12 = v.fma(w2, r12); r13 = v.fma(w3, r13);
            v = FloatVector.broadcast(S, x[i + o2]);
            r20 = v.fma(w0, r20); r21 = v.fma(w1, r21); r22 = v.fma(w2, r22); r23 = v.fma(w3, r23);
            v = FloatVector.broadcast(S, x[i + o3]);
            r30 = v.fma(w0, r30); r31 = v.fma(w1, r31); r32 = v.fma(w2, r32); r33 = v.fma(w3, r33);
            v = FloatVector.broadcast(S, x[i + o4]);
            r40 = v.fma(w0, r40); r41 = v.fma(w1, r41); r42 = v.fma(w2, r42); r43 = v.fma(w3, r43);
            v = FloatVector.broadcast(S, x[i + o5]);
            r50 = v.fma(w0, r50); r51 = v.fma(w1, r51); r52 = v.fma(w2, r52); r53 = v.fma(w3, r53);
        }
        r00.intoArray(y, c0); r01.intoArray(y, c0 + L); r02.intoArray(y, c0 + 2 * L); r03.intoArray(y, c0 + 3 * L);
        r10.intoArray(y, c1); r11.intoArray(y, c1 + L); r12.intoArray(y, c1 + 2 * L); r13.intoArray(y, c1 + 3 * L);
        r20.intoArray(y, c2); r21.intoArray(y, c2 + L); r22.intoArray(y, c2 + 2 * L); r23.intoArray(y, c2 + 3 * L);
        r30.intoArray(y, c3); r31.intoArray(y, c3 + L); r32.intoArray(y, c3 + 2 * L); r33.intoArray(y, c3 + 3 * L);
        r40.intoArray(y, c4); r41.intoArray(y, c4 + L); r42.intoArray(y, c4 + 2 * L); r43.intoArray(y, c4 + 3 * L);
        r50.intoArray(y, c5); r51.intoArray(y, c5 + L); r52.intoArray(y, c5 + 2 * L); r53.intoArray(y, c5 + 3 * L);
    }

    /**
     * Four positions: windows start at x[base], x[base + o1], … and their sums (4 vectors each) at y[c0],
     * y[c1], …; adds the products of one run of n window values, whose W rows are {@code ldw} apart
     * from wOff.
     */
    static void tile4(float[] x, int base, int o1, int o2, int o3, int n, float[] w, int wOff, int ldw,
                      float[] y, int c0, int c1, int c2, int c3) {
        FloatVector r00 = FloatVector.fromArray(S, y, c0), r01 = FloatVector.fromArray(S, y, c0 + L),
                r02 = FloatVector.fromArray(S, y, c0 + 2 * L), r03 = FloatVector.fromArray(S, y, c0 + 3 * L);
        FloatVector r10 = FloatVector.fromArray(S, y, c1), r11 = FloatVector.fromArray(S, y, c1 + L),
                r12 = FloatVector.fromArray(S, y, c1 + 2 * L), r13 = FloatVector.fromArray(S, y, c1 + 3 * L);
        FloatVector r20 = FloatVector.fromArray(S, y, c2), r21 = FloatVector.fromArray(S, y, c2 + L),
                r22 = FloatVector.fromArray(S, y, c2 + 2 * L), r23 = FloatVector.fromArray(S, y, c2 + 3 * L);
        FloatVector r30 = FloatVector.fromArray(S, y, c3), r31 = FloatVector.fromArray(S, y, c3 + L),
                r32 = FloatVector.fromArray(S, y, c3 + 2 * L), r33 = FloatVector.fromArray(S, y, c3 + 3 * L);
        for (int q = 0; q < n; q++) {
            int i = base + q, wp = wOff + q * ldw;
            FloatVector w0 = FloatVector.fromArray(S, w, wp), w1 = FloatVector.fromArray(S, w, wp + L),
                    w2 = FloatVector.fromArray(S, w, wp + 2 * L), w3 = FloatVector.fromArray(S, w, wp + 3 * L);
            FloatVector v = FloatVector.broadcast(S, x[i]);
            r00 = v.fma(w0, r00); r01 = v.fma(w1, r01); r02 = v.fma(w2, r02); r03 = v.fma(w3, r03);
            v = FloatVector.broadcast(S, x[i + o1]);
            r10 = v.fma(w0, r10); r11 = v.fma(w1, r11); r12 = v.fma(w2, r12); r13 = v.fma(w3, r13);
            v = FloatVector.broadcast(S, x[i + o2]);
            r20 = v.fma(w0, r20); r21 = v.fma(w1, r21); r22 = v.fma(w2, r22); r23 = v.fma(w3, r23);
            v = FloatVector.broadcast(S, x[i + o3]);
            r30 = v.fma(w0, r30); r31 = v.fma(w1, r31); r32 = v.fma(w2, r32); r33 = v.fma(w3, r33);
        }
        r00.intoArray(y, c0); r01.intoArray(y, c0 + L); r02.intoArray(y, c0 + 2 * L); r03.intoArray(y, c0 + 3 * L);
        r10.intoArray(y, c1); r11.intoArray(y, c1 + L); r12.intoArray(y, c1 + 2 * L); r13.intoArray(y, c1 + 3 * L);
        r20.intoArray(y, c2); r21.intoArray(y, c2 + L); r22.intoArray(y, c2 + 2 * L); r23.intoArray(y, c2 + 3 * L);
        r30.intoArray(y, c3); r31.intoArray(y, c3 + L); r32.intoArray(y, c3 + 2 * L); r33.intoArray(y, c3 + 3 * L);
    }

    /** As {@link #tile6} for 2 vectors of filters (16 registers: 12 sums, 2 weights, 1 input). */
    static void tile6x2(float[] x, int base, int o1, int o2, int o3, int o4, int o5, int n, float[] w, int wOff, int ldw,
                        float[] y, int c0, int c1, int c2, int c3, int c4, int c5) {
        FloatVector r00 = FloatVector.fromArray(S, y, c0), r01 = FloatVector.fromArray(S, y, c0 + L);
        FloatVector r10 = FloatVector.fromArray(S, y, c1), r11 = FloatVector.fromArray(S, y, c1 + L);
        FloatVector r20 = FloatVector.fromArray(S, y, c2), r21 = FloatVector.fromArray(S, y, c2 + L);
        FloatVector r30 = FloatVector.fromArray(S, y, c3), r31 = FloatVector.fromArray(S, y, c3 + L);
        FloatVector r40 = FloatVector.fromArray(S, y, c4), r41 = FloatVector.fromArray(S, y, c4 + L);
        FloatVector r50 = FloatVector.fromArray(S, y, c5), r51 = FloatVector.fromArray(S, y, c5 + L);
        for (int q = 0; q < n; q++) {
            int i = base + q, wp = wOff + q * ldw;
            FloatVector w0 = FloatVector.fromArray(S, w, wp), w1 = FloatVector.fromArray(S, w, wp + L);
            FloatVector v = FloatVector.broadcast(S, x[i]);
            r00 = v.fma(w0, r00); r01 = v.fma(w1, r01);
            v = FloatVector.broadcast(S, x[i + o1]);
            r10 = v.fma(w0, r10); r11 = v.fma(w1, r11);
            v = FloatVector.broadcast(S, x[i + o2]);
            r20 = v.fma(w0, r20); r21 = v.fma(w1, r21);
            v = FloatVector.broadcast(S, x[i + o3]);
            r30 = v.fma(w0, r30); r31 = v.fma(w1, r31);
            v = FloatVector.broadcast(S, x[i + o4]);
            r40 = v.fma(w0, r40); r41 = v.fma(w1, r41);
            v = FloatVector.broadcast(S, x[i + o5]);
            r50 = v.fma(w0, r50); r51 = v.fma(w1, r51);
        }
        r00.intoArray(y, c0); r01.intoArray(y, c0 + L);
        r10.intoArray(y, c1); r11.intoArray(y, c1 + L);
        r20.intoArray(y, c2); r21.intoArray(y, c2 + L);
        r30.intoArray(y, c3); r31.intoArray(y, c3 + L);
        r40.intoArray(y, c4); r41.intoArray(y, c4 + L);
        r50.intoArray(y, c5); r51.intoArray(y, c5 + L);
    }

    /** As {@link #tile4} for 2 vectors of filters. */
    static void tile4x2(float[] x, int base, int o1, int o2, int o3, int n, float[] w, int wOff, int ldw,
                        float[] y, int c0, int c1, int c2, int c3) {
        FloatVector r00 = FloatVector.fromArray(S, y, c0), r01 = FloatVector.fromArray(S, y, c0 + L);
        FloatVector r10 = FloatVector.fromArray(S, y, c1), r11 = FloatVector.fromArray(S, y, c1 + L);
        FloatVector r20 = FloatVector.fromArray(S, y, c2), r21 = FloatVector.fromArray(S, y, c2 + L);
        FloatVector r30 = FloatVector.fromArray(S, y, c3), r31 = FloatVector.fromArray(S, y, c3 + L);
        for (int q = 0; q < n; q++) {
            int i = base + q, wp = wOff + q * ldw;
            FloatVector w0 = FloatVector.fromArray(S, w, wp), w1 = FloatVector.fromArray(S, w, wp + L);
            FloatVector v = FloatVector.broadcast(S, x[i]);
            r00 = v.fma(w0, r00); r01 = v.fma(w1, r01);
            v = FloatVector.broadcast(S, x[i + o1]);
            r10 = v.fma(w0, r10); r11 = v.fma(w1, r11);
            v = FloatVector.broadcast(S, x[i + o2]);
            r20 = v.fma(w0, r20); r21 = v.fma(w1, r21);
            v = FloatVector.broadcast(S, x[i + o3]);
            r30 = v.fma(w0, r30); r31 = v.fma(w1, r31);
        }
        r00.intoArray(y, c0); r01.intoArray(y, c0 + L);
        r10.intoArray(y, c1); r11.intoArray(y, c1 + L);
        r20.intoArray(y, c2); r21.intoArray(y, c2 + L);
        r30.intoArray(y, c3); r31.intoArray(y, c3 + L);
    }
}
