package org.convscope.ui.learned;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.convscope.data.DatasetKind;
import org.convscope.engine.layer.spec.Conv2DSpec;
import org.convscope.engine.layer.spec.LayerInfo;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.learned.Dream;
import org.convscope.engine.learned.DreamOptions;
import org.convscope.engine.learned.DreamTarget;
import org.convscope.engine.learned.FeatureVisualization;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.common.TrainingPace;
import org.convscope.ui.training.ModelWeights;
import org.convscope.ui.training.TrainingViewModel;

/**
 * Feature visualization's state: classes or one convolution's filters, the regularisers' strengths, the target
 * chosen, which step of its growth is shown; and the {@link Dreams} of the current weights (one image per class
 * or per filter, grown together), made off the FX thread after each epoch while training runs, and at once for a
 * new choice or weights that come otherwise.
 */
public final class DreamViewModel {
    /** Classes, or a convolution's filters. */
    public record Dreams(DreamTarget.Kind kind, int layer, DreamOptions options, List<Dream> dreams, long version) {
        public Dreams {
            dreams = List.copyOf(dreams);
        }
    }

    /** A convolution to choose: its architecture index, Keras name and number of filters. */
    public record ConvChoice(int index, String name, int filters) {
    }

    private final TaskRunner tasks;
    private final ObjectProperty<ModelWeights> weights = new SimpleObjectProperty<>();
    private final ObjectProperty<DatasetKind> dataset = new SimpleObjectProperty<>(DatasetKind.MNIST);
    private final ObjectProperty<DreamTarget.Kind> kind = new SimpleObjectProperty<>(DreamTarget.Kind.CLASS);
    private final ObjectProperty<Integer> layer = new SimpleObjectProperty<>();
    private final IntegerProperty selected = new SimpleIntegerProperty(0);
    private final IntegerProperty steps = new SimpleIntegerProperty(DreamOptions.defaults().steps());
    private final DoubleProperty decay = new SimpleDoubleProperty(DreamOptions.defaults().decay());
    private final IntegerProperty jitter = new SimpleIntegerProperty(DreamOptions.defaults().jitter());
    private final DoubleProperty blur = new SimpleDoubleProperty(DreamOptions.defaults().blurSigma());
    private final IntegerProperty frame = new SimpleIntegerProperty(-1);
    private final ObservableList<ConvChoice> convs = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Dreams> dreams = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final TrainingPace pace;
    private ModelSpec convsSpec;
    private FeatureVisualization visualization; // owned by the task that grows the images

    private record Request(ModelWeights weights, DreamTarget.Kind kind, int layer, DreamOptions options) {
    }

    public DreamViewModel(TaskRunner tasks) {
        this.tasks = tasks;
        this.pace = new TrainingPace(this::grow, 0, System::nanoTime);
        pace.weightsProperty().bind(weights);
        weights.addListener((o, a, w) -> updateConvs(w));
        kind.addListener((o, a, b) -> choose());
        layer.addListener((o, a, b) -> {
            if (kind.get() == DreamTarget.Kind.FILTER) choose(); // the classes do not depend on it
        });
        for (javafx.beans.Observable p : List.of(steps, decay, jitter, blur)) p.addListener(o -> pace.force());
        dreams.addListener((o, a, d) -> {
            if (d != null && selected.get() >= d.dreams().size()) selected.set(0);
            frame.set(-1); // the finished image
        });
    }

    /** Follows {@code training}: its weights, dataset, state and epochs. */
    public static DreamViewModel of(TrainingViewModel training, TaskRunner tasks) {
        DreamViewModel vm = new DreamViewModel(tasks);
        vm.dataset.bind(training.datasetProperty());
        vm.weights.bind(training.weightsProperty());
        vm.pace.follow(training.stateProperty(), training.lastEpochProperty());
        return vm;
    }

    /** Images of fixed weights grown at once on this thread, for pictures without the app ({@code render dream}). */
    public static DreamViewModel showing(ModelWeights w, DatasetKind dataset, DreamTarget.Kind kind, Integer layer, int selected) {
        DreamViewModel vm = new DreamViewModel(TaskRunner.immediate());
        vm.dataset.set(dataset);
        vm.kind.set(kind);
        if (layer != null) vm.layer.set(layer);
        vm.weights.set(w); // grown now: the runner is immediate
        vm.selected.set(selected);
        if (vm.error.get() != null) throw new IllegalArgumentException(vm.error.get());
        return vm;
    }

    private void choose() {
        selected.set(0);
        pace.force();
    }

    private void updateConvs(ModelWeights w) {
        if (w == null || w.spec().equals(convsSpec)) return;
        convsSpec = w.spec();
        List<ConvChoice> list = new ArrayList<>();
        for (LayerInfo i : w.spec().infer()) {
            if (i.spec() instanceof Conv2DSpec c) list.add(new ConvChoice(i.index(), i.name(), c.filters()));
        }
        convs.setAll(list);
        if (layer.get() == null || list.stream().noneMatch(c -> c.index() == layer.get())) {
            layer.set(list.isEmpty() ? null : list.get(list.size() - 1).index());
        }
    }

    /** The regularisers and steps chosen, with the defaults' step size, noise and seed. */
    public DreamOptions options() {
        return DreamOptions.defaults().withSteps(steps.get()).withDecay(decay.get()).withJitter(jitter.get()).withBlur(blur.get());
    }

    private void grow() {
        ModelWeights w = weights.get();
        DreamTarget.Kind k = kind.get();
        if (k == DreamTarget.Kind.FILTER && layer.get() == null) {
            pace.done();
            return;
        }
        Request r = new Request(w, k, k == DreamTarget.Kind.FILTER ? layer.get() : -1, options());
        busy.set(true);
        tasks.run(() -> grow(r), d -> {
            dreams.set(d);
            error.set(null);
            busy.set(false);
            pace.done();
        }, e -> {
            error.set(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            busy.set(false);
            pace.done();
        });
    }

    // on the task thread: nothing here touches a property
    private Dreams grow(Request r) {
        ModelSpec spec = r.weights().spec();
        if (visualization == null || !visualization.spec().equals(spec)) visualization = new FeatureVisualization(spec);
        visualization.load(r.weights().params());
        List<DreamTarget> targets = new ArrayList<>();
        if (r.kind() == DreamTarget.Kind.CLASS) {
            int k = spec.outputShape().size();
            for (int c = 0; c < k; c++) targets.add(DreamTarget.ofClass(c));
        } else {
            int filters = ((Conv2DSpec) spec.layers().get(r.layer())).filters();
            for (int f = 0; f < filters; f++) targets.add(DreamTarget.filter(r.layer(), f));
        }
        return new Dreams(r.kind(), r.layer(), r.options(), visualization.run(targets, r.options()), r.weights().version());
    }

    /** The dream shown large: the selected target's, or null. */
    public Dream selectedDream() {
        Dreams d = dreams.get();
        return d == null || selected.get() >= d.dreams().size() ? null : d.dreams().get(selected.get());
    }

    /** The frame shown of the selected dream: {@link #frameProperty()}, or its last. */
    public int shownFrame() {
        Dream d = selectedDream();
        if (d == null) return -1;
        int f = frame.get();
        return f < 0 || f >= d.frames().size() ? d.frames().size() - 1 : f;
    }

    public ObjectProperty<ModelWeights> weightsProperty() { return weights; }
    public ObjectProperty<DatasetKind> datasetProperty() { return dataset; }
    /** Grow classes or a convolution's filters. */
    public ObjectProperty<DreamTarget.Kind> kindProperty() { return kind; }
    /** The convolution whose filters grow (architecture index); the last one unless chosen. */
    public ObjectProperty<Integer> layerProperty() { return layer; }
    /** The target shown large: a class or a filter. */
    public IntegerProperty selectedProperty() { return selected; }
    public IntegerProperty stepsProperty() { return steps; }
    /** L2 decay: the fraction every pixel loses toward black each step. */
    public DoubleProperty decayProperty() { return decay; }
    /** Jitter: the largest random shift before each step, in pixels. */
    public IntegerProperty jitterProperty() { return jitter; }
    /** Blur: the Gaussian's deviation in pixels, every 4 steps. */
    public DoubleProperty blurProperty() { return blur; }
    /** Which frame of the selected dream is shown; −1 for the finished image. */
    public IntegerProperty frameProperty() { return frame; }
    /** The convolutions of the current architecture. */
    public ObservableList<ConvChoice> convs() { return convs; }
    /** False while the view (or this part of it) is hidden. */
    public BooleanProperty activeProperty() { return pace.activeProperty(); }
    public ReadOnlyObjectProperty<Dreams> dreamsProperty() { return dreams.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
}
