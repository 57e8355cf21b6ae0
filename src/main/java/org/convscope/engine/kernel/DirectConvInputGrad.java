package org.convscope.engine.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector tiles of the direct convolution's input gradient, in two passes per image. First the
 * gradient of each window, {@code rows[p][k] = Σ_f dy[p][f]·W[k][f]}, for six positions and a block
 * of window values at a time, stored (never added: neighbouring windows overlap, and adding each
 * tile onto dx made every store wait for the previous one). Then each input value gathers the
 * window values it was part of, in tap order, and is written once.
 */
final class DirectConvInputGrad {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    static final int L = S.length();

    private DirectConvInputGrad() {
    }

    /**
     * rows[r_i·ldr + k0 ..+4L) = Σ_f dy[d_i + f]·Wᵀ[f][k0..] for the six positions i, whose dy rows
     * start at d0..d5 and whose gradient rows are r0..r5; Wᵀ's block for k0 at wT[block], [F][4L].
     */
    static void tile6x4(float[] dy, int d0, int d1, int d2, int d3, int d4, int d5, int filters, float[] wT, int block,
                        float[] rows, int r0, int r1, int r2, int r3, int r4, int r5) {
        FloatVector a00 = FloatVector.zero(S), a01 = a00, a02 = a00, a03 = a00, a10 = a00, a11 = a00, a12 = a00, a13 = a00;
        FloatVector a20 = a00, a21 = a00, a22 = a00, a23 = a00, a30 = a00, a31 = a00, a32 = a00, a33 = a00;
        FloatVector a40 = a00, a41 = a00, a42 = a00, a43 = a00, a50 = a00, a51 = a00, a52 = a00, a53 = a00;
        for (int f = 0; f < filters; f++) {
            int wp = block + f * 4 * L;
            FloatVector w0 = FloatVector.fromArray(S, wT, wp), w1 = FloatVector.fromArray(S, wT, wp + L),
                    w2 = FloatVector.fromArray(S, wT, wp + 2 * L), w3 = FloatVector.fromArray(S, wT, wp + 3 * L);
            FloatVector v = FloatVector.broadcast(S, dy[d0 + f]);
            a00 = v.fma(w0, a00); a01 = v.fma(w1, a01); a02 = v.fma(w2, a02); a03 = v.fma(w3, a03);
            v = FloatVector.broadcast(S, dy[d1 + f]);
            a10 = v.fma(w0, a10); a11 = v.fma(w1, a11); a12 = v.fma(w2, a12); a13 = v.fma(w3, a13);
            v = FloatVector.broadcast(S, dy[d2 + f]);
            a20 = v.fma(w0, a20); a21 = v.fma(w1, a21); a22 = v.fma(w2, a22); a23 = v.fma(w3, a23);
            v = FloatVector.broadcast(S, dy[d3 + f]);
            a30 = v.fma(w0, a30); a31 = v.fma(w1, a31); a32 = v.fma(w2, a32); a33 = v.fma(w3, a33);
            v = FloatVector.broadcast(S, dy[d4 + f]);
            a40 = v.fma(w0, a40); a41 = v.fma(w1, a41); a42 = v.fma(w2, a42); a43 = v.fma(w3, a43);
            v = FloatVector.broadcast(S, dy[d5 + f]);
            a50 = v.fma(w0, a50); a51 = v.fma(w1, a51); a52 = v.fma(w2, a52); a53 = v.fma(w3, a53);
        }
        a00.intoArray(rows, r0); a01.intoArray(rows, r0 + L); a02.intoArray(rows, r0 + 2 * L); a03.intoArray(rows, r0 + 3 * L);
        a10.intoArray(rows, r1); a11.intoArray(rows, r1 + L); a12.intoArray(rows, r1 + 2 * L); a13.intoArray(rows, r1 + 3 * L);
        a20.intoArray(rows, r2); a21.intoArray(rows, r2 + L); a22.intoArray(rows, r2 + 2 * L); a23.intoArray(rows, r2 + 3 * L);
        a30.intoArray(rows, r3); a31.intoArray(rows, r3 + L); a32.intoArray(rows, r3 + 2 * L); a33.intoArray(rows, r3 + 3 * L);
        a40.intoArray(rows, r4); a41.intoArray(rows, r4 + L); a42.intoArray(rows, r4 + 2 * L); a43.intoArray(rows, r4 + 3 * L);
        a50.intoArray(rows, r5); a51.intoArray(rows, r5 + L); a52.intoArray(rows, r5 + 2 * L); a53.intoArray(rows, r5 + 3 * L);
    }

    /** As {@link #tile6x4} for a block of 2 vectors ([F][2L]). */
    static void tile6x2(float[] dy, int d0, int d1, int d2, int d3, int d4, int d5, int filters, float[] wT, int block,
                        float[] rows, int r0, int r1, int r2, int r3, int r4, int r5) {
        FloatVector a00 = FloatVector.zero(S), a01 = a00, a10 = a00, a11 = a00, a20 = a00, a21 = a00;
        FloatVector a30 = a00, a31 = a00, a40 = a00, a41 = a00, a50 = a00, a51 = a00;
        for (int f = 0; f < filters; f++) {
            int wp = block + f * 2 * L;
            FloatVector w0 = FloatVector.fromArray(S, wT, wp), w1 = FloatVector.fromArray(S, wT, wp + L);
            FloatVector v = FloatVector.broadcast(S, dy[d0 + f]);
            a00 = v.fma(w0, a00); a01 = v.fma(w1, a01);
            v = FloatVector.broadcast(S, dy[d1 + f]);
            a10 = v.fma(w0, a10); a11 = v.fma(w1, a11);
            v = FloatVector.broadcast(S, dy[d2 + f]);
            a20 = v.fma(w0, a20); a21 = v.fma(w1, a21);
            v = FloatVector.broadcast(S, dy[d3 + f]);
            a30 = v.fma(w0, a30); a31 = v.fma(w1, a31);
            v = FloatVector.broadcast(S, dy[d4 + f]);
            a40 = v.fma(w0, a40); a41 = v.fma(w1, a41);
            v = FloatVector.broadcast(S, dy[d5 + f]);
            a50 = v.fma(w0, a50); a51 = v.fma(w1, a51);
        }
        a00.intoArray(rows, r0); a01.intoArray(rows, r0 + L);
        a10.intoArray(rows, r1); a11.intoArray(rows, r1 + L);
        a20.intoArray(rows, r2); a21.intoArray(rows, r2 + L);
        a30.intoArray(rows, r3); a31.intoArray(rows, r3 + L);
        a40.intoArray(rows, r4); a41.intoArray(rows, r4 + L);
        a50.intoArray(rows, r5); a51.intoArray(rows, r5 + L);
    }

    /** As {@link #tile6x4} for a block of 1 vector ([F][L]). */
    static void tile6x1(float[] dy, int d0, int d1, int d2, int d3, int d4, int d5, int filters, float[] wT, int block,
                        float[] rows, int r0, int r1, int r2, int r3, int r4, int r5) {
        FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0;
        for (int f = 0; f < filters; f++) {
            FloatVector w0 = FloatVector.fromArray(S, wT, block + f * L);
            a0 = FloatVector.broadcast(S, dy[d0 + f]).fma(w0, a0);
            a1 = FloatVector.broadcast(S, dy[d1 + f]).fma(w0, a1);
            a2 = FloatVector.broadcast(S, dy[d2 + f]).fma(w0, a2);
            a3 = FloatVector.broadcast(S, dy[d3 + f]).fma(w0, a3);
            a4 = FloatVector.broadcast(S, dy[d4 + f]).fma(w0, a4);
            a5 = FloatVector.broadcast(S, dy[d5 + f]).fma(w0, a5);
        }
        a0.intoArray(rows, r0);
        a1.intoArray(rows, r1);
        a2.intoArray(rows, r2);
        a3.intoArray(rows, r3);
        a4.intoArray(rows, r4);
        a5.intoArray(rows, r5);
    }

    /**
     * dx[pixel·c ..+c) = Σ_t rows[rowsOff + from[pixel·taps + t] ..+c) for every pixel of one image: each input
     * value as the sum, in tap order, of the window values it was (a source offset into the zero
     * row stands for a tap that no window put on that pixel). Only the whole vectors of c; returns
     * the first channel left.
     */
    static int gather(float[] rows, int rowsOff, int[] from, int taps, int pixels, int c, float[] dx, int dxOff) {
        int vectorC = S.loopBound(c);
        for (int pix = 0; pix < pixels; pix++) {
            int src = pix * taps, dst = dxOff + pix * c;
            for (int ch = 0; ch < vectorC; ch += L) {
                FloatVector acc = FloatVector.zero(S);
                for (int t = 0; t < taps; t++) acc = acc.add(FloatVector.fromArray(S, rows, rowsOff + from[src + t] + ch));
                acc.intoArray(dx, dst + ch);
            }
        }
        return vectorC;
    }
}
