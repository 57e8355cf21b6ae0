package org.convscope.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.convscope.engine.TestArrays;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.optim.Optimizer;
import org.convscope.engine.optim.OptimizerConfig;
import org.convscope.engine.reference.ReferenceNetwork;
import org.convscope.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * Splitting a batch across threads changes only the order of float additions: gradients, losses
 * and weights after each step match the single-threaded run, and the summed gradient is the
 * reference network's batch-mean gradient.
 */
class DataParallelTest {
    private static final ModelSpec SPEC = ModelSpec.course();
    private static final int N = 7; // odd: the two workers get 3 and 4 examples

    @Test
    void twoThreadsTakeTheSameStepsAsOne() {
        SplittableRandom rng = new SplittableRandom(17);
        float[] xNchw = TestArrays.uniform(rng, N * SPEC.input().size(), 0, 1); // x: [N,1,28,28]
        float[] x = Tensor.fromNchw(N, SPEC.input(), xNchw).data();           // x: [N,28,28,1], as trainStep takes it
        int[] labels = rng.ints(N, 0, 10).toArray();
        Sequential one = Sequential.build(SPEC, 5), two = Sequential.build(SPEC, 5);
        float[] initial = one.exportWeights();
        Optimizer adamOne = Optimizer.create(OptimizerConfig.adam(), one.paramCount());
        Optimizer adamTwo = Optimizer.create(OptimizerConfig.adam(), two.paramCount());
        try (DataParallel single = new DataParallel(one, 1); DataParallel dual = new DataParallel(two, 2)) {
            assertEquals(2, dual.threads());
            for (int step = 0; step < 3; step++) {
                float[] before = two.exportWeights();
                StepResult a = single.trainStep(x, labels, N, adamOne);
                StepResult b = dual.trainStep(x, labels, N, adamTwo);
                assertEquals(a.loss(), b.loss(), 1e-5 * a.loss(), "loss at step " + step);
                assertEquals(a.correct(), b.correct());
                TestArrays.assertClose(TestArrays.toDouble(one.exportGrads()), two.exportGrads(), N * 26 * 26, 1e-6, "gradients at step " + step);
                TestArrays.assertClose(TestArrays.toDouble(one.exportWeights()), two.exportWeights(), 1, 1e-5, "weights after step " + step);
                // at every step's weights, not only the initial ones
                assertMatchesReference(before, xNchw, labels, b.loss(), two.exportGrads(), step);
            }
        }
        assertTrue(maxAbsDifference(initial, two.exportWeights()) > 1e-3, "the steps changed the weights");
    }

    @Test
    void aBatchSmallerThanTheThreadsLeavesAWorkerIdle() {
        ModelSpec spec = ModelSpec.parse("c4k3-p2-f-d10");
        float[] x = TestArrays.uniform(new SplittableRandom(3), spec.input().size(), 0, 1);
        Sequential one = Sequential.build(spec, 9), two = Sequential.build(spec, 9);
        try (DataParallel single = new DataParallel(one, 1); DataParallel dual = new DataParallel(two, 2)) {
            for (int step = 0; step < 2; step++) {
                StepResult a = single.trainStep(x, new int[] {4}, 1, Optimizer.create(OptimizerConfig.sgd(0.1, 0), one.paramCount()));
                StepResult b = dual.trainStep(x, new int[] {4}, 1, Optimizer.create(OptimizerConfig.sgd(0.1, 0), two.paramCount()));
                assertEquals(a.loss(), b.loss(), 1e-6 * a.loss());
                TestArrays.assertClose(TestArrays.toDouble(one.exportGrads()), two.exportGrads(), 1, 1e-6, "gradients");
            }
        }
    }

    private static void assertMatchesReference(float[] weights, float[] xNchw, int[] labels, double loss, float[] grads, int step) {
        ReferenceNetwork.Result r = ReferenceNetwork.of(SPEC).evaluate(TestArrays.toDouble(weights), TestArrays.toDouble(xNchw), N, labels);
        assertEquals(r.loss(), loss, 1e-5 * r.loss(), "loss at step " + step);
        TestArrays.assertClose(r.paramGrads(), grads, N * 26 * 26, 1e-6, "summed gradients vs reference at step " + step);
    }

    private static double maxAbsDifference(float[] a, float[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
        return m;
    }
}
