package org.convscope.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.convscope.engine.TestArrays;
import org.junit.jupiter.api.Test;

/**
 * The direct convolution's tiles for 16 registers (2 vectors of sums per position, see {@link Simd#vectorRegisters})
 * give the very bits of the 4-vector tiles that 32 registers hold: each sum takes the same products in the same
 * order, only fewer sums are held at once. One machine runs one of the two in training, so this is where the other
 * is checked against it; DirectConvMatchesReferenceTest checks the one in use against the reference.
 */
class NarrowTilesTest {
    private static final int L = DirectConvForward.L;
    private static final int F = 4 * L; // one tile's filters

    @Test
    void forwardSixPositionsInTwoHalves() {
        SplittableRandom rng = new SplittableRandom(5);
        int n = 37, ldw = 2 * F; // one run of 37 window values; W rows of a layer with 8 vectors of filters
        float[] x = TestArrays.uniform(rng, 400, -1, 1), w = TestArrays.uniform(rng, n * ldw + F, -1, 1);
        int[] o = {0, 7, 19, 33, 58, 61}, c = {0, F, 3 * F, 2 * F, 5 * F, 4 * F};
        float[] wide = TestArrays.uniform(rng, 6 * F, -1, 1), narrow = wide.clone();
        DirectConvForward.tile6(x, 3, o[1], o[2], o[3], o[4], o[5], n, w, F, ldw, wide, c[0], c[1], c[2], c[3], c[4], c[5]);
        for (int h = 0; h < F; h += 2 * L) {
            DirectConvForward.tile6x2(x, 3, o[1], o[2], o[3], o[4], o[5], n, w, F + h, ldw, narrow,
                    c[0] + h, c[1] + h, c[2] + h, c[3] + h, c[4] + h, c[5] + h);
        }
        assertArrayEquals(wide, narrow);
    }

    @Test
    void forwardFourPositionsInTwoHalves() {
        SplittableRandom rng = new SplittableRandom(6);
        int n = 11, ldw = F;
        float[] x = TestArrays.uniform(rng, 100, -1, 1), w = TestArrays.uniform(rng, n * ldw, -1, 1);
        float[] wide = TestArrays.uniform(rng, 4 * F, -1, 1), narrow = wide.clone();
        DirectConvForward.tile4(x, 1, 2, 30, 31, n, w, 0, ldw, wide, 3 * F, 0, F, 2 * F);
        for (int h = 0; h < F; h += 2 * L) {
            DirectConvForward.tile4x2(x, 1, 2, 30, 31, n, w, h, ldw, narrow, 3 * F + h, h, F + h, 2 * F + h);
        }
        assertArrayEquals(wide, narrow);
    }

    @Test
    void weightGradientInTwoHalves() {
        SplittableRandom rng = new SplittableRandom(7);
        int count = 29;
        int[] in = new int[count];
        for (int p = 0; p < count; p++) in[p] = 3 * p + rng.nextInt(3);
        float[] x = TestArrays.uniform(rng, 200, -1, 1), dy = TestArrays.uniform(rng, 10 + count * F, -1, 1);
        float[] wide = new float[6 * F], narrow = new float[6 * F];
        DirectConvWeightGrad.tile6(x, 2, 5, in, count, dy, 10, wide);
        DirectConvWeightGrad.tile6x2(x, 2, 5, in, count, dy, 10, narrow, 0);
        DirectConvWeightGrad.tile6x2(x, 2, 5, in, count, dy, 10, narrow, 2 * L);
        assertArrayEquals(wide, narrow);
        assertEquals(sumOfProducts(x, 2 + 5 + 1, in, count, dy, 10 + 3, F), narrow[F + 3], 1e-4, "row 1, filter 3");
    }

    @Test
    void windowGradientsInTwoBlocks() {
        SplittableRandom rng = new SplittableRandom(8);
        int filters = 13, k = 4 * L, ld = k + 5; // gradient rows of k window values, ld apart
        float[] dy = TestArrays.uniform(rng, 6 * filters, -1, 1), wT = TestArrays.uniform(rng, filters * k, -1, 1);
        // the same Wᵀ as two blocks of 2 vectors, each [F][2L], as packTransposed lays them out for 16 registers
        float[] halves = new float[filters * k];
        for (int f = 0; f < filters; f++) {
            for (int j = 0; j < k; j++) halves[(j / (2 * L)) * filters * 2 * L + f * 2 * L + j % (2 * L)] = wT[f * k + j];
        }
        float[] wide = new float[6 * ld], narrow = new float[6 * ld];
        int[] d = {0, filters, 2 * filters, 3 * filters, 4 * filters, 5 * filters};
        DirectConvInputGrad.tile6x4(dy, d[0], d[1], d[2], d[3], d[4], d[5], filters, wT, 0, wide, 0, ld, 2 * ld, 3 * ld, 4 * ld, 5 * ld);
        for (int b = 0; b < 2; b++) {
            int h = b * 2 * L;
            DirectConvInputGrad.tile6x2(dy, d[0], d[1], d[2], d[3], d[4], d[5], filters, halves, b * filters * 2 * L,
                    narrow, h, ld + h, 2 * ld + h, 3 * ld + h, 4 * ld + h, 5 * ld + h);
        }
        assertArrayEquals(wide, narrow);
    }

    // Σ_p x[xs + in[p]] · dy[d + p·F], in double: what one weight-gradient sum should be near
    private static float sumOfProducts(float[] x, int xs, int[] in, int count, float[] dy, int d, int stride) {
        double s = 0;
        for (int p = 0; p < count; p++) s += (double) x[xs + in[p]] * dy[d + p * stride];
        return (float) s;
    }
}
