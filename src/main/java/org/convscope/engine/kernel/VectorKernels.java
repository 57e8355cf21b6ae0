package org.convscope.engine.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API kernels. Only loaded when {@link Simd#available()}: referencing this class without the
 * incubator module would fail.
 *
 * <p>The GEMM is register-tiled: a tile of 4 rows of C by up to 4 vectors (64 floats with 16 lanes)
 * lives in 16 accumulators for the whole K loop; each step broadcasts 4 values of A and loads up to
 * 4 vectors of B, so 8 loads feed 16 fused multiply-adds.
 */
final class VectorKernels {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    static final int L = S.length();

    private VectorKernels() {
    }

    static String describe() {
        return "Vector API, " + S.vectorBitSize() + "-bit (" + L + " float lanes)";
    }

    /** Depth of a block of B: 128 rows × 64 columns = 32 KB, which stays in the 48 KB L1 cache. */
    private static final int KC = 128;
    private static final int NC = 4 * L;

    // Blocked as in GotoBLAS: a KC×NC block of B is reused from L1 by every 4-row tile of A before
    // the next block is touched, instead of streaming all of B from L2 for every tile.
    static void gemmAccumulate(int m, int n, int k,
                               float[] a, int aOff, int ars, int acs,
                               float[] b, int bOff, int ldb,
                               float[] c, int cOff, int ldc) {
        for (int p0 = 0; p0 < k; p0 += KC) {
            int kc = Math.min(KC, k - p0);
            int aBlock = aOff + p0 * acs, bBlock = bOff + p0 * ldb;
            for (int j0 = 0; j0 < n; j0 += NC) {
                int j1 = Math.min(n, j0 + NC);
                int i = 0;
                if (j1 - j0 == 4 * L) {
                    for (; i + 6 <= m; i += 6) tile6x4(i, j0, kc, a, aBlock, ars, acs, b, bBlock, ldb, c, cOff, ldc);
                }
                for (; i + 4 <= m; i += 4) columns4(i, j0, j1, kc, a, aBlock, ars, acs, b, bBlock, ldb, c, cOff, ldc);
                for (; i < m; i++) columns1(i, j0, j1, kc, a, aBlock, ars, acs, b, bBlock, ldb, c, cOff, ldc);
            }
        }
    }

    // Rows i..i+3 of C, columns j0..j1 (at most 4 vectors).
    private static void columns4(int i, int j0, int j1, int k, float[] a, int aOff, int ars, int acs,
                                 float[] b, int bOff, int ldb, float[] c, int cOff, int ldc) {
        int j = j0;
        if (j + 4 * L <= j1) {
            tile4x4(i, j, k, a, aOff, ars, acs, b, bOff, ldb, c, cOff, ldc);
            j += 4 * L;
        }
        for (; j + L <= j1; j += L) tile4x1(i, j, k, a, aOff, ars, acs, b, bOff, ldb, c, cOff, ldc);
        // masked loads are not intrinsified on every JDK: the ragged edge is done in scalar code
        for (int r = i; r < i + 4 && j < j1; r++) scalarRow(r, j, j1, k, a, aOff, ars, acs, b, bOff, ldb, c, cOff, ldc);
    }

    private static void scalarRow(int i, int j0, int n, int k, float[] a, int aOff, int ars, int acs,
                                  float[] b, int bOff, int ldb, float[] c, int cOff, int ldc) {
        int cRow = cOff + i * ldc;
        for (int p = 0; p < k; p++) {
            float av = a[aOff + i * ars + p * acs];
            int bRow = bOff + p * ldb;
            for (int j = j0; j < n; j++) c[cRow + j] += av * b[bRow + j];
        }
    }

    // 6 rows × 4 vectors: 24 accumulators, 6 broadcasts and 4 loads feed 24 FMAs per step (a 4×4
    // tile feeds 16 with 8), measured about 10% faster on the course model's products.
    private static void tile6x4(int i, int j, int k, float[] a, int aOff, int ars, int acs,
                                float[] b, int bOff, int ldb, float[] c, int cOff, int ldc) {
        int c0 = cOff + i * ldc + j, c1 = c0 + ldc, c2 = c1 + ldc, c3 = c2 + ldc, c4 = c3 + ldc, c5 = c4 + ldc;
        FloatVector r00 = FloatVector.fromArray(S, c, c0), r01 = FloatVector.fromArray(S, c, c0 + L),
                r02 = FloatVector.fromArray(S, c, c0 + 2 * L), r03 = FloatVector.fromArray(S, c, c0 + 3 * L);
        FloatVector r10 = FloatVector.fromArray(S, c, c1), r11 = FloatVector.fromArray(S, c, c1 + L),
                r12 = FloatVector.fromArray(S, c, c1 + 2 * L), r13 = FloatVector.fromArray(S, c, c1 + 3 * L);
        FloatVector r20 = FloatVector.fromArray(S, c, c2), r21 = FloatVector.fromArray(S, c, c2 + L),
                r22 = FloatVector.fromArray(S, c, c2 + 2 * L), r23 = FloatVector.fromArray(S, c, c2 + 3 * L);
        FloatVector r30 = FloatVector.fromArray(S, c, c3), r31 = FloatVector.fromArray(S, c, c3 + L),
                r32 = FloatVector.fromArray(S, c, c3 + 2 * L), r33 = FloatVector.fromArray(S, c, c3 + 3 * L);
        FloatVector r40 = FloatVector.fromArray(S, c, c4), r41 = FloatVector.fromArray(S, c, c4 + L),
                r42 = FloatVector.fromArray(S, c, c4 + 2 * L), r43 = FloatVector.fromArray(S, c, c4 + 3 * L);
        FloatVector r50 = FloatVector.fromArray(S, c, c5), r51 = FloatVector.fromArray(S, c, c5 + L),
                r52 = FloatVector.fromArray(S, c, c5 + 2 * L), r53 = FloatVector.fromArray(S, c, c5 + 3 * L);
        int a0 = aOff + i * ars;
        int bj = bOff + j;
        for (int p = 0; p < k; p++) {
            int bp = bj + p * ldb;
            FloatVector b0 = FloatVector.fromArray(S, b, bp), b1 = FloatVector.fromArray(S, b, bp + L),
                    b2 = FloatVector.fromArray(S, b, bp + 2 * L), b3 = FloatVector.fromArray(S, b, bp + 3 * L);
            int ap = a0 + p * acs;
            FloatVector x = FloatVector.broadcast(S, a[ap]);
            r00 = x.fma(b0, r00); r01 = x.fma(b1, r01); r02 = x.fma(b2, r02); r03 = x.fma(b3, r03);
            x = FloatVector.broadcast(S, a[ap + ars]);
            r10 = x.fma(b0, r10); r11 = x.fma(b1, r11); r12 = x.fma(b2, r12); r13 = x.fma(b3, r13);
            x = FloatVector.broadcast(S, a[ap + 2 * ars]);
            r20 = x.fma(b0, r20); r21 = x.fma(b1, r21); r22 = x.fma(b2, r22); r23 = x.fma(b3, r23);
            x = FloatVector.broadcast(S, a[ap + 3 * ars]);
            r30 = x.fma(b0, r30); r31 = x.fma(b1, r31); r32 = x.fma(b2, r32); r33 = x.fma(b3, r33);
            x = FloatVector.broadcast(S, a[ap + 4 * ars]);
            r40 = x.fma(b0, r40); r41 = x.fma(b1, r41); r42 = x.fma(b2, r42); r43 = x.fma(b3, r43);
            x = FloatVector.broadcast(S, a[ap + 5 * ars]);
            r50 = x.fma(b0, r50); r51 = x.fma(b1, r51); r52 = x.fma(b2, r52); r53 = x.fma(b3, r53);
        }
        r00.intoArray(c, c0); r01.intoArray(c, c0 + L); r02.intoArray(c, c0 + 2 * L); r03.intoArray(c, c0 + 3 * L);
        r10.intoArray(c, c1); r11.intoArray(c, c1 + L); r12.intoArray(c, c1 + 2 * L); r13.intoArray(c, c1 + 3 * L);
        r20.intoArray(c, c2); r21.intoArray(c, c2 + L); r22.intoArray(c, c2 + 2 * L); r23.intoArray(c, c2 + 3 * L);
        r30.intoArray(c, c3); r31.intoArray(c, c3 + L); r32.intoArray(c, c3 + 2 * L); r33.intoArray(c, c3 + 3 * L);
        r40.intoArray(c, c4); r41.intoArray(c, c4 + L); r42.intoArray(c, c4 + 2 * L); r43.intoArray(c, c4 + 3 * L);
        r50.intoArray(c, c5); r51.intoArray(c, c5 + L); r52.intoArray(c, c5 + 2 * L); r53.intoArray(c, c5 + 3 * L);
    }

    private static void tile4x4(int i, int j, int k, float[] a, int aOff, int ars, int acs,
                                float[] b, int bOff, int ldb, float[] c, int cOff, int ldc) {
        int c0 = cOff + i * ldc + j, c1 = c0 + ldc, c2 = c1 + ldc, c3 = c2 + ldc;
        FloatVector r00 = FloatVector.fromArray(S, c, c0), r01 = FloatVector.fromArray(S, c, c0 + L),
                r02 = FloatVector.fromArray(S, c, c0 + 2 * L), r03 = FloatVector.fromArray(S, c, c0 + 3 * L);
        FloatVector r10 = FloatVector.fromArray(S, c, c1), r11 = FloatVector.fromArray(S, c, c1 + L),
                r12 = FloatVector.fromArray(S, c, c1 + 2 * L), r13 = FloatVector.fromArray(S, c, c1 + 3 * L);
        FloatVector r20 = FloatVector.fromArray(S, c, c2), r21 = FloatVector.fromArray(S, c, c2 + L),
                r22 = FloatVector.fromArray(S, c, c2 + 2 * L), r23 = FloatVector.fromArray(S, c, c2 + 3 * L);
        FloatVector r30 = FloatVector.fromArray(S, c, c3), r31 = FloatVector.fromArray(S, c, c3 + L),
                r32 = FloatVector.fromArray(S, c, c3 + 2 * L), r33 = FloatVector.fromArray(S, c, c3 + 3 * L);
        int a0 = aOff + i * ars;
        int bj = bOff + j;
        for (int p = 0; p < k; p++) {
            int bp = bj + p * ldb;
            FloatVector b0 = FloatVector.fromArray(S, b, bp), b1 = FloatVector.fromArray(S, b, bp + L),
                    b2 = FloatVector.fromArray(S, b, bp + 2 * L), b3 = FloatVector.fromArray(S, b, bp + 3 * L);
            int ap = a0 + p * acs;
            FloatVector x = FloatVector.broadcast(S, a[ap]);
            r00 = x.fma(b0, r00); r01 = x.fma(b1, r01); r02 = x.fma(b2, r02); r03 = x.fma(b3, r03);
            x = FloatVector.broadcast(S, a[ap + ars]);
            r10 = x.fma(b0, r10); r11 = x.fma(b1, r11); r12 = x.fma(b2, r12); r13 = x.fma(b3, r13);
            x = FloatVector.broadcast(S, a[ap + 2 * ars]);
            r20 = x.fma(b0, r20); r21 = x.fma(b1, r21); r22 = x.fma(b2, r22); r23 = x.fma(b3, r23);
            x = FloatVector.broadcast(S, a[ap + 3 * ars]);
            r30 = x.fma(b0, r30); r31 = x.fma(b1, r31); r32 = x.fma(b2, r32); r33 = x.fma(b3, r33);
        }
        r00.intoArray(c, c0); r01.intoArray(c, c0 + L); r02.intoArray(c, c0 + 2 * L); r03.intoArray(c, c0 + 3 * L);
        r10.intoArray(c, c1); r11.intoArray(c, c1 + L); r12.intoArray(c, c1 + 2 * L); r13.intoArray(c, c1 + 3 * L);
        r20.intoArray(c, c2); r21.intoArray(c, c2 + L); r22.intoArray(c, c2 + 2 * L); r23.intoArray(c, c2 + 3 * L);
        r30.intoArray(c, c3); r31.intoArray(c, c3 + L); r32.intoArray(c, c3 + 2 * L); r33.intoArray(c, c3 + 3 * L);
    }

    private static void tile4x1(int i, int j, int k, float[] a, int aOff, int ars, int acs,
                                float[] b, int bOff, int ldb, float[] c, int cOff, int ldc) {
        int c0 = cOff + i * ldc + j, c1 = c0 + ldc, c2 = c1 + ldc, c3 = c2 + ldc;
        FloatVector r0 = FloatVector.fromArray(S, c, c0), r1 = FloatVector.fromArray(S, c, c1),
                r2 = FloatVector.fromArray(S, c, c2), r3 = FloatVector.fromArray(S, c, c3);
        int a0 = aOff + i * ars;
        for (int p = 0; p < k; p++) {
            FloatVector bv = FloatVector.fromArray(S, b, bOff + p * ldb + j);
            int ap = a0 + p * acs;
            r0 = FloatVector.broadcast(S, a[ap]).fma(bv, r0);
            r1 = FloatVector.broadcast(S, a[ap + ars]).fma(bv, r1);
            r2 = FloatVector.broadcast(S, a[ap + 2 * ars]).fma(bv, r2);
            r3 = FloatVector.broadcast(S, a[ap + 3 * ars]).fma(bv, r3);
        }
        r0.intoArray(c, c0); r1.intoArray(c, c1); r2.intoArray(c, c2); r3.intoArray(c, c3);
    }

    // One row i of C, columns j0..j1.
    private static void columns1(int i, int j0, int j1, int k, float[] a, int aOff, int ars, int acs,
                                 float[] b, int bOff, int ldb, float[] c, int cOff, int ldc) {
        int cRow = cOff + i * ldc;
        int a0 = aOff + i * ars;
        int j = j0;
        for (; j + L <= j1; j += L) {
            FloatVector r = FloatVector.fromArray(S, c, cRow + j);
            for (int p = 0; p < k; p++) {
                FloatVector bv = FloatVector.fromArray(S, b, bOff + p * ldb + j);
                r = FloatVector.broadcast(S, a[a0 + p * acs]).fma(bv, r);
            }
            r.intoArray(c, cRow + j);
        }
        if (j < j1) scalarRow(i, j, j1, k, a, aOff, ars, acs, b, bOff, ldb, c, cOff, ldc);
    }

    // Four neighbouring output pixels × two filter vectors: eight independent accumulator chains, so
    // the 4-cycle latency of each fused multiply-add is hidden (one pixel alone would wait on it).
    static void singleChannelForward(float[] x, int imageOff, Im2Row.Geometry g, int[] tapOffset, int oy0, int oy1,
                                     float[] w, int wOff, int filters, float[] out, int outOff) {
        int taps = tapOffset.length, width = g.w(), sw = g.sw();
        int vectorF = filters / L * L;
        for (int oy = oy0; oy < oy1; oy++) {
            int rowBase = imageOff + oy * g.sh() * width;
            int oRow = outOff + (oy - oy0) * g.ow() * filters;
            int o = oRow;
            int ox = 0;
            for (; ox + 4 <= g.ow(); ox += 4, o += 4 * filters) {
                int f = 0;
                for (; f + 2 * L <= vectorF; f += 2 * L) fourPixelsTwoVectors(x, rowBase + ox * sw, sw, tapOffset, w, wOff + f, filters, out, o + f);
                for (; f < vectorF; f += L) fourPixelsOneVector(x, rowBase + ox * sw, sw, tapOffset, w, wOff + f, filters, out, o + f);
            }
            for (; ox < g.ow(); ox++, o += filters) {
                for (int f = 0; f < vectorF; f += L) onePixelOneVector(x, rowBase + ox * sw, tapOffset, w, wOff + f, filters, out, o + f);
            }
            if (vectorF < filters) {
                for (int p = 0; p < g.ow(); p++) {
                    int base = rowBase + p * sw;
                    for (int f = vectorF; f < filters; f++) {
                        float acc = out[oRow + p * filters + f];
                        for (int t = 0; t < taps; t++) acc += x[base + tapOffset[t]] * w[wOff + t * filters + f];
                        out[oRow + p * filters + f] = acc;
                    }
                }
            }
        }
    }

    private static void fourPixelsTwoVectors(float[] x, int base, int sw, int[] tapOffset, float[] w, int wi, int filters,
                                             float[] out, int o) {
        FloatVector a00 = FloatVector.fromArray(S, out, o), a01 = FloatVector.fromArray(S, out, o + L);
        FloatVector a10 = FloatVector.fromArray(S, out, o + filters), a11 = FloatVector.fromArray(S, out, o + filters + L);
        FloatVector a20 = FloatVector.fromArray(S, out, o + 2 * filters), a21 = FloatVector.fromArray(S, out, o + 2 * filters + L);
        FloatVector a30 = FloatVector.fromArray(S, out, o + 3 * filters), a31 = FloatVector.fromArray(S, out, o + 3 * filters + L);
        for (int t = 0; t < tapOffset.length; t++) {
            int xi = base + tapOffset[t];
            int wt = wi + t * filters;
            FloatVector w0 = FloatVector.fromArray(S, w, wt), w1 = FloatVector.fromArray(S, w, wt + L);
            FloatVector v = FloatVector.broadcast(S, x[xi]);
            a00 = v.fma(w0, a00);
            a01 = v.fma(w1, a01);
            v = FloatVector.broadcast(S, x[xi + sw]);
            a10 = v.fma(w0, a10);
            a11 = v.fma(w1, a11);
            v = FloatVector.broadcast(S, x[xi + 2 * sw]);
            a20 = v.fma(w0, a20);
            a21 = v.fma(w1, a21);
            v = FloatVector.broadcast(S, x[xi + 3 * sw]);
            a30 = v.fma(w0, a30);
            a31 = v.fma(w1, a31);
        }
        a00.intoArray(out, o);
        a01.intoArray(out, o + L);
        a10.intoArray(out, o + filters);
        a11.intoArray(out, o + filters + L);
        a20.intoArray(out, o + 2 * filters);
        a21.intoArray(out, o + 2 * filters + L);
        a30.intoArray(out, o + 3 * filters);
        a31.intoArray(out, o + 3 * filters + L);
    }

    private static void fourPixelsOneVector(float[] x, int base, int sw, int[] tapOffset, float[] w, int wi, int filters,
                                            float[] out, int o) {
        FloatVector a0 = FloatVector.fromArray(S, out, o), a1 = FloatVector.fromArray(S, out, o + filters);
        FloatVector a2 = FloatVector.fromArray(S, out, o + 2 * filters), a3 = FloatVector.fromArray(S, out, o + 3 * filters);
        for (int t = 0; t < tapOffset.length; t++) {
            int xi = base + tapOffset[t];
            FloatVector w0 = FloatVector.fromArray(S, w, wi + t * filters);
            a0 = FloatVector.broadcast(S, x[xi]).fma(w0, a0);
            a1 = FloatVector.broadcast(S, x[xi + sw]).fma(w0, a1);
            a2 = FloatVector.broadcast(S, x[xi + 2 * sw]).fma(w0, a2);
            a3 = FloatVector.broadcast(S, x[xi + 3 * sw]).fma(w0, a3);
        }
        a0.intoArray(out, o);
        a1.intoArray(out, o + filters);
        a2.intoArray(out, o + 2 * filters);
        a3.intoArray(out, o + 3 * filters);
    }

    private static void onePixelOneVector(float[] x, int base, int[] tapOffset, float[] w, int wi, int filters,
                                          float[] out, int o) {
        FloatVector a = FloatVector.fromArray(S, out, o);
        for (int t = 0; t < tapOffset.length; t++) {
            a = FloatVector.broadcast(S, x[base + tapOffset[t]]).fma(FloatVector.fromArray(S, w, wi + t * filters), a);
        }
        a.intoArray(out, o);
    }

    // For three taps and two filter vectors at a time, six accumulators live in registers for a whole
    // pass over the positions; dW is written once per pass instead of once per position. (Each pass
    // shape is its own method: a vector chosen by a condition would be boxed on the heap.)
    static void singleChannelWeightGradient(float[] x, int xOff, int n, Im2Row.Geometry g, float[] dy, int dyOff,
                                            int filters, float[] dw, int dwOff) {
        int taps = g.kh() * g.kw();
        int vectorF = filters / L * L;
        int f = 0;
        for (; f + 2 * L <= vectorF; f += 2 * L) {
            int t = 0;
            for (; t + 3 <= taps; t += 3) dwThreeTapsTwoVectors(x, xOff, n, g, dy, dyOff, filters, dw, dwOff, t, f);
            for (; t < taps; t++) {
                dwOneTapOneVector(x, xOff, n, g, dy, dyOff, filters, dw, dwOff, t, f);
                dwOneTapOneVector(x, xOff, n, g, dy, dyOff, filters, dw, dwOff, t, f + L);
            }
        }
        for (; f < vectorF; f += L) {
            for (int t = 0; t < taps; t++) dwOneTapOneVector(x, xOff, n, g, dy, dyOff, filters, dw, dwOff, t, f);
        }
        if (vectorF < filters) {
            // the few filters past the last whole vector, in scalar code
            int kw = g.kw(), width = g.w();
            int o = dyOff;
            for (int b = 0; b < n; b++) {
                for (int oy = 0; oy < g.oh(); oy++) {
                    for (int ox = 0; ox < g.ow(); ox++, o += filters) {
                        int base = xOff + b * g.h() * width + oy * g.sh() * width + ox * g.sw();
                        for (int t = 0; t < taps; t++) {
                            float v = x[base + (t / kw) * width + t % kw];
                            for (int j = vectorF; j < filters; j++) dw[dwOff + t * filters + j] += v * dy[o + j];
                        }
                    }
                }
            }
        }
    }

    static int tapOffset(Im2Row.Geometry g, int t) {
        return (t / g.kw()) * g.w() + t % g.kw();
    }

    // One flat loop over all positions: vectors carried through nested loops lose their exact type in
    // C2 and get boxed, one allocation per operation.
    private static void dwThreeTapsTwoVectors(float[] x, int xOff, int n, Im2Row.Geometry g, float[] dy, int dyOff,
                                              int filters, float[] dw, int dwOff, int t0, int f) {
        int off0 = tapOffset(g, t0), off1 = tapOffset(g, t0 + 1), off2 = tapOffset(g, t0 + 2);
        FloatVector a00 = FloatVector.zero(S), a01 = FloatVector.zero(S), a10 = FloatVector.zero(S),
                a11 = FloatVector.zero(S), a20 = FloatVector.zero(S), a21 = FloatVector.zero(S);
        PositionWalk walk = new PositionWalk(g, xOff);
        int o = dyOff + f;
        for (int p = 0, total = n * g.oh() * g.ow(); p < total; p++, o += filters) {
            int base = walk.base;
            FloatVector d0 = FloatVector.fromArray(S, dy, o);
            FloatVector d1 = FloatVector.fromArray(S, dy, o + L);
            FloatVector v0 = FloatVector.broadcast(S, x[base + off0]);
            FloatVector v1 = FloatVector.broadcast(S, x[base + off1]);
            FloatVector v2 = FloatVector.broadcast(S, x[base + off2]);
            a00 = v0.fma(d0, a00);
            a01 = v0.fma(d1, a01);
            a10 = v1.fma(d0, a10);
            a11 = v1.fma(d1, a11);
            a20 = v2.fma(d0, a20);
            a21 = v2.fma(d1, a21);
            walk.advance();
        }
        int d = dwOff + t0 * filters + f;
        addInto(a00, dw, d);
        addInto(a01, dw, d + L);
        addInto(a10, dw, d + filters);
        addInto(a11, dw, d + filters + L);
        addInto(a20, dw, d + 2 * filters);
        addInto(a21, dw, d + 2 * filters + L);
    }

    private static void dwOneTapOneVector(float[] x, int xOff, int n, Im2Row.Geometry g, float[] dy, int dyOff,
                                          int filters, float[] dw, int dwOff, int t, int f) {
        int off = tapOffset(g, t);
        FloatVector acc = FloatVector.zero(S);
        PositionWalk walk = new PositionWalk(g, xOff);
        int o = dyOff + f;
        for (int p = 0, total = n * g.oh() * g.ow(); p < total; p++, o += filters) {
            acc = FloatVector.broadcast(S, x[walk.base + off]).fma(FloatVector.fromArray(S, dy, o), acc);
            walk.advance();
        }
        addInto(acc, dw, dwOff + t * filters + f);
    }

    /** Walks output positions (image, row, column) in order, tracking where each window starts in x. */
    private static final class PositionWalk {
        private final Im2Row.Geometry g;
        private final int imageSize;
        private int base;      // x index of the current window's top-left value
        private int rowStart;  // x index of the current output row's first window
        private int ox;
        private int oy;

        PositionWalk(Im2Row.Geometry g, int xOff) {
            this.g = g;
            this.imageSize = g.h() * g.w();
            this.base = xOff;
            this.rowStart = xOff;
        }

        void advance() {
            if (++ox < g.ow()) {
                base += g.sw();
                return;
            }
            ox = 0;
            if (++oy < g.oh()) {
                rowStart += g.sh() * g.w();
            } else {
                oy = 0; // next image: from the last row's start back to this image's start, then one image on
                rowStart += imageSize - (g.oh() - 1) * g.sh() * g.w();
            }
            base = rowStart;
        }
    }

    private static void addInto(FloatVector v, float[] a, int i) {
        FloatVector.fromArray(S, a, i).add(v).intoArray(a, i);
    }

    /** FLOP per iteration of {@link #fmaLoop}: 12 independent FMAs of L lanes, 2 FLOP each. */
    static final int FMA_FLOPS_PER_ITERATION = 12 * 2 * L;

    // Twelve independent accumulator chains: enough to cover the FMA latency on two FMA units.
    static float fmaLoop(long n) {
        FloatVector b = FloatVector.broadcast(S, 0.999f), c = FloatVector.broadcast(S, 0.001f);
        FloatVector a0 = FloatVector.broadcast(S, 1f), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0,
                a6 = a0, a7 = a0, a8 = a0, a9 = a0, a10 = a0, a11 = a0;
        for (long i = 0; i < n; i++) {
            a0 = a0.fma(b, c); a1 = a1.fma(b, c); a2 = a2.fma(b, c); a3 = a3.fma(b, c);
            a4 = a4.fma(b, c); a5 = a5.fma(b, c); a6 = a6.fma(b, c); a7 = a7.fma(b, c);
            a8 = a8.fma(b, c); a9 = a9.fma(b, c); a10 = a10.fma(b, c); a11 = a11.fma(b, c);
        }
        return a0.add(a1).add(a2).add(a3).add(a4).add(a5).add(a6).add(a7).add(a8).add(a9).add(a10).add(a11)
                .reduceLanes(jdk.incubator.vector.VectorOperators.ADD);
    }
}
