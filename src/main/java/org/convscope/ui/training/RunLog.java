package org.convscope.ui.training;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.convscope.training.EpochMetrics;
import org.convscope.training.MetricsHistory;
import org.convscope.training.Run;
import org.convscope.training.RunCurve;
import org.convscope.training.RunSettings;
import org.convscope.training.TrainingSnapshot;

/**
 * Every training run of this session, oldest first: the app's own runs ("Run 1", "Run 2", … one per
 * model trained from its start until Reset or another architecture, dataset or seed) and the arms
 * of the preset experiments. The run being trained is in the list too and kept up to date, at most
 * once a second while it trains, so the Compare view can set it beside the others. FX thread only.
 */
public final class RunLog {
    private static final long REFRESH_NANOS = 1_000_000_000L;

    private final ObservableList<Run> runs = FXCollections.observableArrayList();
    private Run live; // the app's run in training, or null between runs
    private int liveEpochs;
    private long lastRefresh;

    /** The runs, oldest first; the Compare view may remove some. */
    public ObservableList<Run> runs() {
        return runs;
    }

    /** Adds finished runs (an experiment's arms) at the end. */
    public void add(Run run) {
        runs.add(run);
    }

    /** Replaces every run (a session was opened); the run in training, if any, goes on as a new one. */
    public void setAll(List<Run> restored) {
        runs.setAll(restored);
        live = null;
    }

    /** The run in training ends here (its model was reset or replaced); the next batch begins a new one. */
    void endLive() {
        live = null;
    }

    /**
     * The run in training as of snapshot {@code s}: begun by its first batch, refreshed when an epoch ends,
     * when training stops running, and otherwise once a second.
     */
    void follow(TrainingSnapshot s, MetricsHistory history, RunSettings settings) {
        if (live == null && history.batches().isEmpty()) return; // a model opened or reset, not trained yet
        int index = live == null ? -1 : indexOf(live);
        long now = System.nanoTime();
        boolean due = index < 0 || history.epochs().size() != liveEpochs || s.state() != org.convscope.training.SessionState.RUNNING
                || now - lastRefresh >= REFRESH_NANOS;
        if (!due) return;
        String name = live != null ? live.name() : nextName();
        Run next = snapshot(name, s, history, settings);
        if (live == null) {
            runs.add(next);
        } else if (index >= 0) {
            runs.set(index, next);
        } else {
            return; // the user removed it from the list: it stays removed
        }
        live = next;
        liveEpochs = history.epochs().size();
        lastRefresh = now;
    }

    private int indexOf(Run r) {
        for (int i = 0; i < runs.size(); i++) if (runs.get(i) == r) return i;
        return -1;
    }

    private String nextName() {
        long mine = runs.stream().filter(r -> r.experiment() == null).count();
        return "Run " + (mine + 1);
    }

    private static Run snapshot(String name, TrainingSnapshot s, MetricsHistory h, RunSettings settings) {
        double seconds = 0, images = 0;
        for (EpochMetrics e : h.epochs()) {
            if (!Double.isFinite(e.seconds()) || !Double.isFinite(e.imagesPerSecond())) continue; // loaded history: speed unknown
            seconds += e.seconds();
            images += e.seconds() * e.imagesPerSecond();
        }
        boolean timed = seconds > 0;
        return new Run(name, null, null, s.dataset().id(), s.spec(), settings, s.spec().totalParams(),
                timed ? seconds : Double.NaN, timed ? images / seconds : Double.NaN, h.epochs(), RunCurve.thin(h.batches()), null);
    }
}
