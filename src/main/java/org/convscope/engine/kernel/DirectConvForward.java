package org.convscope.engine.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector tiles of the direct (im2row-free) convolution: a few output positions × 4 vectors of
 * filters held in registers while one flat loop walks the window. A window of an NHWC input is
 * KH runs of KW·C contiguous values, {@code W·C} apart, so the loop steps one value at a time and
 * jumps to the next run at the end of each: no unfolded copy of the input is ever written.
 *
 * <p>Every output starts from its bias and adds the window's products in window order (ky, kx, c)
 * with fused multiply-adds, as the im2row product does; any tiling gives the same bits.
 *
 * <p>One flat loop per tile: vectors carried through nested loops whose trip counts are not
 * constants lose their exact type in C2 and get boxed (measured: 30× slower).
 */
final class DirectConvForward {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    static final int L = S.length();
    /** Filters per tile: 4 vectors. */
    static final int FILTERS = 4 * L;

    private DirectConvForward() {
    }

    /**
     * Six positions: windows start at x[base], x[base + o1], … x[base + o5]; outputs go to
     * y[c0..c5] (4 vectors each). The window is k values in runs of {@code run}, {@code jump} apart
     * between runs. W rows are {@code ldw} apart from wOff; bias at bOff.
     */
    static void tile6(float[] x, int base, int o1, int o2, int o3, int o4, int o5, int k, int run, int jump,
                      float[] w, int wOff, int ldw, int bOff,
                      float[] y, int c0, int c1, int c2, int c3, int c4, int c5) {
        FloatVector b0 = FloatVector.fromArray(S, w, bOff), b1 = FloatVector.fromArray(S, w, bOff + L),
                b2 = FloatVector.fromArray(S, w, bOff + 2 * L), b3 = FloatVector.fromArray(S, w, bOff + 3 * L);
        FloatVector r00 = b0, r01 = b1, r02 = b2, r03 = b3, r10 = b0, r11 = b1, r12 = b2, r13 = b3;
        FloatVector r20 = b0, r21 = b1, r22 = b2, r23 = b3, r30 = b0, r31 = b1, r32 = b2, r33 = b3;
        FloatVector r40 = b0, r41 = b1, r42 = b2, r43 = b3, r50 = b0, r51 = b1, r52 = b2, r53 = b3;
        int i = base, q = 0;
        for (int p = 0; p < k; p++) {
            int wp = wOff + p * ldw;
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
            i++;
            if (++q == run) {
                q = 0;
                i += jump;
            }
        }
        r00.intoArray(y, c0);
        r01.intoArray(y, c0 + L);
        r02.intoArray(y, c0 + 2 * L);
        r03.intoArray(y, c0 + 3 * L);
        r10.intoArray(y, c1);
        r11.intoArray(y, c1 + L);
        r12.intoArray(y, c1 + 2 * L);
        r13.intoArray(y, c1 + 3 * L);
        r20.intoArray(y, c2);
        r21.intoArray(y, c2 + L);
        r22.intoArray(y, c2 + 2 * L);
        r23.intoArray(y, c2 + 3 * L);
        r30.intoArray(y, c3);
        r31.intoArray(y, c3 + L);
        r32.intoArray(y, c3 + 2 * L);
        r33.intoArray(y, c3 + 3 * L);
        r40.intoArray(y, c4);
        r41.intoArray(y, c4 + L);
        r42.intoArray(y, c4 + 2 * L);
        r43.intoArray(y, c4 + 3 * L);
        r50.intoArray(y, c5);
        r51.intoArray(y, c5 + L);
        r52.intoArray(y, c5 + 2 * L);
        r53.intoArray(y, c5 + 3 * L);
    }

    /**
     * As {@link #tile6} for a window of three runs (k = 3·run, a 3×3 kernel): one loop per run. In
     * each, every index is the loop's plus a constant, so C2 checks the bounds once per loop instead
     * of at every load (the single loop of tile6 jumps between runs, which defeats that): 6% less
     * time per image at inference. The products are added in the same order: the same bits.
     */
    static void tile6r3(float[] x, int base, int o1, int o2, int o3, int o4, int o5, int k, int run, int jump,
                      float[] w, int wOff, int ldw, int bOff,
                      float[] y, int c0, int c1, int c2, int c3, int c4, int c5) {
        FloatVector b0 = FloatVector.fromArray(S, w, bOff), b1 = FloatVector.fromArray(S, w, bOff + L),
                b2 = FloatVector.fromArray(S, w, bOff + 2 * L), b3 = FloatVector.fromArray(S, w, bOff + 3 * L);
        FloatVector r00 = b0, r01 = b1, r02 = b2, r03 = b3, r10 = b0, r11 = b1, r12 = b2, r13 = b3;
        FloatVector r20 = b0, r21 = b1, r22 = b2, r23 = b3, r30 = b0, r31 = b1, r32 = b2, r33 = b3;
        FloatVector r40 = b0, r41 = b1, r42 = b2, r43 = b3, r50 = b0, r51 = b1, r52 = b2, r53 = b3;
        for (int q = 0; q < run; q++) {
            int i = base + q, p = q;
            int wp = wOff + p * ldw;
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
        for (int q = 0; q < run; q++) {
            int i = base + run + jump + q, p = run + q;
            int wp = wOff + p * ldw;
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
        for (int q = 0; q < run; q++) {
            int i = base + 2 * (run + jump) + q, p = 2 * run + q;
            int wp = wOff + p * ldw;
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
        r00.intoArray(y, c0);
        r01.intoArray(y, c0 + L);
        r02.intoArray(y, c0 + 2 * L);
        r03.intoArray(y, c0 + 3 * L);
        r10.intoArray(y, c1);
        r11.intoArray(y, c1 + L);
        r12.intoArray(y, c1 + 2 * L);
        r13.intoArray(y, c1 + 3 * L);
        r20.intoArray(y, c2);
        r21.intoArray(y, c2 + L);
        r22.intoArray(y, c2 + 2 * L);
        r23.intoArray(y, c2 + 3 * L);
        r30.intoArray(y, c3);
        r31.intoArray(y, c3 + L);
        r32.intoArray(y, c3 + 2 * L);
        r33.intoArray(y, c3 + 3 * L);
        r40.intoArray(y, c4);
        r41.intoArray(y, c4 + L);
        r42.intoArray(y, c4 + 2 * L);
        r43.intoArray(y, c4 + 3 * L);
        r50.intoArray(y, c5);
        r51.intoArray(y, c5 + L);
        r52.intoArray(y, c5 + 2 * L);
        r53.intoArray(y, c5 + 3 * L);
    }

    /** As {@link #tile6} for four positions. */
    static void tile4(float[] x, int base, int o1, int o2, int o3, int k, int run, int jump,
                      float[] w, int wOff, int ldw, int bOff,
                      float[] y, int c0, int c1, int c2, int c3) {
        FloatVector b0 = FloatVector.fromArray(S, w, bOff), b1 = FloatVector.fromArray(S, w, bOff + L),
                b2 = FloatVector.fromArray(S, w, bOff + 2 * L), b3 = FloatVector.fromArray(S, w, bOff + 3 * L);
        FloatVector r00 = b0, r01 = b1, r02 = b2, r03 = b3, r10 = b0, r11 = b1, r12 = b2, r13 = b3;
        FloatVector r20 = b0, r21 = b1, r22 = b2, r23 = b3, r30 = b0, r31 = b1, r32 = b2, r33 = b3;
        int i = base, q = 0;
        for (int p = 0; p < k; p++) {
            int wp = wOff + p * ldw;
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
            i++;
            if (++q == run) {
                q = 0;
                i += jump;
            }
        }
        r00.intoArray(y, c0);
        r01.intoArray(y, c0 + L);
        r02.intoArray(y, c0 + 2 * L);
        r03.intoArray(y, c0 + 3 * L);
        r10.intoArray(y, c1);
        r11.intoArray(y, c1 + L);
        r12.intoArray(y, c1 + 2 * L);
        r13.intoArray(y, c1 + 3 * L);
        r20.intoArray(y, c2);
        r21.intoArray(y, c2 + L);
        r22.intoArray(y, c2 + 2 * L);
        r23.intoArray(y, c2 + 3 * L);
        r30.intoArray(y, c3);
        r31.intoArray(y, c3 + L);
        r32.intoArray(y, c3 + 2 * L);
        r33.intoArray(y, c3 + 3 * L);
    }

}
