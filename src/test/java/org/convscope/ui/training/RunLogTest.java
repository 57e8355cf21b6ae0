package org.convscope.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.optim.OptimizerConfig;
import org.convscope.training.Run;
import org.convscope.training.SessionState;
import org.convscope.training.TrainingSession;
import org.convscope.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every run of the app is kept: the one in training follows it, a reset begins the next. */
class RunLogTest {
    private TrainingViewModel vm;

    @BeforeEach
    void create() {
        vm = new TrainingViewModel(TaskRunner.immediate(), TrainingSession::new, 320, 2);
        vm.specProperty().set(ModelSpec.parse("c4k3-p2-f-d10"));
    }

    @AfterEach
    void shutdown() {
        vm.shutdown();
    }

    private void pulseUntil(BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < end) {
            vm.pulse();
            if (done.getAsBoolean()) return;
            Thread.sleep(10);
        }
        throw new AssertionError("timed out in state " + vm.stateProperty().get() + ", step " + vm.stepProperty().get());
    }

    @Test
    void eachModelTrainedIsARunWithItsSettingsAndFigures() throws Exception {
        vm.epochsProperty().set(2);
        pulseUntil(() -> vm.totalEpochsProperty().get() == 2 && vm.stateProperty().get() == SessionState.READY);
        assertTrue(vm.runs().runs().isEmpty(), "nothing trained, no run");
        vm.startOrPause();
        pulseUntil(() -> vm.stateProperty().get() == SessionState.FINISHED);
        List<Run> runs = vm.runs().runs();
        assertEquals(1, runs.size());
        Run first = runs.get(0);
        assertEquals("Run 1", first.name());
        assertNull(first.experiment());
        assertEquals("mnist", first.dataset());
        assertEquals("c4k3-p2-f-d10", first.spec().toCompact());
        assertEquals(OptimizerConfig.adam(), first.settings().optimizer());
        assertEquals(32, first.settings().batchSize());
        assertEquals(320, first.settings().limit());
        assertEquals(1, first.settings().seed());
        assertEquals(ModelSpec.parse("c4k3-p2-f-d10").totalParams(), first.params());
        assertEquals(2, first.epochs().size());
        assertEquals(20, first.curve().size(), "10 batches per epoch");
        assertEquals(vm.history().epochs(), first.epochs());
        assertTrue(first.seconds() > 0 && first.imagesPerSecond() > 0);

        vm.seedProperty().set(2); // another seed: another model, so another run
        pulseUntil(() -> vm.stateProperty().get() == SessionState.READY && vm.stepProperty().get() == 0);
        vm.step();
        pulseUntil(() -> vm.runs().runs().size() == 2 && vm.stateProperty().get() == SessionState.PAUSED);
        assertEquals(first, vm.runs().runs().get(0), "the first run is kept as it ended");
        Run second = vm.runs().runs().get(1);
        assertEquals("Run 2", second.name());
        assertEquals(2, second.settings().seed());
        assertEquals(1, second.curve().size());
        assertTrue(second.epochs().isEmpty() && Double.isNaN(second.seconds()));
    }

    @Test
    void aRemovedRunStaysRemovedAndOpeningRunsReplacesThem() throws Exception {
        vm.startOrPause();
        pulseUntil(() -> vm.runs().runs().size() == 1);
        vm.runs().runs().clear();
        pulseUntil(() -> vm.stepProperty().get() > 3);
        vm.startOrPause();
        pulseUntil(() -> vm.stateProperty().get() == SessionState.PAUSED);
        assertTrue(vm.runs().runs().isEmpty());
        Run saved = org.convscope.training.Runs.appRun("Run 1");
        vm.runs().setAll(List.of(saved));
        vm.startOrPause();
        pulseUntil(() -> vm.runs().runs().size() == 2);
        assertEquals("Run 2", vm.runs().runs().get(1).name(), "training on after opening runs is a run of its own");
        vm.startOrPause();
        pulseUntil(() -> vm.stateProperty().get() != SessionState.RUNNING);
    }
}
