package org.convscope.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.convscope.data.DatasetKind;
import org.convscope.data.Datasets;
import org.convscope.data.Split;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.io.TrainingInfo;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.DataParallel;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.optim.Optimizer;
import org.convscope.engine.optim.OptimizerConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The session's state machine and its snapshots, without any UI. */
class TrainingSessionTest {
    private static final ModelSpec TINY = ModelSpec.parse("c4k3-p2-f-d10");
    private final SnapshotMailbox mailbox = new SnapshotMailbox();
    private final List<BatchPoint> points = new ArrayList<>();
    private final List<EpochMetrics> epochs = new ArrayList<>();
    private TrainingSnapshot last;
    private int resets;
    private TrainingSession session;

    private static SessionConfig config(int epochs, int limit, OptimizerConfig opt) {
        TrainConfig t = new TrainConfig(epochs, 32, opt, 7, limit, 0, true);
        return new SessionConfig(DatasetKind.MNIST, TINY, t, 2, new int[] {0, 1, 2, 3});
    }

    @AfterEach
    void close() {
        if (session != null) session.close();
    }

    /** Drains the mailbox until {@code done} holds for the latest snapshot, collecting all points. */
    private TrainingSnapshot await(Predicate<TrainingSnapshot> done) throws InterruptedException {
        long end = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < end) {
            SnapshotMailbox.Drained d = mailbox.drain();
            if (d != null) {
                if (d.reset()) {
                    resets++;
                    points.clear();
                    epochs.clear();
                }
                if (d.snapshot() != null) {
                    last = d.snapshot();
                    points.addAll(last.newBatchPoints());
                    epochs.addAll(last.newEpochs());
                    if (done.test(last)) return last;
                }
            }
            Thread.sleep(5);
        }
        throw new AssertionError("timed out; last snapshot " + last);
    }

    @Test
    void startPauseStepResumeStopReset() throws Exception {
        session = new TrainingSession(config(50, 60_000, OptimizerConfig.adam()), mailbox);
        TrainingSnapshot s = await(x -> x.state() == SessionState.READY);
        assertEquals(0, s.step());
        assertNotNull(s.weights(), "a ready model is shown at once");

        session.start();
        await(x -> x.state() == SessionState.RUNNING && x.step() >= 20);
        session.pause();
        s = await(x -> x.state() == SessionState.PAUSED);
        long pausedAt = s.step();
        // Two round trips through the training thread, which answers between batches: had it gone on
        // training while paused, a batch would fall between them. (Sleeping could not tell.)
        for (int trip = 0; trip < 2; trip++) {
            SavedModel now = session.requestSavedModel().get(10, TimeUnit.SECONDS);
            assertEquals(pausedAt, now.training().steps(), "no batch while paused");
        }
        s = await(x -> true);
        assertEquals(SessionState.PAUSED, s.state());
        assertEquals(pausedAt, s.step());

        session.step();
        s = await(x -> x.state() == SessionState.PAUSED && x.step() > pausedAt);
        assertEquals(pausedAt + 1, s.step(), "Step trains exactly one batch");

        session.resume();
        await(x -> x.state() == SessionState.RUNNING && x.step() > pausedAt + 5);
        session.stop();
        s = await(x -> x.state() == SessionState.FINISHED);
        assertEquals(s.step(), points.size(), "every batch's point arrived, none twice");
        for (int i = 0; i < points.size(); i++) assertEquals(i + 1, points.get(i).step());

        session.reset();
        s = await(x -> x.state() == SessionState.READY);
        assertEquals(0, s.step());
        assertTrue(resets >= 2, "reset clears the history (once at launch, once now)");
    }

    @Test
    void runFinishesAfterItsEpochsWithTestFigures() throws Exception {
        session = new TrainingSession(config(2, 320, OptimizerConfig.adam()), mailbox);
        await(x -> x.state() == SessionState.READY);
        session.start();
        TrainingSnapshot s = await(x -> x.state() == SessionState.FINISHED);
        assertEquals(20, s.step());
        assertEquals(2, epochs.size());
        assertTrue(epochs.get(1).testAccuracy() > 0.3, "learns something: " + epochs.get(1));
        assertEquals(1.0, s.runProgress(), 1e-9);
        assertNotNull(s.predictions());
        assertEquals(4, s.predictions().size());

        session.start(); // a finished run trains another run of epochs
        s = await(x -> x.state() == SessionState.FINISHED && x.step() == 40);
        assertEquals(4, s.totalEpochs());
        assertEquals(4, epochs.size());
    }

    @Test
    void sessionGivesExactlyWhatTheSynchronousTrainerGives() throws Exception {
        SessionConfig c = config(1, 640, OptimizerConfig.adam());
        session = new TrainingSession(c, mailbox);
        session.start();
        await(x -> x.state() == SessionState.FINISHED);
        double sessionAccuracy = epochs.get(0).testAccuracy();

        Sequential model = Sequential.build(TINY, 7);
        try (DataParallel dp = new DataParallel(model, 1)) {
            Trainer t = new Trainer(dp, Optimizer.create(OptimizerConfig.adam(), model.paramCount()),
                    Datasets.load(DatasetKind.MNIST, Split.TRAIN), c.train());
            while (!t.finished()) t.trainBatch();
            Evaluation ev = t.evaluate(Datasets.load(DatasetKind.MNIST, Split.TEST), Integer.MAX_VALUE);
            assertEquals(ev.accuracy(), sessionAccuracy, 0.0, "same seed, same result, even on another thread count");
        }
    }

    @Test
    void learningRateChangesWithoutReset() throws Exception {
        session = new TrainingSession(config(50, 60_000, OptimizerConfig.adam()), mailbox);
        session.start();
        TrainingSnapshot s = await(x -> x.step() >= 5);
        session.setLearningRate(0.0123);
        long before = s.step();
        s = await(x -> x.learningRate() == 0.0123);
        assertTrue(s.step() >= before, "no reset: steps go on");
        assertEquals(1, resets, "only the launch cleared the history");
    }

    @Test
    void divergingLossPausesOnTheLastGoodWeightsWithTheReason() throws Exception {
        session = new TrainingSession(config(50, 60_000, OptimizerConfig.sgd(1e30, 0)), mailbox);
        float[] good = await(x -> x.weights() != null && x.state() == SessionState.READY).weights();
        TrainingSnapshot s = null;
        for (int i = 1; i <= 20; i++) { // one step at a time, keeping each step's weights, until the loss is NaN
            session.step();
            long want = i;
            s = await(x -> x.state() == SessionState.PAUSED && (x.step() == want || x.divergence() != null));
            if (s.divergence() != null) break;
            good = s.weights();
        }
        assertNotNull(s.divergence(), "a learning rate of 1e30 makes the loss NaN within 20 steps");
        assertEquals(SessionState.PAUSED, s.state(), "a NaN loss pauses training, it does not end it");
        assertEquals(s.step() + 1, s.divergence().step(), "the bad step is not counted");
        assertEquals(1e30, s.divergence().learningRate());
        assertTrue(s.divergence().message().contains("learning rate"), s.divergence().message());
        assertArrayEquals(good, s.weights(), "the bad step is never applied: the weights are the last good step's");
        // going on answers the notice and trains again (here the weights are too far gone: the next step is NaN
        // too, and says so with the new rate); Reset gives a fresh model without a notice
        session.setLearningRate(1e-3);
        session.step();
        s = await(x -> x.divergence() != null && x.divergence().learningRate() == 1e-3);
        assertEquals(SessionState.PAUSED, s.state());
        assertNull(s.message());
        session.reset();
        s = await(x -> x.state() == SessionState.READY);
        assertEquals(null, s.message());
        assertNull(s.divergence());
    }

    @Test
    void closingWhileRunningStopsTheThread() throws Exception {
        session = new TrainingSession(config(50, 60_000, OptimizerConfig.adam()), mailbox);
        session.start();
        await(x -> x.state() == SessionState.RUNNING && x.step() > 3);
        long t0 = System.nanoTime();
        session.close();
        assertFalse(session.isAlive());
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "closes promptly");
    }

    @Test
    void newDatasetRebuildsTheModelButNewEpochsDoNot() throws Exception {
        SessionConfig c = config(1, 320, OptimizerConfig.adam());
        session = new TrainingSession(c, mailbox);
        session.step();
        await(x -> x.step() == 1);
        session.configure(c.withTrain(c.train().withEpochs(3)));
        TrainingSnapshot s = await(x -> x.totalEpochs() == 3);
        assertEquals(1, s.step(), "more epochs keep the model");
        session.configure(c.withDataset(DatasetKind.FASHION_MNIST));
        s = await(x -> x.dataset() == DatasetKind.FASHION_MNIST);
        assertEquals(0, s.step(), "another dataset starts over");
        assertEquals(SessionState.READY, s.state());
    }

    /** A model of the test architecture with other weights than seed 7's, as a pretrained file would hold. */
    static SavedModel savedModel(ModelSpec spec, DatasetKind kind, long seed) {
        Sequential m = Sequential.build(spec, seed);
        return SavedModel.of(m, kind.classNames(java.util.Locale.ENGLISH), kind.id(), TrainingInfo.empty());
    }

    @Test
    void initialModelReplacesTheSeedUntilReset() throws Exception {
        SavedModel pretrained = savedModel(TINY, DatasetKind.MNIST, 99);
        float[] pretrainedParams = pretrained.toSequential().params();
        float[] seeded = Sequential.build(TINY, 7).params();
        assertFalse(Arrays.equals(pretrainedParams, seeded));

        session = new TrainingSession(config(50, 320, OptimizerConfig.adam()).withInitial(pretrained), mailbox);
        TrainingSnapshot s = await(x -> x.state() == SessionState.READY && x.weights() != null);
        assertArrayEquals(pretrainedParams, s.weights(), "starts from the saved weights");
        assertSame(pretrained, s.startedFrom());

        session.step();
        s = await(x -> x.step() == 1 && x.weights() != null);
        assertFalse(Arrays.equals(pretrainedParams, s.weights()), "and trains on from them");
        assertSame(pretrained, s.startedFrom(), "still the pretrained model's training");

        session.reset();
        s = await(x -> x.state() == SessionState.READY && x.step() == 0 && x.weights() != null);
        assertArrayEquals(seeded, s.weights(), "Reset goes back to the seed");
        assertNull(s.startedFrom());
    }

    @Test
    void newDatasetStartsFromItsOwnInitialModel() throws Exception {
        SessionConfig c = config(1, 320, OptimizerConfig.adam());
        session = new TrainingSession(c, mailbox);
        await(x -> x.state() == SessionState.READY);
        SavedModel fashion = savedModel(TINY, DatasetKind.FASHION_MNIST, 5);
        session.configure(c.withDataset(DatasetKind.FASHION_MNIST).withInitial(fashion));
        TrainingSnapshot s = await(x -> x.dataset() == DatasetKind.FASHION_MNIST && x.weights() != null);
        assertSame(fashion, s.startedFrom());
        assertArrayEquals(fashion.toSequential().params(), s.weights());
    }

    @Test
    void initialModelMustFitTheDatasetAndArchitecture() {
        SessionConfig c = config(1, 320, OptimizerConfig.adam());
        SavedModel otherArch = savedModel(ModelSpec.parse("c2k3-p2-f-d10"), DatasetKind.MNIST, 1);
        assertThrows(IllegalArgumentException.class, () -> c.withInitial(otherArch));
        SavedModel fashion = savedModel(TINY, DatasetKind.FASHION_MNIST, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.withInitial(fashion));
        assertTrue(e.getMessage().contains("fashion-mnist"), e.getMessage());
        assertNull(c.withInitial(savedModel(TINY, DatasetKind.MNIST, 1)).withDataset(DatasetKind.FASHION_MNIST).initial(),
                "another dataset drops the initial model");
    }

    @Test
    void aDeferredSessionShowsItsWeightsAtOnceAndPreparesTrainingOnlyWhenAsked() throws Exception {
        long t0 = System.nanoTime();
        session = new TrainingSession(config(1, 640, OptimizerConfig.adam()), mailbox, true);
        TrainingSnapshot first = await(x -> x.weights() != null);
        assertNull(first.predictions(), "the probes wait while the window opens");
        assertEquals(20, first.batchesPerEpoch(), "640 of the training set's 60,000, by 32: from its header");
        assertEquals(20, first.totalSteps());
        assertEquals(0, first.step());

        // then the probes are predicted, without the weights again (the views need not redraw them)
        TrainingSnapshot probes = await(x -> x.predictions() != null);
        assertTrue(System.nanoTime() - t0 >= TimeUnit.MILLISECONDS.toNanos(TrainingSession.PROBES_AFTER_MILLIS));
        assertNull(probes.weights());
        assertEquals(4, probes.predictions().predicted().length);
        assertFalse(session.prepared(), "the training set is decoded only when asked");

        session.prepareNow();
        TrainingSnapshot ready = await(x -> x.weights() != null);
        assertTrue(session.prepared());
        assertEquals(20, ready.batchesPerEpoch());
        assertNotNull(ready.predictions());
        assertEquals(SessionState.READY, ready.state());
    }

    @Test
    void aCommandPreparesADeferredSessionToo() throws Exception {
        session = new TrainingSession(config(1, 640, OptimizerConfig.adam()), mailbox, true);
        await(x -> x.weights() != null);
        session.step();
        TrainingSnapshot s = await(x -> x.step() == 1);
        assertEquals(SessionState.PAUSED, s.state());
    }

    @Test
    void aDeferredSessionClosesWithoutPreparing() throws Exception {
        session = new TrainingSession(config(1, 60_000, OptimizerConfig.adam()), mailbox, true);
        await(x -> x.weights() != null);
        session.close();
        assertFalse(session.isAlive());
        SnapshotMailbox.Drained d = mailbox.drain();
        assertTrue(d == null || d.snapshot() == null || d.snapshot().batchesPerEpoch() == 0,
                "closing does not decode the training set first");
        session = null;
    }
}
