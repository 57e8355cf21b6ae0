package org.convscope.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.convscope.data.Batcher;
import org.convscope.data.Dataset;
import org.convscope.data.DatasetException;
import org.convscope.data.Datasets;
import org.convscope.data.Split;
import org.convscope.engine.io.OptimizerState;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.io.TrainingInfo;
import org.convscope.engine.model.DataParallel;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.optim.Optimizer;
import org.convscope.engine.parallel.WorkerPool;
import org.convscope.engine.tensor.Tensor;

/**
 * A training that runs on its own thread and is steered by commands: Start, Pause, Resume, Step,
 * Reset, Stop, a new learning rate, new settings. The model and everything that trains it belong
 * to that thread alone; the outside world sees immutable {@link TrainingSnapshot}s, posted to a
 * {@link SnapshotMailbox} at most every {@value #PUBLISH_MILLIS} ms (and at every change of state),
 * with every batch's figures carried along so none is lost.
 */
public final class TrainingSession implements AutoCloseable {
    static final long PUBLISH_MILLIS = 33;
    /**
     * Below normal: a window drawing its frame should win the CPU over a batch (see WorkerPool). The Linux
     * installers and {@code mvn javafx:run} make this priority nice 10 (packaging/jvm-options.sh says why).
     */
    private static final int TRAINING_PRIORITY = Thread.NORM_PRIORITY - 2;
    private static final long WEIGHTS_MILLIS = 100;
    private static final long PREDICTIONS_MILLIS = 250;
    /**
     * A deferred session predicts its probe images this long after its model is made, if nothing asked it to
     * prepare before: twelve images through the model take milliseconds, and the Training view's strip then has
     * its answers while the window opens, not only once the window has settled and the training set is decoded.
     */
    static final long PROBES_AFTER_MILLIS = 1_500;

    private enum Kind { START, PAUSE, STEP, RESET, STOP, CONFIGURE, CLOSE, SAVE, LOAD }

    /** {@code model} and {@code reply} belong to LOAD and SAVE. */
    private record Command(Kind kind, SessionConfig config, SavedModel model, CompletableFuture<SavedModel> reply) {
        Command(Kind kind, SessionConfig config) {
            this(kind, config, null, null);
        }
    }

    private final LinkedBlockingQueue<Command> commands = new LinkedBlockingQueue<>();
    private final java.util.concurrent.CountDownLatch goAhead = new java.util.concurrent.CountDownLatch(1);
    private final boolean deferred;
    private final SnapshotMailbox mailbox;
    private final Thread thread;
    private volatile SessionState state = SessionState.READY;
    private volatile double pendingLearningRate = Double.NaN;
    private volatile String lastError;
    private Divergence divergence; // training paused by itself on a NaN loss; cleared by the next command

    private volatile WorkerPool pool; // made by the worker thread; lendCore reads it from any thread

    // --- owned by the worker thread ---
    private SessionConfig config;
    private DataParallel runner;
    private Sequential model;
    private SavedModel startedFrom;
    private Optimizer optimizer;
    private Trainer trainer;
    private int runStartEpoch;
    private volatile Dataset train; // decoded once a trainer is made (read by prepared() from any thread)
    private Dataset test;
    private int trainCount; // the training set's size from its header, before it is decoded (0: unknown)
    private final List<BatchPoint> pendingPoints = new ArrayList<>();
    private final List<EpochMetrics> pendingEpochs = new ArrayList<>();
    private final List<TrainingInfo.Epoch> history = new ArrayList<>(); // every completed epoch, for saving
    private long lastPublish;
    private long lastWeights;
    private long lastPredictions;
    private long weightsVersion;
    private double imagesPerSecond;
    private double evalSeconds = 1;
    private boolean evaluating;
    private long epochStart;
    private int epochImages;

    public TrainingSession(SessionConfig config, SnapshotMailbox mailbox) {
        this(config, mailbox, false);
    }

    /**
     * With {@code deferTrainer}, the session publishes the model's weights (without predictions), its probe
     * images' predictions {@value #PROBES_AFTER_MILLIS} ms later, and waits for {@link #prepareNow} or its first
     * command before it decodes the training set and compiles its first batch: work that, done while a window
     * opens, takes a core from it.
     */
    public TrainingSession(SessionConfig config, SnapshotMailbox mailbox, boolean deferTrainer) {
        this.mailbox = mailbox;
        this.config = config;
        this.deferred = deferTrainer;
        if (!deferTrainer) goAhead.countDown();
        this.thread = new Thread(this::run, "convscope-training");
        thread.setDaemon(true);
        thread.setPriority(TRAINING_PRIORITY);
        thread.start();
    }

    // ---- commands (any thread) ----

    /** Lets a session made with {@code deferTrainer} get ready to train now; otherwise does nothing. */
    public void prepareNow() {
        goAhead.countDown();
    }

    private void send(Command c) {
        commands.add(c);
        goAhead.countDown(); // whoever gives a command wants the trainer
    }

    /** Starts training (READY), resumes it (PAUSED), or trains another run of epochs (FINISHED). */
    public void start() {
        send(new Command(Kind.START, null));
    }

    public void pause() {
        send(new Command(Kind.PAUSE, null));
    }

    /**
     * Trains on one core fewer for the next {@code millis}, if training takes every core: the window calls it
     * as it starts a refresh, so that its thread does not preempt a worker that the others then wait for (see
     * {@link WorkerPool#lendCore}). Any thread; nothing happens while no pool exists.
     */
    public void lendCore(long millis) {
        WorkerPool p = pool;
        if (p != null && p.size() >= Runtime.getRuntime().availableProcessors()) p.lendCore(millis);
    }

    public void resume() {
        start();
    }

    /** Trains exactly one batch, then pauses. */
    public void step() {
        send(new Command(Kind.STEP, null));
    }

    /** Re-initialises the model from the seed (never from a pretrained model) and forgets the history. */
    public void reset() {
        send(new Command(Kind.RESET, null));
    }

    /** Ends the run early, keeping the model. */
    public void stop() {
        send(new Command(Kind.STOP, null));
    }

    /** Takes effect before the next batch, without a reset. */
    public void setLearningRate(double lr) {
        if (!(lr > 0) || Double.isInfinite(lr)) throw new IllegalArgumentException("learning rate must be positive");
        pendingLearningRate = lr;
    }

    /**
     * New settings. A new dataset, architecture, seed or optimizer means a new model (as Reset);
     * new epochs, batch size or learning rate apply to the model as it is.
     */
    public void configure(SessionConfig next) {
        send(new Command(Kind.CONFIGURE, next));
    }

    /** The state as of the last command or batch the worker finished. */
    public SessionState state() {
        return state;
    }

    /** Stops the worker (finishing the batch in progress) and waits for it; the session is unusable after. */
    @Override
    public void close() {
        requestClose();
        awaitClosed(10_000);
    }

    /**
     * Asks the worker to stop after the batch (or the evaluation) in progress, and returns at once; commands
     * given before, a save among them, are carried out first. The session is unusable after.
     */
    public void requestClose() {
        send(new Command(Kind.CLOSE, null));
    }

    /** Waits at most {@code millis} for the worker to end (it is a daemon: the app may exit without it). */
    public void awaitClosed(long millis) {
        try {
            thread.join(Math.max(1, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isAlive() {
        return thread.isAlive();
    }

    // ---- saving and resuming ----

    /**
     * The model as it stands, for a model file: weights, optimizer state, history and where the
     * training is (inside an epoch too). Made on the training thread between two batches, so
     * nothing in it is half-updated; the future fails if the session closes first.
     */
    public CompletableFuture<SavedModel> requestSavedModel() {
        CompletableFuture<SavedModel> reply = new CompletableFuture<>();
        send(new Command(Kind.SAVE, null, null, reply));
        if (!thread.isAlive()) reply.completeExceptionally(new IllegalStateException("the training session is closed"));
        return reply;
    }

    /**
     * Continues from a saved model: {@code config} (which must have the saved architecture) becomes
     * the settings, the weights, optimizer state and epoch history are the saved ones, and the next
     * batch is the one after the last saved, so the loss curve goes on as if never interrupted.
     * The session is then FINISHED (READY if the model was never trained): Start trains
     * {@code config.train().epochs()} epochs more, Reset starts over from the seed.
     */
    public void load(SavedModel model, SessionConfig config) {
        if (!model.spec().equals(config.spec())) throw new IllegalArgumentException("the settings must have the saved architecture");
        send(new Command(Kind.LOAD, config, model, null));
    }

    // ---- the worker ----

    private void run() {
        try {
            pool = new WorkerPool(config.threads(), TRAINING_PRIORITY);
            // the weights first, so the window can classify a drawn digit while the training set is decoded
            buildModel();
            publish(true, true, !deferred);
            if (deferred && !goAhead.await(PROBES_AFTER_MILLIS, TimeUnit.MILLISECONDS)) {
                publish(true, false, true); // the same weights: not sent again, so no view redraws them
                goAhead.await();
            }
            boolean closing = commands.stream().anyMatch(c -> c.kind() == Kind.CLOSE);
            if (!closing) {
                buildTrainer();
                publish(true);
            }
            while (true) {
                Command c = state == SessionState.RUNNING ? commands.poll() : commands.take();
                if (c != null) {
                    if (c.kind() == Kind.CLOSE) break;
                    handle(c);
                    continue;
                }
                trainOneBatch();
                if (state == SessionState.RUNNING && trainer.finished()) setState(SessionState.FINISHED);
                publish(false);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            fail("training stopped: " + describe(e));
        } finally {
            if (pool != null) pool.close();
            for (Command c : commands) {
                if (c.reply() != null) c.reply().completeExceptionally(new IllegalStateException("the training session is closed"));
            }
        }
    }

    private void handle(Command c) {
        // going on, stepping, resetting or opening a model answers the notice; saving or pausing does not
        if (c.kind() == Kind.START || c.kind() == Kind.STEP || c.kind() == Kind.RESET || c.kind() == Kind.LOAD) divergence = null;
        try {
            switch (c.kind()) {
                case START -> {
                    if (state == SessionState.FAILED) return;
                    if (state == SessionState.FINISHED) extendRun();
                    setState(SessionState.RUNNING);
                }
                case PAUSE -> {
                    if (state == SessionState.RUNNING) setState(SessionState.PAUSED);
                }
                case STEP -> {
                    if (state == SessionState.FAILED || state == SessionState.RUNNING) return;
                    if (state == SessionState.FINISHED) extendRun();
                    trainOneBatch();
                    if (state != SessionState.FAILED) setState(trainer.finished() ? SessionState.FINISHED : SessionState.PAUSED);
                }
                case RESET -> {
                    config = config.withInitial(null);
                    build();
                    setState(SessionState.READY);
                }
                case STOP -> {
                    if (state == SessionState.RUNNING || state == SessionState.PAUSED) setState(SessionState.FINISHED);
                }
                case CONFIGURE -> configure0(c.config());
                case SAVE -> reply(c.reply());
                case LOAD -> load0(c.config(), c.model());
                default -> throw new IllegalStateException(c.kind().name());
            }
        } catch (RuntimeException e) {
            fail(describe(e));
        }
        publish(true);
    }

    private void configure0(SessionConfig next) {
        boolean rebuild = config.needsRebuild(next) || state == SessionState.FAILED;
        boolean newBatches = next.train().batchSize() != config.train().batchSize()
                || next.train().limit() != config.train().limit() || next.train().shuffle() != config.train().shuffle();
        config = next;
        if (rebuild) {
            build();
            setState(SessionState.READY);
            return;
        }
        optimizer.setLearningRate(next.train().optimizer().learningRate());
        // the run keeps its start; it now ends `epochs` after it (never before the epoch in progress)
        int end = Math.max(runStartEpoch + next.train().epochs(), trainer.epoch() + (trainer.batchInEpoch() > 0 ? 1 : 0));
        if (newBatches) {
            // a new batch size means a new batcher: the epoch in progress starts over
            trainer = new Trainer(runner, optimizer, train, next.train().withEpochs(end), trainer.epoch(), trainer.step());
        } else {
            trainer.setEndEpoch(end);
        }
    }

    private void reply(CompletableFuture<SavedModel> reply) {
        double lr = pendingLearningRate; // a rate set since the last batch is the rate the user sees: it is saved
        if (!Double.isNaN(lr)) {
            optimizer.setLearningRate(lr);
            pendingLearningRate = Double.NaN;
        }
        try {
            reply.complete(SavedModel.of(model, config.dataset().classNames(Locale.ENGLISH), config.dataset().id(),
                    Resume.info(trainer, config.train(), history, Resume.appVersion()), optimizer));
        } catch (RuntimeException e) {
            reply.completeExceptionally(e); // a failed save is the saver's news; the training goes on
        }
    }

    private void load0(SessionConfig next, SavedModel saved) {
        config = next;
        pendingLearningRate = Double.NaN; // the loaded model comes with its own
        build();
        model.importWeights(saved.weights());
        startedFrom = saved; // an opened model (a PyTorch export too) is trained, not random: the views say so
        OptimizerState state = saved.optimizer();
        if (state != null && state.config().kind() == config.train().optimizer().kind()) {
            optimizer = state.restore(model);
            optimizer.setLearningRate(config.train().optimizer().learningRate());
        }
        Trainer.Position from = Resume.position(saved.training(), config.train().batchSize());
        runStartEpoch = from.epoch();
        trainer = new Trainer(runner, optimizer, train, config.train().withEpochs(from.epoch() + config.train().epochs()), from);
        for (TrainingInfo.Epoch e : saved.training().history()) {
            history.add(e);
            pendingEpochs.add(Resume.metrics(e));
        }
        setState(trainer.step() == 0 ? SessionState.READY : SessionState.FINISHED);
    }

    private void build() {
        buildModel();
        buildTrainer();
    }

    // the model and its test set; no trainer yet (snapshots say so with zero steps)
    private void buildModel() {
        lastError = null;
        divergence = null;
        test = Datasets.load(config.dataset(), Split.TEST);
        trainCount = trainingSetSize();
        model = Sequential.build(config.spec(), config.train().seed());
        startedFrom = config.initial();
        if (startedFrom != null) model.importWeights(startedFrom.weights());
        optimizer = Optimizer.create(config.train().optimizer(), model.paramCount());
        if (runner != null) runner.close();
        runner = new DataParallel(model, pool);
        trainer = null;
        runStartEpoch = 0;
        pendingPoints.clear();
        pendingEpochs.clear();
        history.clear();
        mailbox.clear();
        imagesPerSecond = 0;
        epochImages = 0;
        lastWeights = 0;
        lastPredictions = 0;
    }

    // the steps of a run are shown before the training set is decoded; a file that cannot be read says so then
    private int trainingSetSize() {
        try {
            return Datasets.count(config.dataset(), Split.TRAIN);
        } catch (DatasetException e) {
            return 0;
        }
    }

    private void buildTrainer() {
        train = Datasets.load(config.dataset(), Split.TRAIN);
        runner.prepare(config.train().batchSize());
        trainer = new Trainer(runner, optimizer, train, config.train());
        epochStart = System.nanoTime();
    }

    /** Whether the session has decoded its training set and made its trainer (a deferred one waits). */
    boolean prepared() {
        return train != null;
    }

    private void extendRun() {
        runStartEpoch = trainer.epoch();
        TrainConfig next = config.train().withEpochs(trainer.epoch() + config.train().epochs());
        // from where it stopped: a run stopped inside an epoch goes on with that epoch's next batch
        trainer = new Trainer(runner, optimizer, train, next, trainer.position());
    }

    private void trainOneBatch() {
        if (trainer.finished()) return;
        double lr = pendingLearningRate;
        if (!Double.isNaN(lr)) {
            optimizer.setLearningRate(lr);
            pendingLearningRate = Double.NaN;
        }
        if (trainer.batchInEpoch() == 0 && epochImages == 0) epochStart = System.nanoTime();
        long t0 = System.nanoTime();
        BatchResult r;
        try {
            r = trainer.trainBatch();
        } catch (DivergedException e) {
            // a pause, not a failure: the bad update was skipped, so the last good weights are kept, and the
            // user may lower the learning rate and go on, or reset
            divergence = e.divergence();
            setState(SessionState.PAUSED);
            publish(true);
            return;
        }
        double dt = (System.nanoTime() - t0) / 1e9;
        double ips = r.examples() / Math.max(dt, 1e-9);
        imagesPerSecond = imagesPerSecond == 0 ? ips : 0.9 * imagesPerSecond + 0.1 * ips;
        epochImages += r.examples();
        double position = r.epoch() + (r.batch() + 1) / (double) trainer.batchesPerEpoch();
        pendingPoints.add(new BatchPoint(r.step(), position, r.loss(), r.accuracy()));
        if (r.lastOfEpoch()) finishEpoch(r.epoch());
    }

    private void finishEpoch(int epoch) {
        double seconds = (System.nanoTime() - epochStart) / 1e9;
        double[] means = trainer.epochMeans(true);
        evaluating = true;
        publish(true);
        long t0 = System.nanoTime();
        Evaluation ev = trainer.evaluate(test, Integer.MAX_VALUE);
        evalSeconds = (System.nanoTime() - t0) / 1e9;
        evaluating = false;
        pendingEpochs.add(new EpochMetrics(epoch, means[0], means[1], ev.loss(), ev.accuracy(), seconds, epochImages / seconds));
        history.add(new TrainingInfo.Epoch(epoch + 1, means[0], means[1], ev.loss(), ev.accuracy(), seconds));
        epochImages = 0;
        epochStart = System.nanoTime();
        lastPredictions = 0;
    }

    private void fail(String message) {
        lastError = message;
        setState(SessionState.FAILED);
        publish(true);
    }

    private void setState(SessionState s) {
        state = s;
    }

    private void publish(boolean force) {
        publish(force, true, true);
    }

    /** Sends a snapshot; with the weights and the probes' predictions if they are due and not left out. */
    private void publish(boolean force, boolean withWeights, boolean withPredictions) {
        long now = System.nanoTime();
        if (!force && now - lastPublish < PUBLISH_MILLIS * 1_000_000) return;
        lastPublish = now;
        boolean still = state != SessionState.RUNNING;
        float[] weights = null;
        if (withWeights && model != null && (still || now - lastWeights >= WEIGHTS_MILLIS * 1_000_000)) {
            weights = model.params().clone();
            weightsVersion++;
            lastWeights = now;
        }
        Predictions predictions = null;
        if (withPredictions && model != null && (still || now - lastPredictions >= PREDICTIONS_MILLIS * 1_000_000)) {
            predictions = predict();
            lastPredictions = now;
        }
        Trainer t = trainer;
        int batchSize = config.train().batchSize();
        int batches = t != null ? t.batchesPerEpoch()
                : Batcher.batchesPerEpoch(Math.min(config.train().limit(), trainCount), batchSize);
        long totalSteps = (long) (t == null ? config.train().epochs() : t.config().epochs()) * batches;
        double ips = imagesPerSecond;
        double epochEta = t == null || ips == 0 ? Double.NaN : (t.batchesPerEpoch() - t.batchInEpoch()) * (double) batchSize / ips;
        double runEta = t == null || ips == 0 ? Double.NaN
                : Math.max(0, totalSteps - t.step()) * (double) batchSize / ips + (t.config().epochs() - t.epoch()) * evalSeconds;
        mailbox.offer(new TrainingSnapshot(state, lastError, divergence, config.dataset(), config.spec(),
                t == null ? 0 : t.epoch(), t == null ? config.train().epochs() : t.config().epochs(),
                t == null ? 0 : t.batchInEpoch(), batches,
                t == null ? 0 : t.step(), totalSteps, ips, epochEta, runEta,
                optimizer == null ? config.train().optimizer().learningRate() : optimizer.learningRate(), evaluating,
                pendingPoints, pendingEpochs, weights, weightsVersion, predictions, startedFrom));
        pendingPoints.clear();
        pendingEpochs.clear();
    }

    private Predictions predict() {
        int[] idx = config.probe();
        int n = idx.length;
        if (n == 0 || test == null) return null;
        Tensor x = new Tensor(n, model.inputShape());
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int k = Math.floorMod(idx[i], test.size());
            test.writeNormalised(k, x.data(), i * test.imageSize());
            labels[i] = test.label(k);
        }
        Tensor p = model.probabilities(x);
        int classes = model.classes();
        int[] predicted = new int[n];
        float[] confidence = new float[n];
        for (int i = 0; i < n; i++) {
            int best = Evaluation.argmax(p.data(), i * classes, classes);
            predicted[i] = best;
            confidence[i] = p.data()[i * classes + best];
        }
        return new Predictions(idx.clone(), labels, predicted, confidence);
    }

    private static String describe(Throwable e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
