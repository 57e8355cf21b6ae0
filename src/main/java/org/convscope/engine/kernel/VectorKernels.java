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

    static void gemmAccumulate(int m, int n, int k,
                               float[] a, int aOff, int ars, int acs,
                               float[] b, int bOff, int ldb,
                               float[] c, int cOff, int ldc) {
        int i = 0;
        for (; i + 4 <= m; i += 4) {
            columns4(i, n, k, a, aOff, ars, acs, b, bOff, ldb, c, cOff, ldc);
        }
        for (; i < m; i++) {
            columns1(i, n, k, a, aOff, ars, acs, b, bOff, ldb, c, cOff, ldc);
        }
    }

    // Rows i..i+3 of C, all columns.
    private static void columns4(int i, int n, int k, float[] a, int aOff, int ars, int acs,
                                 float[] b, int bOff, int ldb, float[] c, int cOff, int ldc) {
        int j = 0;
        for (; j + 4 * L <= n; j += 4 * L) tile4x4(i, j, k, a, aOff, ars, acs, b, bOff, ldb, c, cOff, ldc);
        for (; j + L <= n; j += L) tile4x1(i, j, k, a, aOff, ars, acs, b, bOff, ldb, c, cOff, ldc);
        // masked loads are not intrinsified on every JDK: the ragged edge is done in scalar code
        for (int r = i; r < i + 4 && j < n; r++) scalarRow(r, j, n, k, a, aOff, ars, acs, b, bOff, ldb, c, cOff, ldc);
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

    // One row i of C, all columns.
    private static void columns1(int i, int n, int k, float[] a, int aOff, int ars, int acs,
                                 float[] b, int bOff, int ldb, float[] c, int cOff, int ldc) {
        int cRow = cOff + i * ldc;
        int a0 = aOff + i * ars;
        int j = 0;
        for (; j + L <= n; j += L) {
            FloatVector r = FloatVector.fromArray(S, c, cRow + j);
            for (int p = 0; p < k; p++) {
                FloatVector bv = FloatVector.fromArray(S, b, bOff + p * ldb + j);
                r = FloatVector.broadcast(S, a[a0 + p * acs]).fma(bv, r);
            }
            r.intoArray(c, cRow + j);
        }
        if (j < n) scalarRow(i, j, n, k, a, aOff, ars, acs, b, bOff, ldb, c, cOff, ldc);
    }
}
