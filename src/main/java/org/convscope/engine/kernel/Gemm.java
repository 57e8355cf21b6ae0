package org.convscope.engine.kernel;

/**
 * Single-precision matrix product, the engine's workhorse: {@code C[M×N] = A[M×K] · B[K×N]}
 * (or {@code +=}). B and C are row-major with leading dimensions {@code ldb}, {@code ldc}; A is
 * read through two strides, so a transposed A costs nothing: element (i, p) of A is
 * {@code a[aOff + i*aRowStride + p*aColStride]}.
 */
public final class Gemm {
    private Gemm() {
    }

    public static void gemm(int m, int n, int k,
                            float[] a, int aOff, int aRowStride, int aColStride,
                            float[] b, int bOff, int ldb,
                            float[] c, int cOff, int ldc, boolean accumulate) {
        if (m <= 0 || n <= 0) return;
        if (!accumulate) {
            for (int i = 0; i < m; i++) java.util.Arrays.fill(c, cOff + i * ldc, cOff + i * ldc + n, 0f);
        }
        if (k <= 0) return;
        if (Simd.available()) {
            VectorKernels.gemmAccumulate(m, n, k, a, aOff, aRowStride, aColStride, b, bOff, ldb, c, cOff, ldc);
        } else {
            ScalarKernels.gemmAccumulate(m, n, k, a, aOff, aRowStride, aColStride, b, bOff, ldb, c, cOff, ldc);
        }
    }
}
