package org.convscope.ui.explain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.convscope.data.DatasetKind;
import org.convscope.engine.explain.ExplainOptions;
import org.convscope.engine.explain.Explainer;
import org.convscope.engine.explain.Explanation;
import org.convscope.engine.explain.Method;
import org.convscope.engine.layer.spec.Conv2DSpec;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.Inspection;
import org.convscope.training.SessionState;
import org.convscope.ui.common.ColorMap;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.common.ValueRange;
import org.convscope.ui.inspect.ProbeModel;
import org.convscope.ui.training.ModelWeights;
import org.convscope.ui.training.TrainingViewModel;

/**
 * The Explain view's state: which image (the probe), which method, which class ("why not 4?") and, for
 * Grad-CAM, which layer; and the {@link Explanation} of the current weights, computed off the FX thread.
 *
 * <p>One explanation runs at a time and only the newest request waiting behind it is kept. While training
 * runs ({@link #liveProperty()}), new weights are explained at most every {@link #LIVE_INTERVAL_NANOS}, so the
 * class sees the map sharpen without the UI thread's work slowing training; a choice the user makes is
 * answered at once. Nothing is computed while the view is hidden ({@link #activeProperty()}).
 */
public final class ExplainViewModel {
    /** While training, new weights are explained at most four times a second. */
    public static final long LIVE_INTERVAL_NANOS = 250_000_000L;

    private final TaskRunner tasks;
    private final LongSupplier clock;
    private final ObjectProperty<ModelWeights> weights = new SimpleObjectProperty<>();
    private final ObjectProperty<float[]> image = new SimpleObjectProperty<>();
    private final ObjectProperty<DatasetKind> dataset = new SimpleObjectProperty<>(DatasetKind.MNIST);
    private final ObjectProperty<Integer> trueLabel = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> testIndex = new SimpleObjectProperty<>();
    private final BooleanProperty live = new SimpleBooleanProperty();
    // false until the view says it is shown: made with its view in idle time, it explained the probe for nobody
    private final BooleanProperty active = new SimpleBooleanProperty(false);
    private final ObjectProperty<Method> method = new SimpleObjectProperty<>(Method.SALIENCY);
    private final ObjectProperty<Integer> chosenClass = new SimpleObjectProperty<>();
    private final IntegerProperty layer = new SimpleIntegerProperty(ExplainOptions.LAST_CONV);
    private final DoubleProperty opacity = new SimpleDoubleProperty(0.9);
    private final ObservableList<LayerChoice> layers = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Explanation> explanation = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private ModelSpec layersSpec;
    private Request pending;
    private boolean running;
    private boolean started;
    private boolean stale;
    private long lastStart;
    private Explainer explainer; // owned by the task that explains

    private record Request(ModelWeights weights, float[] image, ExplainOptions options, boolean chosen) {
    }

    public ExplainViewModel(TaskRunner tasks) {
        this(tasks, System::nanoTime);
    }

    /** {@code clock}: nanoseconds, for the live pace (tests pass their own). */
    public ExplainViewModel(TaskRunner tasks, LongSupplier clock) {
        this.tasks = tasks;
        this.clock = clock;
        weights.addListener((o, a, w) -> {
            updateLayers(w);
            request(false);
        });
        image.addListener((o, a, b) -> {
            chosenClass.set(null); // a new image: explain what the network answers for it
            request(true);
        });
        method.addListener((o, a, b) -> request(true));
        chosenClass.addListener((o, a, b) -> request(true));
        layer.addListener((o, a, b) -> request(true));
        live.addListener((o, a, b) -> pump());
        active.addListener((o, a, on) -> {
            if (on && stale) request(true);
        });
    }

    /**
     * A view-model that explains one image with fixed weights, at once on the calling thread, for pictures
     * without the app ({@code render explain}, {@code explain --out}): the explanation is there when this returns.
     *
     * @param params    the weights in engine memory layout
     * @param image     [C,H,W] values of the model's input
     * @param testIndex which test image it is, or null (a file or a drawing)
     * @param trueLabel its true class, or null
     * @param options   the method, the class (or {@link ExplainOptions#PREDICTED}) and Grad-CAM's layer
     */
    public static ExplainViewModel showing(ModelSpec spec, float[] params, float[] image, DatasetKind dataset, Integer testIndex,
                                           Integer trueLabel, ExplainOptions options) {
        ExplainViewModel vm = new ExplainViewModel(TaskRunner.immediate());
        vm.active.set(true); // its picture is wanted now
        vm.dataset.set(dataset);
        vm.testIndex.set(testIndex);
        vm.trueLabel.set(trueLabel);
        vm.method.set(options.method());
        vm.layer.set(options.layer());
        vm.weights.set(new ModelWeights(spec, params, 0));
        vm.image.set(image);
        if (options.classIndex() != ExplainOptions.PREDICTED) vm.explainClass(options.classIndex());
        if (vm.error.get() != null) throw new IllegalArgumentException(vm.error.get());
        return vm;
    }

    /** Follows the probe (its image, the weights it runs on, its true class) and the training's state. */
    public static ExplainViewModel of(ProbeModel probe, TrainingViewModel training, TaskRunner tasks) {
        ExplainViewModel vm = new ExplainViewModel(tasks);
        vm.dataset.bind(training.datasetProperty());
        vm.live.bind(Bindings.createBooleanBinding(() -> training.stateProperty().get() == SessionState.RUNNING,
                training.stateProperty()));
        vm.weights.bind(probe.weightsProperty());
        vm.trueLabel.bind(probe.trueLabelProperty());
        // the probe's inspection carries its image; a new inspection of the same image (new weights) is no new image
        probe.inspectionProperty().addListener((o, a, insp) -> vm.followProbe(probe, insp));
        vm.followProbe(probe, probe.inspectionProperty().get());
        return vm;
    }

    private void followProbe(ProbeModel probe, Inspection insp) {
        if (insp == null) return;
        testIndex.set(probe.sourceProperty().get() == ProbeModel.Source.DRAWING && probe.drawingProperty().get() != null
                ? null : probe.testIndexProperty().get());
        if (!Arrays.equals(insp.input(), image.get())) image.set(insp.input());
    }

    private void updateLayers(ModelWeights w) {
        if (w == null || w.spec().equals(layersSpec)) return;
        layersSpec = w.spec();
        List<LayerChoice> convs = w.spec().infer().stream().filter(i -> i.spec() instanceof Conv2DSpec)
                .map(i -> new LayerChoice(i.index(), i.name())).toList();
        layers.setAll(convs);
        if (convs.stream().noneMatch(c -> c.index() == layer.get())) layer.set(ExplainOptions.LAST_CONV);
    }

    private ExplainOptions options() {
        Integer c = chosenClass.get();
        return ExplainOptions.of(method.get()).withClass(c == null ? ExplainOptions.PREDICTED : c).withLayer(layer.get());
    }

    private void request(boolean chosen) {
        if (!active.get()) {
            stale = true;
            return;
        }
        ModelWeights w = weights.get();
        float[] img = image.get();
        if (w == null || img == null) {
            pending = null;
            if (!running) explanation.set(null);
            return;
        }
        stale = false;
        boolean keepChosen = pending != null && pending.chosen();
        pending = new Request(w, img, options(), chosen || keepChosen);
        pump();
    }

    private void pump() {
        if (running || pending == null) return;
        if (!pending.chosen() && live.get() && started && clock.getAsLong() - lastStart < LIVE_INTERVAL_NANOS) {
            return; // the next weights, or the end of training, bring it back
        }
        Request r = pending;
        pending = null;
        running = true;
        busy.set(true);
        started = true;
        lastStart = clock.getAsLong();
        tasks.run(() -> explain(r), result -> {
            running = false;
            busy.set(false);
            // a choice still waiting makes this map stale: skip it rather than flash it
            if (pending == null || !pending.chosen()) explanation.set(result);
            error.set(null);
            pump();
        }, e -> {
            running = false;
            busy.set(false);
            error.set(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            pump();
        });
    }

    // on the task thread: nothing here touches a property
    private Explanation explain(Request r) {
        ModelSpec spec = r.weights().spec();
        if (explainer == null || !explainer.spec().equals(spec)) explainer = new Explainer(spec);
        explainer.load(r.weights().params());
        return explainer.explain(r.image(), r.options());
    }

    /** Explains class {@code c} from now on ("why not c?"), whatever the network answers. */
    public void explainClass(int c) {
        chosenClass.set(c);
    }

    /** Explains the network's answer again, following it as it changes. */
    public void explainAnswer() {
        chosenClass.set(null);
    }

    /** The colour map for the current method: diverging (zero white) when its values have a sign. */
    public ColorMap colorMap() {
        Explanation e = explanation.get();
        return (e == null ? method.get() : e.method()).signed() ? ColorMap.DIVERGING : ColorMap.SEQUENTIAL;
    }

    /** The values the colours span: 0 to the largest value, or ±the largest |value| for a signed map. */
    public ValueRange displayRange() {
        Explanation e = explanation.get();
        if (e == null) return new ValueRange(0, 0);
        ValueRange r = ValueRange.of(e.map());
        return e.method().signed() ? r.forMap(ColorMap.DIVERGING) : new ValueRange(0, Math.max(0, r.hi()));
    }

    /** The name of class {@code c} in the UI language; the number when the dataset does not name it. */
    public String className(int c, Locale locale) {
        DatasetKind kind = dataset.get();
        return kind != null && c < kind.classCount() ? kind.className(c, locale) : Integer.toString(c);
    }

    /** Keras' name of architecture layer {@code index}, or null. */
    public String layerName(int index) {
        return layers.stream().filter(l -> l.index() == index).map(LayerChoice::name).findFirst().orElse(null);
    }

    public ObjectProperty<ModelWeights> weightsProperty() { return weights; }
    /** The image explained: [C,H,W] values of the model's input. */
    public ObjectProperty<float[]> imageProperty() { return image; }
    public ObjectProperty<DatasetKind> datasetProperty() { return dataset; }
    /** The image's true class, or null (a drawing). */
    public ObjectProperty<Integer> trueLabelProperty() { return trueLabel; }
    /** Which test image it is, or null for a drawing. */
    public ObjectProperty<Integer> testIndexProperty() { return testIndex; }
    /** True while training runs: new weights are then explained at a calmer pace. */
    public BooleanProperty liveProperty() { return live; }
    /** True while the view is shown (false until set); requests wait while it is hidden. */
    public BooleanProperty activeProperty() { return active; }
    public ObjectProperty<Method> methodProperty() { return method; }
    /** The class explained, or null for the network's answer. */
    public ReadOnlyObjectProperty<Integer> chosenClassProperty() { return chosenClass; }
    /** Grad-CAM's layer: an architecture index from {@link #layers()}, or −1 for the last convolution. */
    public IntegerProperty layerProperty() { return layer; }
    /** How strongly the map covers the image, 0..1. */
    public DoubleProperty opacityProperty() { return opacity; }
    /** The convolution layers of the current architecture. */
    public ObservableList<LayerChoice> layers() { return layers; }
    /** The latest explanation, or null before the first (or without a model or an image). */
    public ReadOnlyObjectProperty<Explanation> explanationProperty() { return explanation.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    /** True while an explanation is being computed (the first one takes a moment while the JIT warms up). */
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
}
