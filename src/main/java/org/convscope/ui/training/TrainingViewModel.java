package org.convscope.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.convscope.data.Dataset;
import org.convscope.data.DatasetKind;
import org.convscope.data.Datasets;
import org.convscope.data.Split;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.io.TrainingInfo;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.optim.OptimizerConfig;
import org.convscope.training.EpochMetrics;
import org.convscope.training.PretrainedModels;
import org.convscope.training.Predictions;
import org.convscope.training.SessionConfig;
import org.convscope.training.SessionState;
import org.convscope.training.SnapshotMailbox;
import org.convscope.training.TrainConfig;
import org.convscope.training.TrainingSession;
import org.convscope.training.TrainingSnapshot;
import org.convscope.training.Warmup;
import org.convscope.ui.common.TaskRunner;

/**
 * The training controls and live figures, for the views to bind to. It owns the
 * {@link TrainingSession}; {@link #pulse()} (ten times a second, from the window's FxTicker) drains the
 * session's mailbox into properties and hands new chart points to the {@link ChartSink}s.
 *
 * <p>A new model starts from a pretrained one when {@link PretrainedModels} has one for the dataset
 * and architecture: at launch, and whenever another dataset is chosen. Reset, or another seed,
 * starts from the seed instead (training from scratch is what the class came to see).
 */
public final class TrainingViewModel {
    /** Makes the session; tests pass one that trains on a small subset. */
    public interface SessionFactory {
        TrainingSession create(SessionConfig config, SnapshotMailbox mailbox);
    }

    public static final int PROBE_COUNT = 12;
    public static final List<Integer> BATCH_SIZES = List.of(16, 32, 64, 128, 256);
    /** The momentum of the SGD choice. */
    public static final double SGD_MOMENTUM = 0.9;
    // a refresh's own work on the FX thread and the renderer takes a few milliseconds; lent longer, the core idles
    // (in-run A/B on two cores, the lend switched on and off every 4 s, training's steps per second with against
    // without: 5 ms +2.5%, 10 ms +3.1% / +6.6% / +3.5% on Training / Kernels / Feature maps, 15 ms -2.3%, 25 ms +1.1%,
    // 50 ms -5.9%)
    static final long LEND_MILLIS = 10;

    private final TaskRunner tasks;
    private final SnapshotMailbox mailbox = new SnapshotMailbox();
    private final TrainingSession session;
    private final List<ChartSink> sinks = new ArrayList<>();
    private final org.convscope.training.MetricsHistory history = new org.convscope.training.MetricsHistory();
    private final RunLog runs = new RunLog();
    private final int limit;
    private final int threads;
    private final PretrainedModels pretrainedModels;
    private Thread warmup; // made by create(), started by warmUp()
    private boolean usePretrained = true;
    private boolean applying; // true while pulse() writes settings the session already knows

    // settings
    private final ObjectProperty<DatasetKind> dataset = new SimpleObjectProperty<>(DatasetKind.MNIST);
    private final ObjectProperty<ModelSpec> spec = new SimpleObjectProperty<>(ModelSpec.course());
    private final IntegerProperty epochs = new SimpleIntegerProperty(5);
    private final IntegerProperty batchSize = new SimpleIntegerProperty(32);
    private final ObjectProperty<OptimizerConfig.Kind> optimizer = new SimpleObjectProperty<>(OptimizerConfig.Kind.ADAM);
    private final DoubleProperty learningRate = new SimpleDoubleProperty(OptimizerConfig.ADAM_LEARNING_RATE);
    private final LongProperty seed = new SimpleLongProperty(1);

    // live figures
    private final ObjectProperty<SessionState> state = new SimpleObjectProperty<>(SessionState.READY);
    private final StringProperty message = new SimpleStringProperty();
    private final ObjectProperty<org.convscope.training.Divergence> divergence = new SimpleObjectProperty<>();
    private final IntegerProperty epoch = new SimpleIntegerProperty();
    private final IntegerProperty totalEpochs = new SimpleIntegerProperty();
    private final LongProperty step = new SimpleLongProperty();
    private final LongProperty totalSteps = new SimpleLongProperty();
    private final DoubleProperty imagesPerSecond = new SimpleDoubleProperty();
    private final DoubleProperty epochProgress = new SimpleDoubleProperty();
    private final DoubleProperty runProgress = new SimpleDoubleProperty();
    private final DoubleProperty epochEta = new SimpleDoubleProperty(Double.NaN);
    private final DoubleProperty runEta = new SimpleDoubleProperty(Double.NaN);
    private final BooleanProperty evaluating = new SimpleBooleanProperty();
    private final ObjectProperty<Predictions> predictions = new SimpleObjectProperty<>();
    private final ObjectProperty<ModelWeights> weights = new SimpleObjectProperty<>();
    private final ObjectProperty<EpochMetrics> lastEpoch = new SimpleObjectProperty<>();
    private final ObjectProperty<SavedModel> startedFrom = new SimpleObjectProperty<>();
    private final ObservableList<Sample> samples = FXCollections.observableArrayList();
    private final ObservableList<Sample> probes = FXCollections.observableArrayList();

    /** Every model starts from its seed. */
    public TrainingViewModel(TaskRunner tasks, SessionFactory factory, int limit, int threads) {
        this(tasks, factory, limit, threads, PretrainedModels.NONE);
    }

    public TrainingViewModel(TaskRunner tasks, SessionFactory factory, int limit, int threads, PretrainedModels pretrained) {
        this.tasks = tasks;
        this.limit = limit;
        this.threads = threads;
        this.pretrainedModels = pretrained;
        this.session = factory.create(config(), mailbox);
        epochs.addListener((o, a, b) -> reconfigure());
        batchSize.addListener((o, a, b) -> reconfigure());
        optimizer.addListener((o, a, b) -> {
            learningRate.set(OptimizerConfig.defaultLearningRate(b));
            reconfigure();
        });
        seed.addListener((o, a, b) -> {
            usePretrained = false;
            reconfigure();
        });
        spec.addListener((o, a, b) -> reconfigure());
        dataset.addListener((o, a, b) -> {
            usePretrained = true;
            reconfigure();
            loadSamples();
        });
        learningRate.addListener((o, a, b) -> {
            if (!applying && b.doubleValue() > 0) session.setLearningRate(b.doubleValue());
        });
        loadSamples();
    }

    /**
     * The real thing: a session on every core, on the whole training set, its kernels warmed up,
     * starting from the pretrained course model in {@code assets/models/} where there is one.
     */
    public static TrainingViewModel create(TaskRunner tasks) {
        int cores = Runtime.getRuntime().availableProcessors();
        // the session predicts its probes while the window opens, and decodes the training set once the window
        // has settled (warmUp)
        TrainingViewModel vm = new TrainingViewModel(tasks, (c, m) -> new TrainingSession(c, m, true), Integer.MAX_VALUE, cores,
                PretrainedModels.inAssets());
        // its own thread, not the UI's task runner: a digit drawn in the first seconds (and the
        // probe views) must not wait up to 15 s behind the warm-up; it gives way as soon as real
        // training starts: it only exists to spare that start
        java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();
        vm.stateProperty().addListener((o, a, b) -> {
            if (b == SessionState.RUNNING || b == SessionState.PAUSED) started.set(true);
        });
        vm.warmup = new Thread(() -> Warmup.run(vm.specProperty().get(), cores, 15.0, started::get), "convscope-warmup");
        vm.warmup.setDaemon(true);
        vm.warmup.setPriority(Thread.NORM_PRIORITY - 2);
        return vm;
    }

    /**
     * Compiles the engine's kernels in the background (a throw-away model trained on noise), so that Start
     * trains at full speed from its first batch. Call it once the window has nothing else to do: while the
     * window opens it would take a core from it. Only view-models made by {@link #create} warm up; once.
     */
    public void warmUp() {
        session.prepareNow();
        Thread t = warmup;
        warmup = null;
        if (t != null) t.start();
    }

    private static OptimizerConfig optimizerConfig(OptimizerConfig.Kind kind, double rate) {
        return kind == OptimizerConfig.Kind.ADAM ? OptimizerConfig.adam(rate) : OptimizerConfig.sgd(rate, SGD_MOMENTUM);
    }

    private SessionConfig config() {
        OptimizerConfig opt = optimizerConfig(optimizer.get(), learningRate.get());
        TrainConfig t = new TrainConfig(epochs.get(), batchSize.get(), opt, seed.get(), limit, 0, true);
        int[] probe = new int[PROBE_COUNT];
        for (int i = 0; i < probe.length; i++) probe[i] = i;
        SavedModel initial = usePretrained ? pretrainedModels.find(dataset.get(), spec.get()) : null;
        return new SessionConfig(dataset.get(), spec.get(), t, threads, probe, initial);
    }

    private void reconfigure() {
        if (!applying) session.configure(config());
    }

    // ---- commands ----

    /** Space: start when ready or finished, pause when running, resume when paused. */
    public void startOrPause() {
        switch (state.get()) {
            case RUNNING -> session.pause();
            case FAILED -> { }
            default -> session.start();
        }
    }

    /**
     * Lends the window a core for {@value #LEND_MILLIS} ms while training runs on every core: called as a refresh
     * starts (see {@link TrainingSession#lendCore}).
     */
    public void lendCoreForARefresh() {
        session.lendCore(LEND_MILLIS);
    }

    /**
     * Runs {@code r}, on the training thread, whenever the session's state changes, so that the window can
     * refresh at once instead of at its next tick.
     */
    public void whenStateChanges(Runnable r) {
        mailbox.setOnStateChange(r);
    }

    public void step() {
        if (state.get() != SessionState.RUNNING && state.get() != SessionState.FAILED) session.step();
    }

    /** A new model from the seed, even where a pretrained one exists. */
    public void reset() {
        usePretrained = false;
        session.reset();
    }

    public void stop() {
        session.stop();
    }

    /** Stops the training thread and waits for it; call when the window closes. */
    public void shutdown() {
        session.close();
    }

    /** Asks the training thread to stop after its batch in progress, without waiting (see {@link #awaitShutdown}). */
    public void requestShutdown() {
        session.requestClose();
    }

    /** Waits at most {@code millis} for the training thread to end. */
    public void awaitShutdown(long millis) {
        session.awaitClosed(millis);
    }

    // ---- saving and loading ----

    /** The live model for a model file, made on the training thread (see {@link TrainingSession#requestSavedModel}). */
    public CompletableFuture<SavedModel> requestSavedModel() {
        return session.requestSavedModel();
    }

    /**
     * Continues from a saved model (see {@link TrainingSession#load}): its architecture, its dataset
     * when it names one of ours, its batch size, optimizer and seed become the settings. The
     * caller checks first that the model fits the dataset (input shape, class count).
     */
    public void load(SavedModel model) {
        TrainingInfo t = model.training();
        OptimizerConfig opt = model.optimizer() != null ? model.optimizer().config() : t.optimizer();
        applying = true; // the session gets the settings with the model, not one by one
        try {
            DatasetKind.find(model.dataset()).ifPresent(dataset::set);
            spec.set(model.spec());
            if (t.batchSize() != null) batchSize.set(t.batchSize());
            if (opt != null) {
                optimizer.set(opt.kind());
                learningRate.set(opt.learningRate());
            }
            if (t.seed() != null) seed.set(t.seed());
        } finally {
            applying = false;
        }
        session.load(model, config());
    }

    /** Everything the charts have shown since the last reset, for export. FX thread. */
    public org.convscope.training.MetricsHistory history() {
        return history;
    }

    /** What the history belongs to, for the exported JSON. */
    public org.convscope.training.MetricsExport.Context exportContext() {
        return new org.convscope.training.MetricsExport.Context(dataset.get().id(), spec.get().toCompact(), seed.get(),
                batchSize.get(), optimizer.get().name().toLowerCase(java.util.Locale.ROOT), learningRate.get());
    }

    /** Every run of this session: the app's own (the one in training kept up to date) and the experiments'. */
    public RunLog runs() {
        return runs;
    }

    public void addChartSink(ChartSink sink) {
        sinks.add(sink);
    }

    /** Once per frame: everything the session published since the last call. */
    public void pulse() {
        SnapshotMailbox.Drained d = mailbox.drain();
        if (d == null) return;
        if (d.reset()) {
            sinks.forEach(ChartSink::reset);
            history.clear();
            lastEpoch.set(null);
            runs.endLive();
        }
        TrainingSnapshot s = d.snapshot();
        if (s == null) return;
        state.set(s.state());
        message.set(s.message());
        divergence.set(s.divergence());
        epoch.set(s.epoch());
        totalEpochs.set(s.totalEpochs());
        step.set(s.step());
        totalSteps.set(s.totalSteps());
        imagesPerSecond.set(s.imagesPerSecond());
        epochProgress.set(s.epochProgress());
        runProgress.set(s.runProgress());
        epochEta.set(s.epochEtaSeconds());
        runEta.set(s.runEtaSeconds());
        evaluating.set(s.evaluating());
        startedFrom.set(s.startedFrom());
        applying = true;
        try {
            if (Math.abs(learningRate.get() - s.learningRate()) > 1e-15 && s.state() != SessionState.READY) {
                learningRate.set(s.learningRate());
            }
        } finally {
            applying = false;
        }
        history.addBatches(s.newBatchPoints());
        if (!s.newBatchPoints().isEmpty()) sinks.forEach(k -> k.batchPoints(s.newBatchPoints()));
        for (EpochMetrics m : s.newEpochs()) {
            sinks.forEach(k -> k.epoch(m));
            history.addEpoch(m);
            lastEpoch.set(m);
        }
        runs.follow(s, history, new org.convscope.training.RunSettings(optimizerConfig(optimizer.get(), s.learningRate()),
                batchSize.get(), seed.get(), limit));
        if (s.predictions() != null) predictions.set(s.predictions());
        if (s.weights() != null) weights.set(new ModelWeights(s.spec(), s.weights(), s.weightsVersion()));
    }

    private void loadSamples() {
        DatasetKind kind = dataset.get();
        tasks.run(() -> {
            Dataset test = Datasets.load(kind, Split.TEST);
            List<Sample> perClass = new ArrayList<>();
            boolean[] seen = new boolean[test.classes()];
            for (int i = 0; i < test.size() && perClass.size() < test.classes(); i++) {
                if (!seen[test.label(i)]) {
                    seen[test.label(i)] = true;
                    perClass.add(sample(test, i));
                }
            }
            perClass.sort((a, b) -> Integer.compare(a.label(), b.label()));
            List<Sample> strip = new ArrayList<>();
            for (int i = 0; i < PROBE_COUNT; i++) strip.add(sample(test, i));
            return List.of(perClass, strip);
        }, lists -> {
            if (kind != dataset.get()) return; // another dataset was chosen meanwhile
            samples.setAll(lists.get(0));
            probes.setAll(lists.get(1));
        }, e -> message.set(e.getMessage()));
    }

    private static Sample sample(Dataset d, int i) {
        float[] px = new float[d.imageSize()];
        d.writeNormalised(i, px, 0);
        return new Sample(i, px, d.width(), d.height(), d.label(i));
    }

    // ---- derived ----

    /** Settings that define the model can change only when no run is in progress. */
    public BooleanBinding settingsEditable() {
        return Bindings.createBooleanBinding(() -> state.get() != SessionState.RUNNING && state.get() != SessionState.PAUSED, state);
    }

    public BooleanBinding canStep() {
        return Bindings.createBooleanBinding(() -> state.get() != SessionState.RUNNING && state.get() != SessionState.FAILED, state);
    }

    public BooleanBinding canStop() {
        return Bindings.createBooleanBinding(() -> state.get() == SessionState.RUNNING || state.get() == SessionState.PAUSED, state);
    }

    /** A class name in the UI's language. */
    public String className(int label, Locale locale) {
        return dataset.get().className(label, locale);
    }

    // ---- properties ----

    public ObjectProperty<DatasetKind> datasetProperty() { return dataset; }
    public ObjectProperty<ModelSpec> specProperty() { return spec; }
    public IntegerProperty epochsProperty() { return epochs; }
    public IntegerProperty batchSizeProperty() { return batchSize; }
    public ObjectProperty<OptimizerConfig.Kind> optimizerProperty() { return optimizer; }
    public DoubleProperty learningRateProperty() { return learningRate; }
    public LongProperty seedProperty() { return seed; }
    public ReadOnlyObjectProperty<SessionState> stateProperty() { return state; }
    public ReadOnlyStringProperty messageProperty() { return message; }
    /** Why training paused by itself (its loss stopped being a number), until the user goes on or resets; or null. */
    public ReadOnlyObjectProperty<org.convscope.training.Divergence> divergenceProperty() { return divergence; }
    public ReadOnlyIntegerProperty epochProperty() { return epoch; }
    public ReadOnlyIntegerProperty totalEpochsProperty() { return totalEpochs; }
    public ReadOnlyLongProperty stepProperty() { return step; }
    public ReadOnlyLongProperty totalStepsProperty() { return totalSteps; }
    public ReadOnlyDoubleProperty imagesPerSecondProperty() { return imagesPerSecond; }
    public ReadOnlyDoubleProperty epochProgressProperty() { return epochProgress; }
    public ReadOnlyDoubleProperty runProgressProperty() { return runProgress; }
    public ReadOnlyDoubleProperty epochEtaProperty() { return epochEta; }
    public ReadOnlyDoubleProperty runEtaProperty() { return runEta; }
    public ReadOnlyBooleanProperty evaluatingProperty() { return evaluating; }
    public ReadOnlyObjectProperty<Predictions> predictionsProperty() { return predictions; }
    public ReadOnlyObjectProperty<ModelWeights> weightsProperty() { return weights; }
    public ReadOnlyObjectProperty<EpochMetrics> lastEpochProperty() { return lastEpoch; }
    /** The pretrained model the current weights started from (training may have gone on since); null: from the seed. */
    public ReadOnlyObjectProperty<SavedModel> startedFromProperty() { return startedFrom; }
    public ObservableList<Sample> samples() { return samples; }
    public ObservableList<Sample> probes() { return probes; }
}
