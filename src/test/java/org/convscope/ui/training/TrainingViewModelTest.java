package org.convscope.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.convscope.data.DatasetKind;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.io.TrainingInfo;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.training.BatchPoint;
import org.convscope.training.EpochMetrics;
import org.convscope.training.PretrainedModels;
import org.convscope.training.SessionState;
import org.convscope.training.TrainingSession;
import org.convscope.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The training view-model without any window: an immediate task runner and pulses by hand. */
class TrainingViewModelTest {
    private TrainingViewModel vm;
    private final List<BatchPoint> points = new ArrayList<>();
    private final List<EpochMetrics> epochs = new ArrayList<>();
    private int resets;

    @BeforeEach
    void create() {
        vm = new TrainingViewModel(TaskRunner.immediate(), TrainingSession::new, 640, 2);
        vm.specProperty().set(ModelSpec.parse("c4k3-p2-f-d10"));
        vm.addChartSink(new ChartSink() {
            @Override
            public void batchPoints(List<BatchPoint> p) {
                points.addAll(p);
            }

            @Override
            public void epoch(EpochMetrics m) {
                epochs.add(m);
            }

            @Override
            public void reset() {
                resets++;
                points.clear();
                epochs.clear();
            }
        });
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
    void samplesShowOneImagePerClassAndTheProbeStrip() {
        assertEquals(10, vm.samples().size());
        for (int c = 0; c < 10; c++) assertEquals(c, vm.samples().get(c).label());
        assertEquals(TrainingViewModel.PROBE_COUNT, vm.probes().size());
        assertEquals(7, vm.probes().get(0).label(), "MNIST's first test image is a 7");
        vm.datasetProperty().set(DatasetKind.FASHION_MNIST);
        assertEquals(9, vm.probes().get(0).label(), "Fashion-MNIST's first test image is an ankle boot");
    }

    @Test
    void startStepPauseAndRunToTheEnd() throws Exception {
        vm.epochsProperty().set(2);
        pulseUntil(() -> vm.totalEpochsProperty().get() == 2 && vm.stateProperty().get() == SessionState.READY);
        assertTrue(vm.settingsEditable().get());
        vm.step();
        pulseUntil(() -> vm.stepProperty().get() == 1);
        assertEquals(SessionState.PAUSED, vm.stateProperty().get());
        assertFalse(vm.settingsEditable().get(), "no model change in the middle of a run");
        vm.startOrPause();
        pulseUntil(() -> vm.stateProperty().get() == SessionState.FINISHED);
        assertEquals(40, vm.stepProperty().get());
        assertEquals(40, points.size(), "every batch reached the charts");
        assertEquals(2, epochs.size());
        assertEquals(1.0, vm.runProgressProperty().get(), 1e-9);
        assertNotNull(vm.lastEpochProperty().get());
        assertNotNull(vm.predictionsProperty().get());
        assertNotNull(vm.weightsProperty().get());
        assertTrue(vm.settingsEditable().get());
    }

    @Test
    void changingTheLearningRateWhileRunningKeepsTheRun() throws Exception {
        vm.epochsProperty().set(50);
        vm.startOrPause();
        pulseUntil(() -> vm.stepProperty().get() > 3);
        int resetsBefore = resets;
        vm.learningRateProperty().set(0.02);
        pulseUntil(() -> vm.stepProperty().get() > 10);
        // the optimizer the session trains with, read on its own thread between two batches
        SavedModel live = vm.requestSavedModel().get(20, TimeUnit.SECONDS);
        assertEquals(0.02, live.optimizer().config().learningRate(), 1e-12, "the session trains at the new rate");
        assertEquals(resetsBefore, resets, "no reset");
        vm.startOrPause();
        pulseUntil(() -> vm.stateProperty().get() == SessionState.PAUSED);
    }

    @Test
    void resetClearsTheCharts() throws Exception {
        vm.startOrPause();
        pulseUntil(() -> vm.stepProperty().get() > 3);
        vm.reset();
        pulseUntil(() -> vm.stateProperty().get() == SessionState.READY && vm.stepProperty().get() == 0);
        assertTrue(points.isEmpty());
    }

    @Test
    void divergenceShowsTheReason() throws Exception {
        vm.optimizerProperty().set(org.convscope.engine.optim.OptimizerConfig.Kind.SGD);
        vm.learningRateProperty().set(1e30);
        vm.startOrPause();
        pulseUntil(() -> vm.divergenceProperty().get() != null);
        assertEquals(SessionState.PAUSED, vm.stateProperty().get(), "a NaN loss pauses training");
        assertEquals(1e30, vm.divergenceProperty().get().learningRate());
        assertTrue(vm.canStep().get(), "paused, not failed: training can go on");
    }

    @Test
    void startsFromThePretrainedModelUntilResetAndAgainForAnotherDataset() throws Exception {
        vm.shutdown();
        ModelSpec tiny = ModelSpec.parse("c4k3-p2-f-d10");
        SavedModel mnist = saved(tiny, DatasetKind.MNIST, 99);
        SavedModel fashion = saved(tiny, DatasetKind.FASHION_MNIST, 98);
        PretrainedModels shipped = (kind, spec) -> !spec.equals(tiny) ? null : kind == DatasetKind.MNIST ? mnist : fashion;
        vm = new TrainingViewModel(TaskRunner.immediate(), TrainingSession::new, 640, 2, shipped);
        assertEquals(DatasetKind.MNIST, vm.datasetProperty().get(), "the app opens on MNIST");
        vm.specProperty().set(tiny);
        pulseUntil(() -> vm.startedFromProperty().get() == mnist);
        float[] weights = vm.weightsProperty().get().params();
        assertTrue(java.util.Arrays.equals(mnist.toSequential().params(), weights), "the pretrained weights are shown");

        vm.reset();
        pulseUntil(() -> vm.startedFromProperty().get() == null);
        vm.epochsProperty().set(3); // a later settings change must not bring the pretrained model back
        pulseUntil(() -> vm.totalEpochsProperty().get() == 3);
        assertNull(vm.startedFromProperty().get());

        vm.datasetProperty().set(DatasetKind.FASHION_MNIST);
        pulseUntil(() -> vm.startedFromProperty().get() == fashion);
        vm.seedProperty().set(5);
        pulseUntil(() -> vm.startedFromProperty().get() == null);
    }

    private static SavedModel saved(ModelSpec spec, DatasetKind kind, long seed) {
        return SavedModel.of(org.convscope.engine.model.Sequential.build(spec, seed), kind.classNames(java.util.Locale.ENGLISH),
                kind.id(), TrainingInfo.empty());
    }
}
