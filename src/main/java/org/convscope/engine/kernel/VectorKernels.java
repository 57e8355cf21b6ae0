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
                if (j1 - j0 == 4 * L) {
                    // the rows left over, 4 vectors at a time: one accumulator per vector would wait on
                    // each fused multiply-add's latency (a batch of 8 left 2 such rows: dense backward 2× slower)
                    for (; i + 2 <= m; i += 2) tile2x4(i, j0, kc, a, aBlock, ars, acs, b, bBlock, ldb, c, cOff, ldc);
                    for (; i < m; i++) tile1x4(i, j0, kc, a, aBlock, ars, acs, b, bBlock, ldb, c, cOff, ldc);
                }
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

    private static void tile2x4(int i, int j, int k, float[] a, int aOff, int ars, int acs,
                                float[] b, int bOff, int ldb, float[] c, int cOff, int ldc) {
        int c0 = cOff + i * ldc + j, c1 = c0 + ldc;
        FloatVector r00 = FloatVector.fromArray(S, c, c0), r01 = FloatVector.fromArray(S, c, c0 + L),
                r02 = FloatVector.fromArray(S, c, c0 + 2 * L), r03 = FloatVector.fromArray(S, c, c0 + 3 * L);
        FloatVector r10 = FloatVector.fromArray(S, c, c1), r11 = FloatVector.fromArray(S, c, c1 + L),
                r12 = FloatVector.fromArray(S, c, c1 + 2 * L), r13 = FloatVector.fromArray(S, c, c1 + 3 * L);
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
        }
        r00.intoArray(c, c0); r01.intoArray(c, c0 + L); r02.intoArray(c, c0 + 2 * L); r03.intoArray(c, c0 + 3 * L);
        r10.intoArray(c, c1); r11.intoArray(c, c1 + L); r12.intoArray(c, c1 + 2 * L); r13.intoArray(c, c1 + 3 * L);
    }

    private static void tile1x4(int i, int j, int k, float[] a, int aOff, int ars, int acs,
                                float[] b, int bOff, int ldb, float[] c, int cOff, int ldc) {
        int c0 = cOff + i * ldc + j;
        FloatVector r0 = FloatVector.fromArray(S, c, c0), r1 = FloatVector.fromArray(S, c, c0 + L),
                r2 = FloatVector.fromArray(S, c, c0 + 2 * L), r3 = FloatVector.fromArray(S, c, c0 + 3 * L);
        int a0 = aOff + i * ars;
        int bj = bOff + j;
        for (int p = 0; p < k; p++) {
            int bp = bj + p * ldb;
            FloatVector x = FloatVector.broadcast(S, a[a0 + p * acs]);
            r0 = x.fma(FloatVector.fromArray(S, b, bp), r0);
            r1 = x.fma(FloatVector.fromArray(S, b, bp + L), r1);
            r2 = x.fma(FloatVector.fromArray(S, b, bp + 2 * L), r2);
            r3 = x.fma(FloatVector.fromArray(S, b, bp + 3 * L), r3);
        }
        r0.intoArray(c, c0); r1.intoArray(c, c0 + L); r2.intoArray(c, c0 + 2 * L); r3.intoArray(c, c0 + 3 * L);
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

    // For three taps and two filter vectors at a time, six accumulators live in registers for a whole
    // pass over the positions; dW is written once per pass instead of once per position. (Each pass
    // shape is its own method: a vector chosen by a condition would be boxed on the heap.) For the
    // windows other than 3×3 that SingleChannelTiles does in one pass.
    static void singleChannelWeightGradient(float[] x, int[] in, int[] out, int count, int[] tapOffset,
                                            float[] dy, int filters, float[] dw, int dwOff) {
        int taps = tapOffset.length;
        int vectorF = filters / L * L;
        int f = 0;
        for (; f + 2 * L <= vectorF; f += 2 * L) {
            int t = 0;
            for (; t + 3 <= taps; t += 3) dwThreeTapsTwoVectors(x, in, out, count, tapOffset, dy, filters, dw, dwOff, t, f);
            for (; t < taps; t++) {
                dwOneTapOneVector(x, in, out, count, tapOffset[t], dy, filters, dw, dwOff, t, f);
                dwOneTapOneVector(x, in, out, count, tapOffset[t], dy, filters, dw, dwOff, t, f + L);
            }
        }
        for (; f < vectorF; f += L) {
            for (int t = 0; t < taps; t++) dwOneTapOneVector(x, in, out, count, tapOffset[t], dy, filters, dw, dwOff, t, f);
        }
        // the few filters past the last whole vector, in scalar code
        for (int p = 0; p < count && vectorF < filters; p++) {
            for (int t = 0; t < taps; t++) {
                float v = x[in[p] + tapOffset[t]];
                for (int j = vectorF; j < filters; j++) dw[dwOff + t * filters + j] += v * dy[out[p] + j];
            }
        }
    }

    private static void dwThreeTapsTwoVectors(float[] x, int[] in, int[] out, int count, int[] tapOffset, float[] dy,
                                              int filters, float[] dw, int dwOff, int t0, int f) {
        int off0 = tapOffset[t0], off1 = tapOffset[t0 + 1], off2 = tapOffset[t0 + 2];
        FloatVector a00 = FloatVector.zero(S), a01 = FloatVector.zero(S), a10 = FloatVector.zero(S),
                a11 = FloatVector.zero(S), a20 = FloatVector.zero(S), a21 = FloatVector.zero(S);
        for (int p = 0; p < count; p++) {
            int base = in[p], o = out[p] + f;
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
        }
        int d = dwOff + t0 * filters + f;
        addInto(a00, dw, d);
        addInto(a01, dw, d + L);
        addInto(a10, dw, d + filters);
        addInto(a11, dw, d + filters + L);
        addInto(a20, dw, d + 2 * filters);
        addInto(a21, dw, d + 2 * filters + L);
    }

    private static void dwOneTapOneVector(float[] x, int[] in, int[] out, int count, int off, float[] dy,
                                          int filters, float[] dw, int dwOff, int t, int f) {
        FloatVector acc = FloatVector.zero(S);
        for (int p = 0; p < count; p++) {
            acc = FloatVector.broadcast(S, x[in[p] + off]).fma(FloatVector.fromArray(S, dy, out[p] + f), acc);
        }
        addInto(acc, dw, dwOff + t * filters + f);
    }

    private static void addInto(FloatVector v, float[] a, int i) {
        FloatVector.fromArray(S, a, i).add(v).intoArray(a, i);
    }

    /** Sum of a (four vector accumulators, so loads, not adds, set the pace). */
    static float sumLoop(float[] a) {
        FloatVector s0 = FloatVector.zero(S), s1 = s0, s2 = s0, s3 = s0;
        int i = 0;
        for (int upper = a.length - 4 * L; i <= upper; i += 4 * L) {
            s0 = s0.add(FloatVector.fromArray(S, a, i));
            s1 = s1.add(FloatVector.fromArray(S, a, i + L));
            s2 = s2.add(FloatVector.fromArray(S, a, i + 2 * L));
            s3 = s3.add(FloatVector.fromArray(S, a, i + 3 * L));
        }
        float s = s0.add(s1).add(s2).add(s3).reduceLanes(jdk.incubator.vector.VectorOperators.ADD);
        for (; i < a.length; i++) s += a[i];
        return s;
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
