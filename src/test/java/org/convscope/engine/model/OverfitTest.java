package org.convscope.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.convscope.engine.TestArrays;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.optim.Optimizer;
import org.convscope.engine.optim.OptimizerConfig;
import org.junit.jupiter.api.Test;

/**
 * End to end: a small CNN memorises 64 random 28×28 images with random labels. Nothing but
 * correct gradients and a working optimizer gets the loss on noise to ~0.
 */
class OverfitTest {

    @Test
    void drivesTheLossOn64RandomImagesToNearZero() {
        ModelSpec spec = ModelSpec.parse("c8k3s2-p2-f-d32-d10");
        int n = 64, size = spec.input().size();
        SplittableRandom rng = new SplittableRandom(2718);
        float[] x = TestArrays.uniform(rng, n * size, 0, 1); // [N,28,28,1] (one channel: NHWC = NCHW)
        int[] labels = rng.ints(n, 0, 10).toArray();
        Sequential model = Sequential.build(spec, 31);
        Optimizer adam = Optimizer.create(OptimizerConfig.adam(0.01), model.paramCount());
        StepResult first = null, last = null;
        int steps = 0;
        try (DataParallel trainer = new DataParallel(model, 2)) {
            while (steps < 300 && (last == null || last.loss() >= 0.005)) {
                last = trainer.trainStep(x, labels, n, adam);
                if (first == null) first = last;
                steps++;
            }
        }
        assertTrue(first.loss() > 2, "starts near chance (ln 10 ≈ 2.3): " + first.loss());
        assertTrue(last.loss() < 0.01, "loss after " + steps + " steps: " + last.loss());
        assertEquals(n, last.correct(), "every training example classified right");
    }
}
