package org.convscope.ui.kernels;

import java.util.List;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.ui.common.Normalization;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.common.ValueRange;
import org.convscope.ui.training.ModelWeights;

/**
 * What the kernels view shows: which layer, how (a {@link KernelMode}), on which colour scale,
 * and the resulting {@link KernelPicture}, drawn off the FX thread.
 *
 * <p>Weights arrive ten times a second while training. One picture is drawn at a time and only the
 * newest request waiting behind it is kept; while {@link #liveProperty() live}, new weights are
 * drawn at most every {@link #LIVE_INTERVAL_NANOS}, but a choice the user makes (layer, mode,
 * scale) is drawn at once.
 */
public final class KernelsViewModel {
    /** While training, new weights are drawn at most four times a second. */
    public static final long LIVE_INTERVAL_NANOS = 250_000_000L;

    private final TaskRunner tasks;
    private final LongSupplier clock;
    private final ObjectProperty<ModelWeights> weights = new SimpleObjectProperty<>();
    private final BooleanProperty live = new SimpleBooleanProperty();
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final ObservableList<WeightLayer> layers = FXCollections.observableArrayList();
    private final ObservableList<WeightLayer> layersView = FXCollections.unmodifiableObservableList(layers);
    private final IntegerProperty layer = new SimpleIntegerProperty(0);
    private final ObjectProperty<KernelMode> mode = new SimpleObjectProperty<>(KernelMode.PATCHES);
    private final ReadOnlyObjectWrapper<KernelMode> shownMode = new ReadOnlyObjectWrapper<>(KernelMode.PATCHES);
    private final ObjectProperty<Normalization> scope = new SimpleObjectProperty<>(Normalization.PER_LAYER);
    private final ReadOnlyObjectWrapper<KernelPicture> picture = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Cell> hover = new SimpleObjectProperty<>();
    private final ReadOnlyIntegerWrapper legendFilter = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<ValueRange> legendRange = new ReadOnlyObjectWrapper<>(new ValueRange(0, 0));
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();

    private ModelSpec layersSpec;
    private Request pending;
    private boolean running;
    private long lastStart;
    private boolean started;
    private boolean adjusting; // the layer index is being fixed up for a new architecture
    // the last snapshot read into kernels, so a new mode or scale does not read it again (FX thread)
    private ModelWeights readWeights;
    private ModelKernels readKernels;
    private final KernelSource source = new KernelSource(); // used by one task at a time

    private record Request(ModelWeights weights, ModelKernels kernels, int layer, KernelMode mode,
                           Normalization scope, boolean chosen) {
    }

    private record Result(ModelWeights weights, ModelKernels kernels, KernelPicture picture) {
    }

    public KernelsViewModel(TaskRunner tasks) {
        this(tasks, System::nanoTime);
    }

    /** {@code clock}: nanoseconds, for the live pace (tests pass their own). */
    public KernelsViewModel(TaskRunner tasks, LongSupplier clock) {
        this.tasks = tasks;
        this.clock = clock;
        weights.addListener((o, a, w) -> weightsChanged(w));
        layer.addListener((o, a, b) -> {
            legendFilter.set(0);
            hover.set(null);
            updateShownMode();
            if (!adjusting) request(true);
        });
        mode.addListener((o, a, b) -> {
            updateShownMode();
            request(true);
        });
        scope.addListener((o, a, b) -> request(true));
        live.addListener((o, a, b) -> pump());
        active.addListener((o, a, b) -> pump());
        hover.addListener((o, a, c) -> {
            if (c != null) legendFilter.set(c.filter());
        });
        picture.addListener((o, a, b) -> {
            // a cell of another layout may not exist in this one
            if (a == null || b == null || !a.layout().equals(b.layout())) hover.set(null);
            updateLegend();
        });
        legendFilter.addListener((o, a, b) -> updateLegend());
    }

    private void weightsChanged(ModelWeights w) {
        if (w == null) {
            layers.clear();
            layersSpec = null;
            picture.set(null);
            return;
        }
        if (!w.spec().equals(layersSpec)) {
            layersSpec = w.spec();
            List<WeightLayer> list = WeightLayer.of(w.spec());
            layers.setAll(list);
            adjusting = true;
            try {
                if (layer.get() >= list.size()) layer.set(0);
            } finally {
                adjusting = false;
            }
            updateShownMode();
            request(true);
            return;
        }
        request(false);
    }

    private WeightLayer selected() {
        int i = layer.get();
        return i >= 0 && i < layers.size() ? layers.get(i) : null;
    }

    private void updateShownMode() {
        WeightLayer l = selected();
        shownMode.set(l == null ? mode.get() : mode.get().on(l));
    }

    private void updateLegend() {
        KernelPicture p = picture.get();
        if (p == null) return;
        legendRange.set(p.range(Math.min(legendFilter.get(), p.layer().filters() - 1)));
    }

    private void request(boolean chosen) {
        ModelWeights w = weights.get();
        if (w == null || selected() == null) return;
        boolean keepChosen = pending != null && pending.chosen();
        ModelKernels known = w == readWeights ? readKernels : null;
        pending = new Request(w, known, layer.get(), mode.get(), scope.get(), chosen || keepChosen);
        pump();
    }

    private void pump() {
        if (running || pending == null) return;
        // hidden, new weights wait for the view to show (a new architecture does not: its layers must be read); a
        // hidden view drawing training's weights three times a second took the other views' time on two cores
        if (!pending.chosen() && !active.get()) return;
        if (!pending.chosen() && live.get() && started && clock.getAsLong() - lastStart < LIVE_INTERVAL_NANOS) {
            return; // the next weights, or the end of training, bring it back
        }
        Request r = pending;
        pending = null;
        running = true;
        started = true;
        lastStart = clock.getAsLong();
        tasks.run(() -> {
            ModelKernels k = r.kernels() != null ? r.kernels() : source.read(r.weights());
            return new Result(r.weights(), k, KernelPainter.paint(k, r.layer(), r.mode(), r.scope()));
        }, result -> {
            running = false;
            readWeights = result.weights();
            readKernels = result.kernels();
            // a choice still waiting makes this picture stale: skip it rather than flash it
            if (pending == null || !pending.chosen()) picture.set(result.picture());
            error.set(null);
            pump();
        }, e -> {
            running = false;
            error.set(e.getMessage());
            pump();
        });
    }

    /** Selects the layer with Keras name {@code name} (e.g. conv2d_1); false if there is none. */
    public boolean selectLayer(String name) {
        for (WeightLayer l : layers) {
            if (l.name().equals(name)) {
                layer.set(l.index());
                return true;
            }
        }
        return false;
    }

    /** The weights to show (engine memory layout, as training publishes them). */
    public ObjectProperty<ModelWeights> weightsProperty() { return weights; }
    /** True while training runs: new weights are then drawn at a calmer pace. */
    public BooleanProperty liveProperty() { return live; }
    /** False while no one sees the view: new weights are then drawn when it shows again. */
    public BooleanProperty activeProperty() { return active; }
    /** The layers with weights of the current architecture. */
    public ObservableList<WeightLayer> layers() { return layersView; }
    /** Index into {@link #layers()} of the layer shown. */
    public IntegerProperty layerProperty() { return layer; }
    /** The mode asked for; {@link #shownModeProperty()} is what the layer allows (patches need one input channel). */
    public ObjectProperty<KernelMode> modeProperty() { return mode; }
    public ReadOnlyObjectProperty<KernelMode> shownModeProperty() { return shownMode.getReadOnlyProperty(); }
    /** Which values share one colour scale (see {@link KernelPicture#range}). */
    public ObjectProperty<Normalization> scopeProperty() { return scope; }
    /** The latest drawing; null until the first weights are drawn. */
    public ReadOnlyObjectProperty<KernelPicture> pictureProperty() { return picture.getReadOnlyProperty(); }
    /** The weight under the pointer, or null. */
    public ObjectProperty<Cell> hoverProperty() { return hover; }
    /** The filter whose scale the legend shows on the per-filter scale: the last one pointed at. */
    public ReadOnlyIntegerProperty legendFilterProperty() { return legendFilter.getReadOnlyProperty(); }
    /** The values the legend's colours run between. */
    public ReadOnlyObjectProperty<ValueRange> legendRangeProperty() { return legendRange.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
}
