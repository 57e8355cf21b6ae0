package org.convscope.training.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.convscope.data.DatasetKind;
import org.convscope.engine.model.Sequential;
import org.convscope.training.Run;
import org.junit.jupiter.api.Test;

/** The runner trains every arm alike, as its preset says, on a tiny subset. */
class ExperimentRunnerTest {
    private static final ExperimentSettings TINY = new ExperimentSettings(DatasetKind.MNIST, 96, 2, 32, 7, 2, 200);

    @Test
    void armsAreTrainedWithTheSharedSettingsAndTheirOwnArchitectureAndOptimizer() {
        List<ExperimentRunner.Progress> progress = new ArrayList<>();
        List<Run> done = new ArrayList<>();
        List<Run> runs = ExperimentRunner.run(ExperimentPreset.LEARNING_RATE, TINY, new ExperimentRunner.Listener() {
            @Override
            public void progress(ExperimentRunner.Progress p) {
                progress.add(p);
            }

            @Override
            public void armDone(int index, Run run) {
                done.add(run);
            }
        }, () -> false, 0);
        assertEquals(runs, done);
        assertEquals(3, runs.size());
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            ExperimentArm arm = ExperimentPreset.LEARNING_RATE.arms().get(i);
            assertEquals(arm.name(), r.name());
            assertTrue(r.isArm("lr", arm.id()));
            assertEquals("mnist", r.dataset());
            assertEquals(arm.spec(), r.spec());
            assertEquals(arm.optimizer(), r.settings().optimizer(), "the arm's own optimizer");
            assertEquals(96, r.settings().limit());
            assertEquals(32, r.settings().batchSize());
            assertEquals(7, r.settings().seed());
            assertEquals(93_322, r.params());
            assertEquals(2, r.epochs().size());
            assertEquals(6, r.curve().size(), "3 batches of 32 in each of 2 epochs");
            assertEquals(6, r.curve().get(5).step());
            assertEquals(93_322, r.weights().length);
            for (var e : r.epochs()) {
                double tested = e.testAccuracy() * 200;
                assertEquals(Math.rint(tested), tested, 1e-9, "a count of the 200 test images");
            }
        }
        // the same seed: every arm starts from the same weights, so the rate alone tells them apart
        assertTrue(runs.get(0).epochs().get(0).trainLoss() != runs.get(2).epochs().get(0).trainLoss());
        assertEquals(0, progress.get(0).step());
        assertEquals(1.0, progress.get(progress.size() - 1).fraction(), 1e-12);
        for (int i = 1; i < progress.size(); i++) assertTrue(progress.get(i).fraction() >= progress.get(i - 1).fraction());
    }

    @Test
    void theWeightsKeptAreTheTrainedNetworks() {
        Run r = ExperimentRunner.run(ExperimentPreset.DEPTH, TINY, p -> { }, () -> false, 0).get(0);
        float[] initial = Sequential.build(r.spec(), 7).params();
        assertNotNull(r.weights());
        assertEquals(initial.length, r.weights().length);
        assertTrue(!java.util.Arrays.equals(initial, r.weights()), "trained, not as initialised");
        // the same settings again give the same weights: the arms are reproducible
        Run again = ExperimentRunner.run(ExperimentPreset.DEPTH, TINY, p -> { }, () -> false, 0).get(0);
        assertArrayEquals(r.weights(), again.weights());
    }

    @Test
    void cancellingStopsBetweenBatches() {
        AtomicInteger batches = new AtomicInteger();
        assertThrows(CancellationException.class, () -> ExperimentRunner.run(ExperimentPreset.OPTIMIZER, TINY,
                p -> batches.incrementAndGet(), () -> batches.get() > 2, 0));
        assertEquals(3, batches.get(), "the start, then two batches; none after the cancel");
    }
}
