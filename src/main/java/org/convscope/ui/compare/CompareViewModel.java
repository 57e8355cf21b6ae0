package org.convscope.ui.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.convscope.data.DatasetKind;
import org.convscope.training.Run;
import org.convscope.training.RunExport;
import org.convscope.training.SessionState;
import org.convscope.training.experiment.ExperimentPreset;
import org.convscope.training.experiment.ExperimentRunner;
import org.convscope.training.experiment.ExperimentSettings;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.training.RunLog;
import org.convscope.ui.training.TrainingViewModel;

/**
 * What the Compare view shows and does: a row per run of the session's {@link RunLog} (in its order,
 * each with its colour and whether it is drawn), the preset to run, and the experiment in progress.
 * An experiment runs on its own background thread (the live training is paused first: both would
 * share two cores), its progress comes back at most ten times a second, each finished arm joins the
 * runs at once, and Cancel stops it between two batches.
 */
public final class CompareViewModel {
    private static final long PROGRESS_NANOS = 100_000_000;

    private final RunLog log;
    private final TrainingViewModel training;
    private final I18n i18n;
    private final TaskRunner tasks;
    private final Executor background;
    private final Executor fx;
    private final java.util.function.Function<DatasetKind, ExperimentSettings> settingsFor;
    private final double warmUpSeconds;
    private final ObservableList<RunRow> rows = FXCollections.observableArrayList(
            r -> new Observable[] {r.run(), r.shown()}); // a run refreshed or hidden is a change of the list
    private final ObjectProperty<ExperimentPreset> preset = new SimpleObjectProperty<>(ExperimentPreset.POOLING);
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private int nextColour;
    private AtomicBoolean cancel;

    /**
     * @param background    starts an experiment's thread
     * @param fx            runs on the FX thread what the experiment reports
     * @param settingsFor   what the arms share, for a dataset (the app: the demo's subset on every core)
     * @param warmUpSeconds how long the engine may warm up before the first arm
     */
    public CompareViewModel(TrainingViewModel training, I18n i18n, TaskRunner tasks, Executor background, Executor fx,
                            java.util.function.Function<DatasetKind, ExperimentSettings> settingsFor, double warmUpSeconds) {
        this.log = training.runs();
        this.training = training;
        this.i18n = i18n;
        this.tasks = tasks;
        this.background = background;
        this.fx = fx;
        this.settingsFor = settingsFor;
        this.warmUpSeconds = warmUpSeconds;
        for (Run r : log.runs()) rows.add(new RunRow(r, nextColour++));
        log.runs().addListener(this::follow);
        i18n.localeProperty().addListener((o, a, b) -> {
            if (!running.get()) status.set(""); // worded in the old language
        });
    }

    /** The app's: experiments on a daemon thread of their own, on every core. */
    public static CompareViewModel of(TrainingViewModel training, I18n i18n, TaskRunner tasks) {
        Executor thread = work -> {
            Thread t = new Thread(work, "convscope-experiment");
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 2); // below the window, as training is
            t.start();
        };
        int cores = Runtime.getRuntime().availableProcessors();
        return new CompareViewModel(training, i18n, tasks, thread, Platform::runLater, d -> ExperimentSettings.demo(d, cores), 5);
    }

    // the rows follow the log: same order, a replaced run keeps its row (colour, shown)
    private void follow(ListChangeListener.Change<? extends Run> c) {
        while (c.next()) {
            if (c.wasReplaced() && c.getRemovedSize() == c.getAddedSize()) {
                for (int i = c.getFrom(); i < c.getTo(); i++) rows.get(i).run().set(log.runs().get(i));
                continue;
            }
            if (c.wasRemoved()) rows.remove(c.getFrom(), c.getFrom() + c.getRemovedSize());
            if (c.wasAdded()) {
                List<RunRow> added = new ArrayList<>();
                for (Run r : c.getAddedSubList()) added.add(new RunRow(r, nextColour++));
                rows.addAll(c.getFrom(), added);
            }
        }
    }

    // ---- experiments ----

    /** What every arm of the preset shares: the demo's subset of the training set of today's dataset. */
    public ExperimentSettings settings() {
        return settingsFor.apply(training.datasetProperty().get());
    }

    /** Runs the chosen preset's arms one after another; does nothing while one runs. */
    public void runPreset() {
        if (running.get()) return;
        if (training.stateProperty().get() == SessionState.RUNNING) training.startOrPause(); // the cores are the experiment's
        ExperimentPreset p = preset.get();
        ExperimentSettings s = settings();
        AtomicBoolean cancelled = new AtomicBoolean();
        cancel = cancelled;
        running.set(true);
        progress.set(0);
        status.set(i18n.get("compare.starting"));
        background.execute(() -> {
            try {
                ExperimentRunner.run(p, s, new Reporter(p), cancelled::get, warmUpSeconds);
                fx.execute(() -> finish(i18n.get("compare.done", p.arms().size())));
            } catch (CancellationException e) {
                fx.execute(() -> finish(i18n.get("compare.cancelled")));
            } catch (RuntimeException | Error e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                fx.execute(() -> finish(i18n.get("compare.failed", why)));
            }
        });
    }

    /** Stops the experiment between two batches; the arms it finished stay. */
    public void cancel() {
        AtomicBoolean c = cancel;
        if (c != null) c.set(true);
    }

    private void finish(String message) {
        running.set(false);
        progress.set(0);
        status.set(message);
        cancel = null;
    }

    /** Brings the experiment's news to the FX thread: every arm, and progress at most ten times a second. */
    private final class Reporter implements ExperimentRunner.Listener {
        private final ExperimentPreset preset;
        private long last;

        Reporter(ExperimentPreset preset) {
            this.preset = preset;
        }

        @Override
        public void progress(ExperimentRunner.Progress p) {
            long now = System.nanoTime();
            if (p.step() != 0 && p.step() != p.steps() && now - last < PROGRESS_NANOS) return;
            last = now;
            String key = "compare.arm." + preset.id() + "." + preset.arms().get(p.arm()).id();
            fx.execute(() -> {
                progress.set(p.fraction());
                status.set(i18n.get("compare.progress", p.arm() + 1, p.arms(), i18n.get(key), (int) Math.floor(100 * p.fraction())));
            });
        }

        @Override
        public void armDone(int index, Run run) {
            fx.execute(() -> log.add(run));
        }
    }

    // ---- the runs ----

    /** Removes {@code row}'s run from the session. */
    public void remove(RunRow row) {
        int i = rows.indexOf(row);
        if (i >= 0) log.runs().remove(i);
    }

    /** The runs drawn now, in order. */
    public List<Run> shownRuns() {
        return rows.stream().filter(r -> r.shown().get()).map(r -> r.run().get()).toList();
    }

    /** Writes every run listed to {@code file} as CSV ({@code csv}) or JSON, off the FX thread. */
    public void export(Path file, boolean csv) {
        List<Run> runs = rows.stream().map(r -> r.run().get()).toList();
        tasks.run(() -> {
            try {
                if (csv) RunExport.writeCsv(file, runs);
                else RunExport.writeJson(file, runs);
                return file;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, f -> status.set(i18n.get("compare.exported", runs.size(), name(f))),
                e -> status.set(i18n.get("compare.exportFailed", name(file), e.getCause() != null ? e.getCause().getMessage() : e.getMessage())));
    }

    private static String name(Path f) {
        return f.getFileName() == null ? f.toString() : f.getFileName().toString();
    }

    /** The name of {@code r} in the UI's language. */
    public String nameOf(Run r) {
        return RunNames.of(r, i18n);
    }

    /** The dataset experiments run on: the one training uses. */
    public javafx.beans.property.ReadOnlyObjectProperty<DatasetKind> datasetProperty() {
        return training.datasetProperty();
    }

    public ObservableList<RunRow> rows() { return rows; }
    public ObjectProperty<ExperimentPreset> presetProperty() { return preset; }
    public ReadOnlyBooleanProperty runningProperty() { return running; }
    /** The experiment's progress, 0..1. */
    public ReadOnlyDoubleProperty progressProperty() { return progress; }
    /** What the experiment is doing, or how it ended, or how an export went. */
    public ReadOnlyStringProperty statusProperty() { return status; }
    public I18n i18n() { return i18n; }
}
