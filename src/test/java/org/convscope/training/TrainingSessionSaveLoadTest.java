package org.convscope.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.convscope.data.DatasetKind;
import org.convscope.engine.io.ModelFile;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.optim.OptimizerConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's save and load: a model taken from a live session, written, read and given to another session. */
class TrainingSessionSaveLoadTest {
    private static final ModelSpec TINY = ModelSpec.parse("c4k3-p2-f-d10");
    private final List<TrainingSession> sessions = new ArrayList<>();
    @TempDir
    Path dir;

    /** Collects everything one session publishes. */
    private static final class Watch {
        final SnapshotMailbox mailbox = new SnapshotMailbox();
        final List<BatchPoint> points = new ArrayList<>();
        final List<EpochMetrics> epochs = new ArrayList<>();
        TrainingSnapshot last;
        float[] weights;
        Predictions predictions;

        TrainingSnapshot await(Predicate<TrainingSnapshot> done) throws InterruptedException {
            long end = System.nanoTime() + 20_000_000_000L;
            while (System.nanoTime() < end) {
                SnapshotMailbox.Drained d = mailbox.drain();
                if (d != null && d.reset()) {
                    points.clear();
                    epochs.clear();
                }
                if (d != null && d.snapshot() != null) {
                    last = d.snapshot();
                    points.addAll(last.newBatchPoints());
                    epochs.addAll(last.newEpochs());
                    if (last.weights() != null) weights = last.weights();
                    if (last.predictions() != null) predictions = last.predictions();
                    if (done.test(last)) return last;
                }
                Thread.sleep(2);
            }
            throw new AssertionError("timed out; last snapshot " + last);
        }
    }

    private static SessionConfig config() {
        return new SessionConfig(DatasetKind.MNIST, TINY, new TrainConfig(2, 32, OptimizerConfig.adam(), 9, 320, 0, true), 2,
                new int[] {0, 1, 2, 3, 4});
    }

    private TrainingSession session(SessionConfig c, Watch w) {
        TrainingSession s = new TrainingSession(c, w.mailbox);
        sessions.add(s);
        return s;
    }

    @AfterEach
    void close() {
        sessions.forEach(TrainingSession::close);
    }

    private static void steps(TrainingSession s, int n) {
        for (int i = 0; i < n; i++) s.step();
    }

    @Test
    void resumedSessionContinuesTheSameLossCurveAndEpochs() throws Exception {
        Watch straight = new Watch();
        steps(session(config(), straight), 25);
        straight.await(s -> s.step() == 25 && s.state() == SessionState.PAUSED);

        Watch first = new Watch();
        TrainingSession a = session(config(), first);
        steps(a, 13);
        SavedModel live = a.requestSavedModel().get(20, TimeUnit.SECONDS);
        first.await(s -> s.step() == 13 && s.state() == SessionState.PAUSED);
        Path file = dir.resolve("lesson.cnn.zip");
        ModelFile.write(file, live);
        SavedModel saved = ModelFile.read(file);
        assertEquals(13, saved.training().steps());
        assertEquals(1, saved.training().history().size(), "one epoch complete");
        assertEquals(3, saved.training().inProgress().batches());

        Watch second = new Watch();
        TrainingSession b = session(config().withSpec(ModelSpec.parse("c2k5-f-d10")), second); // loading replaces it
        b.load(saved, config());
        TrainingSnapshot loaded = second.await(s -> s.step() == 13);
        assertEquals(SessionState.FINISHED, loaded.state(), "a trained model is kept; Start trains more");
        assertEquals(1, second.epochs.size(), "the saved epoch history is shown");
        assertEquals(figures(straight.epochs.get(0)), figures(second.epochs.get(0)));
        steps(b, 12);
        second.await(s -> s.step() == 25 && s.state() == SessionState.PAUSED);

        List<Double> expected = straight.points.stream().skip(13).map(BatchPoint::loss).toList();
        assertEquals(expected, second.points.stream().map(BatchPoint::loss).toList(), "the same loss, batch for batch");
        assertEquals(straight.points.subList(13, 25).stream().map(BatchPoint::epochPosition).toList(),
                second.points.stream().map(BatchPoint::epochPosition).toList(), "at the same places on the epoch axis");
        assertEquals(2, second.epochs.size());
        assertEquals(figures(straight.epochs.get(1)), figures(second.epochs.get(1)),
                "the interrupted epoch's means count the batches from before the save");
    }

    // what was measured; the time and speed differ between runs
    private static List<Double> figures(EpochMetrics m) {
        return List.of((double) m.epoch(), m.trainLoss(), m.trainAccuracy(), m.testLoss(), m.testAccuracy());
    }

    @Test
    void saveThenLoadGivesIdenticalWeightsAndPredictions() throws Exception {
        Watch w = new Watch();
        TrainingSession a = session(config(), w);
        steps(a, 7);
        SavedModel live = a.requestSavedModel().get(20, TimeUnit.SECONDS);
        TrainingSnapshot at7 = w.await(s -> s.step() == 7 && s.state() == SessionState.PAUSED && s.weights() != null);
        float[] weights = w.weights;
        Predictions predictions = w.predictions;
        assertNotNull(predictions);
        assertEquals(7, at7.step());

        Path file = dir.resolve("m.cnn.zip");
        ModelFile.write(file, live);
        Watch v = new Watch();
        TrainingSession b = session(config(), v);
        b.load(ModelFile.read(file), config());
        v.await(s -> s.step() == 7 && s.weights() != null && s.predictions() != null);
        assertArrayEquals(weights, v.weights, "the same parameters, bit for bit");
        assertArrayEquals(predictions.predicted(), v.predictions.predicted());
        assertArrayEquals(predictions.confidence(), v.predictions.confidence(), "the same probabilities");
    }

    @Test
    void savingWhileRunningWaitsForTheBatchInProgress() throws Exception {
        Watch w = new Watch();
        TrainingSession a = session(new SessionConfig(DatasetKind.MNIST, TINY,
                new TrainConfig(50, 32, OptimizerConfig.adam(), 9, 60_000, 0, true), 2, new int[] {0}), w);
        a.start();
        w.await(s -> s.step() >= 10);
        SavedModel live = a.requestSavedModel().get(20, TimeUnit.SECONDS);
        assertTrue(live.training().steps() >= 10);
        assertEquals(live.training().steps(), live.optimizer().steps(), "weights and optimizer from the same moment");
        a.close();
        assertTrue(a.requestSavedModel().isCompletedExceptionally(), "a closed session says so at once");
    }
}
