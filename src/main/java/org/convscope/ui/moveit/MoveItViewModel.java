package org.convscope.ui.moveit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.convscope.data.DatasetKind;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.Inspection;
import org.convscope.engine.model.Sequential;
import org.convscope.training.Run;
import org.convscope.training.SessionState;
import org.convscope.training.shift.ShiftAnalysis;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.common.TrainingPace;
import org.convscope.ui.inspect.ProbeModel;
import org.convscope.ui.training.ModelWeights;
import org.convscope.ui.training.RunLog;

/**
 * What Move it shows: the probe image through the network in training or, once the pooling experiment
 * has run on the probe's dataset, through its two arms side by side (trained alike, so pooling is the
 * one difference). Worked out off the FX thread, one analysis at a time, while the view is on screen: at
 * once for a new image, new arms or a new language, and for weights that come outside a training run;
 * while training runs, after each epoch and at most every {@link #LIVE_INTERVAL_NANOS} besides
 * ({@link TrainingPace}). It used to analyse every new set of weights, ten a second: 169 shifted images
 * through the network each time, and training ran at a third of its speed while Move it was on screen.
 */
public final class MoveItViewModel {
    private final ProbeModel probe;
    private final RunLog runs;
    private final I18n i18n;
    private final TaskRunner tasks;
    /** While training runs, the analysis follows the weights at most this often (besides each epoch's end). */
    public static final long LIVE_INTERVAL_NANOS = 2_000_000_000L;
    private final ObservableList<ShiftPanel> panels = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper experimentAvailable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final TrainingPace pace = new TrainingPace(this::analyseNow, LIVE_INTERVAL_NANOS, System::nanoTime);
    private float[] analysedImage; // the probe image of the latest analysis: [H·W·C]

    // owned by the task thread: a network per architecture, its weights copied in for each request
    private final Map<ModelSpec, Sequential> models = new HashMap<>();

    /** A network to analyse: its role, architecture and weights (engine layout). */
    private record Network(String role, ModelSpec spec, float[] params) {
    }

    private record Request(float[] image, List<Network> networks, DatasetKind dataset) {
    }

    public MoveItViewModel(ProbeModel probe, RunLog runs, I18n i18n, TaskRunner tasks) {
        this.probe = probe;
        this.runs = runs;
        this.i18n = i18n;
        this.tasks = tasks;
        // a new inspection comes with new weights (ten a second while training) or a new image: the pace
        // decides for the weights, a new image is answered at once
        pace.weightsProperty().bind(probe.inspectionProperty());
        probe.inspectionProperty().addListener((o, a, seen) -> {
            if (seen != null && !Arrays.equals(seen.input(), analysedImage)) pace.force();
        });
        runs.runs().addListener((ListChangeListener<Run>) c -> refresh());
        probe.datasetProperty().addListener((o, a, d) -> experimentAvailable.set(arms(d) != null));
        i18n.localeProperty().addListener((o, a, b) -> refresh()); // the class names
    }

    /** Follows training's state and epochs: while it runs, new weights are analysed after epochs and every 2 s. */
    public void follow(ObservableValue<SessionState> state, ObservableValue<?> lastEpoch) {
        pace.follow(state, lastEpoch);
    }

    /** Works Move it out again for the probe as it is, if the view is on screen (at once, or after the running analysis). */
    public void refresh() {
        experimentAvailable.set(arms(probe.datasetProperty().get()) != null);
        pace.force();
    }

    // the pooling experiment's two arms for this dataset, or null
    private Run[] arms(DatasetKind dataset) {
        Run with = arm("with", dataset), without = arm("without", dataset);
        return with != null && without != null ? new Run[] {with, without} : null;
    }

    // the pace's work: one analysis of the probe as it is now; the pace hears when it is done
    private void analyseNow() {
        Inspection seen = probe.inspectionProperty().get();
        ModelWeights live = probe.weightsProperty().get();
        DatasetKind dataset = probe.datasetProperty().get();
        Run[] arms = arms(dataset);
        experimentAvailable.set(arms != null);
        if (seen == null || live == null || !seen.spec().equals(live.spec())) {
            pace.done();
            return;
        }
        List<Network> networks = new ArrayList<>();
        if (arms != null && arms[0].spec().input().equals(live.spec().input())) {
            networks.add(new Network("with", arms[0].spec(), arms[0].weights()));
            networks.add(new Network("without", arms[1].spec(), arms[1].weights()));
        } else {
            networks.add(new Network("live", live.spec(), live.params()));
        }
        analysedImage = seen.input();
        submit(new Request(seen.input(), networks, dataset));
    }

    // the newest arm of the pooling experiment trained on this dataset, with its weights
    private Run arm(String id, DatasetKind dataset) {
        for (int i = runs.runs().size() - 1; i >= 0; i--) {
            Run r = runs.runs().get(i);
            if (r.isArm("pooling", id) && r.weights() != null && dataset.id().equals(r.dataset())) return r;
        }
        return null;
    }

    private void submit(Request r) {
        List<String> classes = r.dataset().classNames(i18n.locale());
        tasks.run(() -> analyse(r, classes), result -> {
            panels.setAll(result);
            error.set(null);
            finish();
        }, e -> {
            error.set(e.getMessage());
            finish();
        });
    }

    private void finish() {
        pace.done();
    }

    private List<ShiftPanel> analyse(Request r, List<String> classes) {
        List<ShiftPanel> out = new ArrayList<>();
        for (Network n : r.networks()) {
            Sequential model = models.computeIfAbsent(n.spec(), s -> Sequential.build(s, 0));
            model.copyParamsFrom(n.params());
            out.add(new ShiftPanel(n.role(), n.spec(), ShiftAnalysis.analyse(model, r.image()), classes));
        }
        return out;
    }

    /** One panel per network analysed: the network in training, or the pooling experiment's two arms. */
    public ObservableList<ShiftPanel> panels() { return panels; }
    /** Whether the view is on screen (bind to {@code TreeVisible}); work waits while it is not, and catches up when it is. */
    public BooleanProperty activeProperty() { return pace.activeProperty(); }
    /** Whether the pooling experiment's arms are there to set side by side. */
    public ReadOnlyBooleanProperty experimentAvailableProperty() { return experimentAvailable.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ProbeModel probe() { return probe; }
    public I18n i18n() { return i18n; }
}
