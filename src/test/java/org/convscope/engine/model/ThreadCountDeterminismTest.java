package org.convscope.engine.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import org.convscope.engine.TestArrays;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.optim.Optimizer;
import org.convscope.engine.optim.OptimizerConfig;
import org.convscope.engine.parallel.WorkerPool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Training is bit for bit the same for a seed on 1, 2 or 3 threads: every loss and every weight
 * after each step, whichever worker took which chunk or which slice of the optimizer's work.
 */
class ThreadCountDeterminismTest {

    @ParameterizedTest(name = "{0}, batch {1}")
    @CsvSource({"course, 32", "course, 29", "c32k3-p2-c64k3-c64k3-p2-f-d64-d10, 13", "c8k5-ap2-f-d10, 5"})
    void sameBitsOnAnyNumberOfThreads(String arch, int n) {
        ModelSpec spec = ModelSpec.parse(arch);
        SplittableRandom rng = new SplittableRandom(arch.hashCode() + n);
        float[] x = TestArrays.uniform(rng, 4 * n * spec.input().size(), 0, 1); // four batches of x: [n,28,28,1]
        int[] labels = rng.ints(4 * n, 0, 10).toArray();
        float[][] weights = new float[3][];
        double[][] losses = new double[3][4];
        for (int threads = 1; threads <= 3; threads++) {
            try (WorkerPool pool = new WorkerPool(threads)) {
                weights[threads - 1] = trainFourSteps(spec, x, labels, n, pool, losses[threads - 1], step -> { });
            }
        }
        for (int t = 1; t < 3; t++) {
            assertArrayEquals(losses[0], losses[t], 0.0, (t + 1) + " threads: losses");
            assertArrayEquals(weights[0], weights[t], (t + 1) + " threads: weights");
        }
        assertEquals(false, Arrays.equals(weights[0], Sequential.build(spec, 21).params()), "the steps changed the weights");
    }

    @ParameterizedTest(name = "{0}, batch {1}")
    @CsvSource({"course, 32", "c8k5-ap2-f-d10, 5"})
    void sameBitsWhenTheWindowBorrowsACoreForSomeSteps(String arch, int n) {
        // the app lends the window a core at each refresh: those steps run on one worker fewer, mid-run
        ModelSpec spec = ModelSpec.parse(arch);
        SplittableRandom rng = new SplittableRandom(7 + n);
        float[] x = TestArrays.uniform(rng, 4 * n * spec.input().size(), 0, 1); // four batches of x: [n,28,28,1]
        int[] labels = rng.ints(4 * n, 0, 10).toArray();
        float[] alone, lending;
        try (WorkerPool pool = new WorkerPool(1)) {
            alone = trainFourSteps(spec, x, labels, n, pool, new double[4], step -> { });
        }
        try (WorkerPool pool = new WorkerPool(2)) {
            lending = trainFourSteps(spec, x, labels, n, pool, new double[4],
                    step -> pool.lendCore(step % 2 == 0 ? 60_000 : 0)); // steps 0 and 2 on the caller alone, 1 and 3 on both
        }
        assertArrayEquals(alone, lending, "2 threads lending a core on alternate steps against 1 thread");
    }

    // a model from seed 21 trained on the four batches of x on pool, beforeStep(step) run before each step: each step's
    // loss into losses[4], and the weights after the four
    private static float[] trainFourSteps(ModelSpec spec, float[] x, int[] labels, int n, WorkerPool pool,
            double[] losses, IntConsumer beforeStep) {
        Sequential model = Sequential.build(spec, 21);
        Optimizer adam = Optimizer.create(OptimizerConfig.adam(), model.paramCount());
        int size = n * spec.input().size();
        try (DataParallel dp = new DataParallel(model, pool)) {
            for (int step = 0; step < 4; step++) {
                beforeStep.accept(step);
                float[] batch = Arrays.copyOfRange(x, step * size, (step + 1) * size);
                losses[step] = dp.train(batch, Arrays.copyOfRange(labels, step * n, (step + 1) * n), n, adam);
            }
        }
        return model.params().clone();
    }
}
