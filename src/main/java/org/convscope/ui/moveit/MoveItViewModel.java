package org.convscope.ui.moveit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.convscope.data.DatasetKind;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.Inspection;
import org.convscope.engine.model.Sequential;
import org.convscope.training.Run;
import org.convscope.training.shift.ShiftAnalysis;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.inspect.ProbeModel;
import org.convscope.ui.training.ModelWeights;
import org.convscope.ui.training.RunLog;

/**
 * What Move it shows: the probe image through the network in training or, once the pooling experiment
 * has run on the probe's dataset, through its two arms side by side (trained alike, so pooling is the
 * one difference). Worked out off the FX thread when the probe or the networks change and the view is
 * on screen; while training sends new weights, one analysis runs at a time and only the newest request
 * waits behind it.
 */
public final class MoveItViewModel {
    private final ProbeModel probe;
    private final RunLog runs;
    private final I18n i18n;
    private final TaskRunner tasks;
    private final ObservableList<ShiftPanel> panels = FXCollections.observableArrayList();
    private final BooleanProperty active = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper experimentAvailable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private boolean running;
    private Request pending;

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
        probe.inspectionProperty().addListener((o, a, b) -> refresh());
        runs.runs().addListener((ListChangeListener<Run>) c -> refresh());
        active.addListener((o, a, on) -> {
            if (on) refresh();
        });
        i18n.localeProperty().addListener((o, a, b) -> refresh()); // the class names
    }

    /** Works Move it out again for the probe as it is, if the view is on screen. */
    public void refresh() {
        Inspection seen = probe.inspectionProperty().get();
        ModelWeights live = probe.weightsProperty().get();
        DatasetKind dataset = probe.datasetProperty().get();
        Run with = arm("with", dataset), without = arm("without", dataset);
        experimentAvailable.set(with != null && without != null);
        if (!active.get() || seen == null || live == null || !seen.spec().equals(live.spec())) return;
        List<Network> networks = new ArrayList<>();
        if (with != null && without != null && with.spec().input().equals(live.spec().input())) {
            networks.add(new Network("with", with.spec(), with.weights()));
            networks.add(new Network("without", without.spec(), without.weights()));
        } else {
            networks.add(new Network("live", live.spec(), live.params()));
        }
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
        if (running) {
            pending = r;
            return;
        }
        running = true;
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
        running = false;
        Request next = pending;
        pending = null;
        if (next != null) submit(next);
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
    /** Whether the view is on screen (bind to {@code TreeVisible}); work waits while it is not. */
    public BooleanProperty activeProperty() { return active; }
    /** Whether the pooling experiment's arms are there to set side by side. */
    public ReadOnlyBooleanProperty experimentAvailableProperty() { return experimentAvailable.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ProbeModel probe() { return probe; }
    public I18n i18n() { return i18n; }
}
