package org.convscope.engine.kernel;

/** Plain-Java fallbacks for when the Vector API is not enabled; same contracts as {@link VectorKernels}. */
final class ScalarKernels {
    private ScalarKernels() {
    }

    static void gemmAccumulate(int m, int n, int k,
                               float[] a, int aOff, int ars, int acs,
                               float[] b, int bOff, int ldb,
                               float[] c, int cOff, int ldc) {
        for (int i = 0; i < m; i++) {
            int cRow = cOff + i * ldc;
            for (int p = 0; p < k; p++) {
                float av = a[aOff + i * ars + p * acs];
                if (av == 0f) continue;
                int bRow = bOff + p * ldb;
                for (int j = 0; j < n; j++) c[cRow + j] += av * b[bRow + j];
            }
        }
    }
}
