package org.convscope.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.SplittableRandom;
import org.convscope.engine.TestArrays;
import org.junit.jupiter.api.Test;

/**
 * The float GEMM against a plain double triple loop, over sizes chosen to hit every tail of the
 * register tiling (rows not a multiple of 4, columns not a multiple of the vector width or of
 * 4 vectors), A read both row-major and transposed, C at an offset inside a wider array. Values
 * of C outside its M×N window must survive untouched.
 */
class GemmTest {
    private static final float GUARD = -12345.5f;

    interface Kernel {
        void run(int m, int n, int k, float[] a, int aOff, int ars, int acs, float[] b, int bOff, int ldb,
                 float[] c, int cOff, int ldc, boolean accumulate);
    }

    /** The package's kernels, which always add into C. */
    interface Accumulator {
        void run(int m, int n, int k, float[] a, int aOff, int ars, int acs, float[] b, int bOff, int ldb,
                 float[] c, int cOff, int ldc);
    }

    @Test
    void dispatcherMatchesNaiveProduct() {
        randomCases(Gemm::gemm, 1);
    }

    @Test
    void scalarKernelMatchesNaiveProduct() {
        randomCases(accumulating(ScalarKernels::gemmAccumulate), 2);
    }

    @Test
    void vectorKernelMatchesNaiveProduct() {
        // tested even when -Dconvscope.scalar=true switches the dispatcher to the scalar kernel
        assertTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(),
                "tests run with --add-modules jdk.incubator.vector (see pom.xml)");
        randomCases(accumulating(VectorKernels::gemmAccumulate), 3);
    }

    @Test
    void wideProductsUseEveryTilePath() {
        // N ≥ 4 vectors: full 4×4 tiles, then single vectors, then a masked tail
        SplittableRandom rng = new SplittableRandom(4);
        for (int n : new int[] {64, 65, 79, 80, 127, 130}) {
            for (int m : new int[] {1, 4, 7}) check(Gemm::gemm, rng, m, n, 1 + rng.nextInt(40), rng.nextBoolean(), rng.nextBoolean());
        }
    }

    @Test
    void emptyInnerDimensionGivesZeroOrLeavesC() {
        float[] c = {1, 2, 3, 4};
        Gemm.gemm(2, 2, 0, new float[0], 0, 0, 1, new float[0], 0, 2, c, 0, 2, true);
        assertEquals(1, c[0]);
        Gemm.gemm(2, 2, 0, new float[0], 0, 0, 1, new float[0], 0, 2, c, 0, 2, false);
        for (float v : c) assertEquals(0, v);
    }

    /** The package's accumulate-only kernels, with the zeroing the dispatcher does for accumulate = false. */
    private static Kernel accumulating(Accumulator accumulateOnly) {
        return (m, n, k, a, aOff, ars, acs, b, bOff, ldb, c, cOff, ldc, accumulate) -> {
            if (!accumulate) for (int i = 0; i < m; i++) java.util.Arrays.fill(c, cOff + i * ldc, cOff + i * ldc + n, 0f);
            accumulateOnly.run(m, n, k, a, aOff, ars, acs, b, bOff, ldb, c, cOff, ldc);
        };
    }

    private static void randomCases(Kernel kernel, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        for (int t = 0; t < 150; t++) {
            check(kernel, rng, 1 + rng.nextInt(70), 1 + rng.nextInt(70), 1 + rng.nextInt(70), rng.nextBoolean(), rng.nextBoolean());
        }
    }

    private static void check(Kernel kernel, SplittableRandom rng, int m, int n, int k, boolean transposedA, boolean accumulate) {
        int lda = (transposedA ? m : k) + rng.nextInt(4);
        int ldb = n + rng.nextInt(4), ldc = n + rng.nextInt(4);
        int aOff = rng.nextInt(8), bOff = rng.nextInt(8), cOff = rng.nextInt(8);
        // A: m×k, stored row-major ([m][lda]) or transposed ([k][lda])
        float[] a = TestArrays.uniform(rng, aOff + (transposedA ? k : m) * lda, -1, 1);
        int ars = transposedA ? 1 : lda, acs = transposedA ? lda : 1;
        float[] b = TestArrays.uniform(rng, bOff + k * ldb, -1, 1); // B: [k][ldb]
        float[] c = new float[cOff + m * ldc + 5];                 // C: [m][ldc] at cOff, guards around
        java.util.Arrays.fill(c, GUARD);
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++) c[cOff + i * ldc + j] = (float) (rng.nextDouble() * 2 - 1);
        double[] expected = new double[m * n]; // expected: [m][n]
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++) {
                double s = accumulate ? c[cOff + i * ldc + j] : 0;
                for (int p = 0; p < k; p++) s += (double) a[aOff + i * ars + p * acs] * b[bOff + p * ldb + j];
                expected[i * n + j] = s;
            }

        kernel.run(m, n, k, a, aOff, ars, acs, b, bOff, ldb, c, cOff, ldc, accumulate);

        String what = m + "×" + n + "×" + k + (transposedA ? " Aᵀ" : "") + (accumulate ? " +=" : "");
        for (int i = 0; i < c.length; i++) {
            int r = (i - cOff) / ldc, j = (i - cOff) % ldc;
            boolean inside = i >= cOff && r < m && j < n;
            if (!inside && c[i] != GUARD) fail(what + ": wrote outside C at " + i);
            if (!inside) continue;
            double e = expected[r * n + j];
            // each product and sum rounds by ≤ 2⁻²⁴; √(k+1) of them, values ≲ 1
            if (Math.abs(c[i] - e) > 1e-6 * Math.sqrt(k + 1) * (1 + Math.abs(e))) {
                fail(what + ": C[" + r + "][" + j + "] = " + c[i] + ", expected " + e);
            }
        }
    }
}
