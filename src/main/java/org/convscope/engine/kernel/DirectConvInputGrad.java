package org.convscope.engine.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector tiles of the direct convolution's input gradient: for six positions of a
 * {@link ConvPositions} table and a block of window values k, {@code Σ_f dy[p][f]·W[k][f]} is
 * built in registers from Wᵀ and added straight onto the input values the window read, so the
 * unfolded gradient rows of im2row never exist. A vector of 16 window values lies inside one run
 * of the window (the run KW·C is a multiple of the lane count), so it lands on 16 neighbours of dx.
 */
final class DirectConvInputGrad {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    static final int L = S.length();

    private DirectConvInputGrad() {
    }

    /** Where window value k lies relative to the window's first value: run k / run, then k % run along it. */
    static int offset(int k, int run, int rowStride) {
        return (k / run) * rowStride + k % run;
    }

    /**
     * Positions t..t+5 of the table, window values k0..k0+4L: dx[in[p] + offset(k)] += Σ_f dy[out[p] + f]·wT[f·ldw + k].
     */
    static void tile6x4(float[] dy, int dyOff, int[] in, int[] out, int t, int filters, float[] wT, int k0, int ldw,
                        int run, int rowStride, float[] dx, int dxOff) {
        int d0 = dyOff + out[t], d1 = dyOff + out[t + 1], d2 = dyOff + out[t + 2],
                d3 = dyOff + out[t + 3], d4 = dyOff + out[t + 4], d5 = dyOff + out[t + 5];
        FloatVector r00 = FloatVector.zero(S), r01 = r00, r02 = r00, r03 = r00, r10 = r00, r11 = r00, r12 = r00, r13 = r00;
        FloatVector r20 = r00, r21 = r00, r22 = r00, r23 = r00, r30 = r00, r31 = r00, r32 = r00, r33 = r00;
        FloatVector r40 = r00, r41 = r00, r42 = r00, r43 = r00, r50 = r00, r51 = r00, r52 = r00, r53 = r00;
        for (int f = 0; f < filters; f++) {
            int wp = f * ldw + k0;
            FloatVector w0 = FloatVector.fromArray(S, wT, wp), w1 = FloatVector.fromArray(S, wT, wp + L),
                    w2 = FloatVector.fromArray(S, wT, wp + 2 * L), w3 = FloatVector.fromArray(S, wT, wp + 3 * L);
            FloatVector v = FloatVector.broadcast(S, dy[d0 + f]);
            r00 = v.fma(w0, r00); r01 = v.fma(w1, r01); r02 = v.fma(w2, r02); r03 = v.fma(w3, r03);
            v = FloatVector.broadcast(S, dy[d1 + f]);
            r10 = v.fma(w0, r10); r11 = v.fma(w1, r11); r12 = v.fma(w2, r12); r13 = v.fma(w3, r13);
            v = FloatVector.broadcast(S, dy[d2 + f]);
            r20 = v.fma(w0, r20); r21 = v.fma(w1, r21); r22 = v.fma(w2, r22); r23 = v.fma(w3, r23);
            v = FloatVector.broadcast(S, dy[d3 + f]);
            r30 = v.fma(w0, r30); r31 = v.fma(w1, r31); r32 = v.fma(w2, r32); r33 = v.fma(w3, r33);
            v = FloatVector.broadcast(S, dy[d4 + f]);
            r40 = v.fma(w0, r40); r41 = v.fma(w1, r41); r42 = v.fma(w2, r42); r43 = v.fma(w3, r43);
            v = FloatVector.broadcast(S, dy[d5 + f]);
            r50 = v.fma(w0, r50); r51 = v.fma(w1, r51); r52 = v.fma(w2, r52); r53 = v.fma(w3, r53);
        }
        int k0o = offset(k0, run, rowStride), k1o = offset(k0 + L, run, rowStride),
                k2o = offset(k0 + 2 * L, run, rowStride), k3o = offset(k0 + 3 * L, run, rowStride);
        addInto(r00, dx, dxOff + in[t] + k0o);
        addInto(r01, dx, dxOff + in[t] + k1o);
        addInto(r02, dx, dxOff + in[t] + k2o);
        addInto(r03, dx, dxOff + in[t] + k3o);
        addInto(r10, dx, dxOff + in[t + 1] + k0o);
        addInto(r11, dx, dxOff + in[t + 1] + k1o);
        addInto(r12, dx, dxOff + in[t + 1] + k2o);
        addInto(r13, dx, dxOff + in[t + 1] + k3o);
        addInto(r20, dx, dxOff + in[t + 2] + k0o);
        addInto(r21, dx, dxOff + in[t + 2] + k1o);
        addInto(r22, dx, dxOff + in[t + 2] + k2o);
        addInto(r23, dx, dxOff + in[t + 2] + k3o);
        addInto(r30, dx, dxOff + in[t + 3] + k0o);
        addInto(r31, dx, dxOff + in[t + 3] + k1o);
        addInto(r32, dx, dxOff + in[t + 3] + k2o);
        addInto(r33, dx, dxOff + in[t + 3] + k3o);
        addInto(r40, dx, dxOff + in[t + 4] + k0o);
        addInto(r41, dx, dxOff + in[t + 4] + k1o);
        addInto(r42, dx, dxOff + in[t + 4] + k2o);
        addInto(r43, dx, dxOff + in[t + 4] + k3o);
        addInto(r50, dx, dxOff + in[t + 5] + k0o);
        addInto(r51, dx, dxOff + in[t + 5] + k1o);
        addInto(r52, dx, dxOff + in[t + 5] + k2o);
        addInto(r53, dx, dxOff + in[t + 5] + k3o);
    }

    /** As {@link #tile6x4} for window values k0..k0+2L. */
    static void tile6x2(float[] dy, int dyOff, int[] in, int[] out, int t, int filters, float[] wT, int k0, int ldw,
                        int run, int rowStride, float[] dx, int dxOff) {
        int d0 = dyOff + out[t], d1 = dyOff + out[t + 1], d2 = dyOff + out[t + 2],
                d3 = dyOff + out[t + 3], d4 = dyOff + out[t + 4], d5 = dyOff + out[t + 5];
        FloatVector r00 = FloatVector.zero(S), r01 = r00, r10 = r00, r11 = r00, r20 = r00, r21 = r00;
        FloatVector r30 = r00, r31 = r00, r40 = r00, r41 = r00, r50 = r00, r51 = r00;
        for (int f = 0; f < filters; f++) {
            int wp = f * ldw + k0;
            FloatVector w0 = FloatVector.fromArray(S, wT, wp), w1 = FloatVector.fromArray(S, wT, wp + L);
            FloatVector v = FloatVector.broadcast(S, dy[d0 + f]);
            r00 = v.fma(w0, r00); r01 = v.fma(w1, r01);
            v = FloatVector.broadcast(S, dy[d1 + f]);
            r10 = v.fma(w0, r10); r11 = v.fma(w1, r11);
            v = FloatVector.broadcast(S, dy[d2 + f]);
            r20 = v.fma(w0, r20); r21 = v.fma(w1, r21);
            v = FloatVector.broadcast(S, dy[d3 + f]);
            r30 = v.fma(w0, r30); r31 = v.fma(w1, r31);
            v = FloatVector.broadcast(S, dy[d4 + f]);
            r40 = v.fma(w0, r40); r41 = v.fma(w1, r41);
            v = FloatVector.broadcast(S, dy[d5 + f]);
            r50 = v.fma(w0, r50); r51 = v.fma(w1, r51);
        }
        int k0o = offset(k0, run, rowStride), k1o = offset(k0 + L, run, rowStride);
        addInto(r00, dx, dxOff + in[t] + k0o);
        addInto(r01, dx, dxOff + in[t] + k1o);
        addInto(r10, dx, dxOff + in[t + 1] + k0o);
        addInto(r11, dx, dxOff + in[t + 1] + k1o);
        addInto(r20, dx, dxOff + in[t + 2] + k0o);
        addInto(r21, dx, dxOff + in[t + 2] + k1o);
        addInto(r30, dx, dxOff + in[t + 3] + k0o);
        addInto(r31, dx, dxOff + in[t + 3] + k1o);
        addInto(r40, dx, dxOff + in[t + 4] + k0o);
        addInto(r41, dx, dxOff + in[t + 4] + k1o);
        addInto(r50, dx, dxOff + in[t + 5] + k0o);
        addInto(r51, dx, dxOff + in[t + 5] + k1o);
    }

    /** As {@link #tile6x4} for window values k0..k0+L. */
    static void tile6x1(float[] dy, int dyOff, int[] in, int[] out, int t, int filters, float[] wT, int k0, int ldw,
                        int run, int rowStride, float[] dx, int dxOff) {
        int d0 = dyOff + out[t], d1 = dyOff + out[t + 1], d2 = dyOff + out[t + 2],
                d3 = dyOff + out[t + 3], d4 = dyOff + out[t + 4], d5 = dyOff + out[t + 5];
        FloatVector r0 = FloatVector.zero(S), r1 = r0, r2 = r0, r3 = r0, r4 = r0, r5 = r0;
        for (int f = 0; f < filters; f++) {
            FloatVector w0 = FloatVector.fromArray(S, wT, f * ldw + k0);
            r0 = FloatVector.broadcast(S, dy[d0 + f]).fma(w0, r0);
            r1 = FloatVector.broadcast(S, dy[d1 + f]).fma(w0, r1);
            r2 = FloatVector.broadcast(S, dy[d2 + f]).fma(w0, r2);
            r3 = FloatVector.broadcast(S, dy[d3 + f]).fma(w0, r3);
            r4 = FloatVector.broadcast(S, dy[d4 + f]).fma(w0, r4);
            r5 = FloatVector.broadcast(S, dy[d5 + f]).fma(w0, r5);
        }
        int ko = offset(k0, run, rowStride);
        addInto(r0, dx, dxOff + in[t] + ko);
        addInto(r1, dx, dxOff + in[t + 1] + ko);
        addInto(r2, dx, dxOff + in[t + 2] + ko);
        addInto(r3, dx, dxOff + in[t + 3] + ko);
        addInto(r4, dx, dxOff + in[t + 4] + ko);
        addInto(r5, dx, dxOff + in[t + 5] + ko);
    }

    /** One position t, window values k0..k0+L: for the few positions after the last whole tile. */
    static void tile1x1(float[] dy, int dyOff, int[] in, int[] out, int t, int filters, float[] wT, int k0, int ldw,
                        int run, int rowStride, float[] dx, int dxOff) {
        int d = dyOff + out[t];
        FloatVector r = FloatVector.zero(S);
        for (int f = 0; f < filters; f++) r = FloatVector.broadcast(S, dy[d + f]).fma(FloatVector.fromArray(S, wT, f * ldw + k0), r);
        addInto(r, dx, dxOff + in[t] + offset(k0, run, rowStride));
    }

    // small enough (under 35 bytes of bytecode) to be inlined always: a vector passed to a call
    // that is not inlined is boxed, and then so is every vector it came from
    private static void addInto(FloatVector v, float[] a, int i) {
        FloatVector.fromArray(S, a, i).add(v).intoArray(a, i);
    }
}
