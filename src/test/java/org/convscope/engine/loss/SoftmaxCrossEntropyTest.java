package org.convscope.engine.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.convscope.engine.TestArrays;
import org.convscope.engine.reference.ReferenceSoftmaxCrossEntropy;
import org.convscope.engine.tensor.Shape;
import org.convscope.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

/** The fast fused softmax + cross-entropy: known values, huge logits, and its gradient. */
class SoftmaxCrossEntropyTest {

    private static Tensor logits(float... z) {
        return new Tensor(1, Shape.vector(z.length), z);
    }

    private static double loss(Tensor z, int label) {
        return SoftmaxCrossEntropy.forwardBackward(z, new int[] {label}, 0, 1f, null).lossSum();
    }

    @Test
    void equalsMinusLogSoftmax() {
        assertEquals(Math.log(3), loss(logits(0, 0, 0), 1), 1e-12);
        double sum = Math.exp(1) + Math.exp(2) + Math.exp(3);
        assertEquals(-Math.log(Math.exp(3) / sum), loss(logits(1, 2, 3), 2), 1e-7); // 0.4076
        assertEquals(-Math.log(Math.exp(1) / sum), loss(logits(1, 2, 3), 0), 1e-7); // 2.4076
    }

    @Test
    void finiteForHugeLogits() {
        assertEquals(0, loss(logits(1e4f, 0, -1e4f), 0), 1e-12);
        assertEquals(1e4, loss(logits(1e4f, 0, -1e4f), 1), 1e-9);
        assertEquals(2e4, loss(logits(1e4f, 0, -1e4f), 2), 1e-9);
        Tensor d = new Tensor(1, Shape.vector(3));
        SoftmaxCrossEntropy.forwardBackward(logits(1e4f, 0, -1e4f), new int[] {2}, 0, 1f, d);
        assertEquals(1f, d.data()[0]);
        assertEquals(0f, d.data()[1]);
        assertEquals(-1f, d.data()[2]);
    }

    @Test
    void countsCorrectTopOnePredictions() {
        Tensor z = new Tensor(3, Shape.vector(2), new float[] {2, 1, 0, 5, 3, 3});
        // predictions 0, 1 and, for the tie, the first maximum: 0
        assertEquals(3, SoftmaxCrossEntropy.forwardBackward(z, new int[] {0, 1, 0}, 0, 1f, null).correct());
        assertEquals(2, SoftmaxCrossEntropy.forwardBackward(z, new int[] {0, 1, 1}, 0, 1f, null).correct());
        assertEquals(1, SoftmaxCrossEntropy.forwardBackward(z, new int[] {1, 1, 1}, 0, 1f, null).correct());
    }

    @Test
    void rejectsLabelsOutsideTheClasses() {
        assertThrows(IllegalArgumentException.class, () -> loss(logits(1, 2), 2));
    }

    @Test
    void gradientMatchesFiniteDifferencesAndTheReference() {
        int n = 4, k = 6;
        SplittableRandom rng = new SplittableRandom(11);
        float[] z = new float[n * k];
        // multiples of 1/256 within ±4: z ± h is exact in float for h = 1/256
        for (int i = 0; i < z.length; i++) z[i] = (rng.nextInt(2049) - 1024) / 256f;
        int[] labels = {5, 0, 3, 3};
        Tensor d = new Tensor(n, Shape.vector(k));
        double mean = SoftmaxCrossEntropy.forwardBackward(new Tensor(n, Shape.vector(k), z), labels, 0, 1f / n, d).lossSum() / n;
        assertEquals(ReferenceSoftmaxCrossEntropy.loss(TestArrays.toDouble(z), n, labels), mean, 1e-12);
        TestArrays.assertClose(ReferenceSoftmaxCrossEntropy.gradient(TestArrays.toDouble(z), n, labels), d.data(), 1, 1e-6, "dL/dz");
        float h = 1 / 256f;
        for (int i = 0; i < z.length; i++) {
            float[] plus = z.clone(), minus = z.clone();
            plus[i] += h;
            minus[i] -= h;
            double numeric = (meanLoss(plus, n, k, labels) - meanLoss(minus, n, k, labels)) / (2 * h);
            // central difference error ≈ h²/6·|f'''| ≤ 3e-6 here
            assertEquals(numeric, d.data()[i], 1e-5, "dL/dz[" + i + "]");
        }
        assertTrue(TestArrays.rms(TestArrays.toDouble(d.data())) > 1e-2);
    }

    private static double meanLoss(float[] z, int n, int k, int[] labels) {
        return SoftmaxCrossEntropy.forwardBackward(new Tensor(n, Shape.vector(k), z), labels, 0, 1f / n, null).lossSum() / n;
    }
}
