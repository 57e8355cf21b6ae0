package org.convscope.engine.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.convscope.engine.TestArrays;
import org.junit.jupiter.api.Test;

/** Adam and SGD against their Keras update rules worked in double precision. */
class OptimizerTest {
    private static final int N = 37;
    private static final double B1 = 0.9, B2 = 0.999, EPS = 1e-7;

    /** Keras' Adam in double: α_t = lr·√(1−β2^t)/(1−β1^t); w −= α_t·m/(√v + ε). */
    private static final class AdamReference {
        final double[] m = new double[N], v = new double[N];
        int t;

        void step(double[] w, float[] g, double lr) {
            t++;
            double alpha = lr * Math.sqrt(1 - Math.pow(B2, t)) / (1 - Math.pow(B1, t));
            for (int i = 0; i < N; i++) {
                m[i] = B1 * m[i] + (1 - B1) * g[i];
                v[i] = B2 * v[i] + (1 - B2) * g[i] * g[i];
                w[i] -= alpha * m[i] / (Math.sqrt(v[i]) + EPS);
            }
        }
    }

    /** Keras' SGD in double: v = μv − lr·g; w += v (μ = 0: w −= lr·g). */
    private static final class SgdReference {
        final double[] velocity = new double[N];

        void step(double[] w, float[] g, double lr, double momentum) {
            for (int i = 0; i < N; i++) {
                velocity[i] = momentum * velocity[i] - lr * g[i];
                w[i] += velocity[i];
            }
        }
    }

    private static void step(Optimizer opt, float[] w, float[] g) {
        opt.beginStep();
        opt.update(w, g, 0, 20); // in two ranges, as the worker threads call it
        opt.update(w, g, 20, N);
    }

    @Test
    void adamFollowsKerasForSeveralSteps() {
        SplittableRandom rng = new SplittableRandom(1);
        float[] w = TestArrays.uniform(rng, N, -1, 1);
        double[] expected = TestArrays.toDouble(w);
        Optimizer adam = Optimizer.create(OptimizerConfig.adam(0.01), N);
        AdamReference ref = new AdamReference();
        for (int t = 1; t <= 6; t++) {
            float[] g = TestArrays.uniform(rng, N, -2, 2);
            if (t == 3) g[0] = 0; // a zero gradient still moves w through the momentum
            step(adam, w, g);
            ref.step(expected, g, 0.01);
            TestArrays.assertClose(expected, w, 1, 1e-6, "weights after step " + t);
            assertEquals(t, adam.steps());
        }
    }

    @Test
    void adamAddsEpsilonToTheSquareRoot() {
        // gradients near ε: √v ≈ ε, so √v + ε and √(v + ε) give steps a hundred times apart
        SplittableRandom rng = new SplittableRandom(6);
        float[] w = new float[N];
        double[] expected = new double[N];
        Optimizer adam = Optimizer.create(OptimizerConfig.adam(0.01), N);
        AdamReference ref = new AdamReference();
        for (int t = 1; t <= 3; t++) {
            float[] g = TestArrays.uniform(rng, N, -3e-6, 3e-6);
            step(adam, w, g);
            ref.step(expected, g, 0.01);
            TestArrays.assertClose(expected, w, 1, 1e-5, "weights after step " + t);
        }
        assertTrue(TestArrays.rms(expected) > 1e-3, "ε did not swallow the steps");
    }

    @Test
    void adamFirstStepMovesEachWeightByAboutTheLearningRate() {
        // t = 1: m = 0.1g, v = 0.001g², α = lr·√0.001/0.1, so the step is lr·sign(g) (up to ε)
        Optimizer adam = Optimizer.create(OptimizerConfig.adam(0.01), 2);
        float[] w = {1, 1};
        adam.beginStep();
        adam.update(w, new float[] {3, -0.5f}, 0, 2);
        assertEquals(0.99f, w[0], 1e-6f);
        assertEquals(1.01f, w[1], 1e-6f);
    }

    @Test
    void adamLearningRateChangeTakesEffectNextStep() {
        SplittableRandom rng = new SplittableRandom(2);
        float[] w = TestArrays.uniform(rng, N, -1, 1);
        double[] expected = TestArrays.toDouble(w);
        Optimizer adam = Optimizer.create(OptimizerConfig.adam(0.001), N);
        AdamReference ref = new AdamReference();
        float[] g1 = TestArrays.uniform(rng, N, -1, 1), g2 = TestArrays.uniform(rng, N, -1, 1);
        step(adam, w, g1);
        ref.step(expected, g1, 0.001);
        adam.setLearningRate(0.1);
        assertEquals(0.1, adam.config().learningRate());
        step(adam, w, g2);
        ref.step(expected, g2, 0.1);
        TestArrays.assertClose(expected, w, 1, 1e-6, "weights after the change");
    }

    @Test
    void plainSgd() {
        SplittableRandom rng = new SplittableRandom(3);
        float[] w = TestArrays.uniform(rng, N, -1, 1);
        double[] expected = TestArrays.toDouble(w);
        Optimizer sgd = Optimizer.create(OptimizerConfig.sgd(0.05, 0), N);
        SgdReference ref = new SgdReference();
        for (int t = 1; t <= 4; t++) {
            float[] g = TestArrays.uniform(rng, N, -2, 2);
            step(sgd, w, g);
            ref.step(expected, g, 0.05, 0);
            TestArrays.assertClose(expected, w, 1, 1e-6, "weights after step " + t);
        }
    }

    @Test
    void sgdWithMomentumAndALearningRateChange() {
        SplittableRandom rng = new SplittableRandom(4);
        float[] w = TestArrays.uniform(rng, N, -1, 1);
        double[] expected = TestArrays.toDouble(w);
        Optimizer sgd = Optimizer.create(OptimizerConfig.sgd(0.05, 0.9), N);
        SgdReference ref = new SgdReference();
        for (int t = 1; t <= 5; t++) {
            double lr = t <= 2 ? 0.05 : 0.2;
            if (t == 3) sgd.setLearningRate(0.2);
            float[] g = TestArrays.uniform(rng, N, -2, 2);
            step(sgd, w, g);
            ref.step(expected, g, lr, 0.9);
            TestArrays.assertClose(expected, w, 1, 1e-6, "weights after step " + t);
        }
    }

    @Test
    void restoredStateContinuesTheSameRun() {
        SplittableRandom rng = new SplittableRandom(5);
        float[] w = TestArrays.uniform(rng, N, -1, 1);
        Optimizer adam = Optimizer.create(OptimizerConfig.adam(0.01), N);
        for (int t = 0; t < 3; t++) step(adam, w, TestArrays.uniform(rng, N, -1, 1));
        Optimizer resumed = Optimizer.create(OptimizerConfig.adam(0.01), N);
        resumed.restore(adam.steps(), adam.state());
        float[] w2 = w.clone(), g = TestArrays.uniform(rng, N, -1, 1);
        step(adam, w, g);
        step(resumed, w2, g);
        for (int i = 0; i < N; i++) assertEquals(w[i], w2[i]);
    }
}
