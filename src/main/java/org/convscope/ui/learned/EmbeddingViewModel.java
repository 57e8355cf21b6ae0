package org.convscope.ui.learned;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.convscope.data.DatasetKind;
import org.convscope.engine.learned.Activations;
import org.convscope.engine.layer.spec.LayerInfo;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.common.TrainingPace;
import org.convscope.ui.inspect.ProbeModel;
import org.convscope.ui.training.ModelWeights;
import org.convscope.ui.training.TrainingViewModel;

/**
 * The embedding map's state: which flat layer, PCA or t-SNE, all images or only the mistakes, the point pointed
 * at or picked, the drawing as a star; and the {@link EmbeddingMap} of the current weights, made off the FX thread.
 *
 * <p>PCA follows training: after each epoch and at most every {@link #LIVE_INTERVAL_NANOS} while it runs, so the
 * class watches the ten classes come apart; at once for weights that come otherwise. t-SNE takes seconds, so it
 * is made only when asked for (choosing it, or Recompute); newer weights then only mark it as old.
 */
public final class EmbeddingViewModel {
    /** While training runs, PCA is recomputed at most this often (as well as after each epoch). */
    public static final long LIVE_INTERVAL_NANOS = 3_000_000_000L;

    /** A flat layer to choose: its architecture index and Keras name. */
    public record LayerChoice(int index, String name, int units) {
    }

    private final TaskRunner tasks;
    private final ObjectProperty<ModelWeights> weights = new SimpleObjectProperty<>();
    private final ObjectProperty<DatasetKind> dataset = new SimpleObjectProperty<>(DatasetKind.MNIST);
    private final ObjectProperty<float[]> drawing = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> layer = new SimpleObjectProperty<>();
    private final ObjectProperty<Projection> method = new SimpleObjectProperty<>(Projection.PCA);
    private final BooleanProperty mistakesOnly = new SimpleBooleanProperty();
    private final IntegerProperty hovered = new SimpleIntegerProperty(-1);
    private final IntegerProperty picked = new SimpleIntegerProperty(-1);
    private final ObservableList<LayerChoice> layers = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<EmbeddingMap> map = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper outdated = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final TrainingPace pace;
    private final int count;
    private ModelSpec layersSpec;
    private boolean asked; // the user asked for this map (t-SNE is only made then)
    private boolean starRunning;

    private record Request(ModelWeights weights, DatasetKind dataset, Integer layer, Projection method, float[] drawing,
                           boolean live, EmbeddingMap earlier) {
    }

    public EmbeddingViewModel(TaskRunner tasks) {
        this(tasks, Embeddings.COUNT);
    }

    public EmbeddingViewModel(TaskRunner tasks, int count) {
        this.tasks = tasks;
        this.count = count;
        this.pace = new TrainingPace(this::make, LIVE_INTERVAL_NANOS, System::nanoTime);
        pace.weightsProperty().bind(weights);
        weights.addListener((o, a, w) -> updateLayers(w));
        dataset.addListener((o, a, d) -> {
            map.set(null);
            picked.set(-1);
        });
        layer.addListener((o, a, b) -> ask());
        method.addListener((o, a, b) -> ask());
        drawing.addListener((o, a, d) -> placeStar());
        map.addListener((o, a, m) -> {
            if (m == null || a == null || m.count() != a.count()) {
                hovered.set(-1);
                picked.set(-1);
            }
        });
    }

    /** Follows {@code training}'s weights, dataset, state and epochs, and the probe's drawing. */
    public static EmbeddingViewModel of(TrainingViewModel training, ProbeModel probe, TaskRunner tasks) {
        EmbeddingViewModel vm = new EmbeddingViewModel(tasks);
        vm.dataset.bind(training.datasetProperty());
        vm.weights.bind(training.weightsProperty());
        vm.drawing.bind(probe.drawingProperty());
        vm.pace.follow(training.stateProperty(), training.lastEpochProperty());
        return vm;
    }

    /** A map of fixed weights made at once on this thread, for pictures without the app ({@code render embedding}). */
    public static EmbeddingViewModel showing(ModelWeights w, DatasetKind dataset, Integer layer, Projection method, float[] drawing) {
        EmbeddingViewModel vm = new EmbeddingViewModel(TaskRunner.immediate());
        vm.dataset.set(dataset);
        vm.drawing.set(drawing);
        vm.method.set(method);
        vm.layer.set(layer);
        vm.weights.set(w); // made now: the runner is immediate
        if (vm.error.get() != null) throw new IllegalArgumentException(vm.error.get());
        return vm;
    }

    private void updateLayers(ModelWeights w) {
        if (w == null || w.spec().equals(layersSpec)) return;
        layersSpec = w.spec();
        List<LayerInfo> infos = w.spec().infer();
        layers.setAll(Activations.flatLayers(w.spec()).stream()
                .map(i -> new LayerChoice(i, infos.get(i).name(), infos.get(i).output().size())).toList());
        if (layer.get() != null && layers.stream().noneMatch(c -> c.index() == layer.get())) layer.set(null);
    }

    /** Makes the map again now with the current weights (t-SNE included). */
    public void recompute() {
        ask();
    }

    private void ask() {
        asked = true;
        pace.force();
    }

    private void make() {
        EmbeddingMap shown = map.get();
        boolean tsne = method.get() == Projection.TSNE;
        if (tsne && !asked) { // newer weights do not remake a t-SNE map by themselves
            outdated.set(shown != null && shown.version() != weights.get().version());
            pace.done();
            return;
        }
        asked = false;
        Request r = new Request(weights.get(), dataset.get(), layer.get(), method.get(), drawing.get(), pace.liveProperty().get(), shown);
        busy.set(true);
        int threads = r.live() ? 1 : org.convscope.engine.parallel.WorkerPool.defaultSize();
        tasks.run(() -> Embeddings.make(r.weights(), r.dataset(), r.layer(), r.method(), count, threads, r.drawing(), r.earlier()), m -> {
            if (m.dataset() == dataset.get()) {
                map.set(m);
                outdated.set(false);
            }
            error.set(null);
            finish();
        }, e -> {
            error.set(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            finish();
        });
    }

    private void finish() {
        busy.set(false);
        pace.done();
        if (map.get() != null && drawing.get() != null && map.get().star() == null) placeStar();
    }

    // the drawing changed: only its star moves (a t-SNE map is not remade for it)
    private void placeStar() {
        EmbeddingMap m = map.get();
        ModelWeights w = weights.get();
        if (m == null || w == null || starRunning || pace.running()) return;
        float[] d = drawing.get();
        if (d == null) {
            map.set(m.withStar(null));
            return;
        }
        starRunning = true;
        ModelWeights used = w.version() == m.version() ? w : null;
        if (used == null) { // the map is of older weights: the star would not belong to it
            starRunning = false;
            return;
        }
        tasks.run(() -> Embeddings.star(used, m, d), s -> {
            starRunning = false;
            if (map.get() == m) map.set(m.withStar(s));
        }, e -> starRunning = false);
    }

    /** Index of the nearest shown point within {@code radius} of map coordinates (x, y), or −1. */
    public int pointNear(double x, double y, double radius) {
        EmbeddingMap m = map.get();
        if (m == null) return -1;
        int best = -1;
        double bestD = radius * radius;
        for (int i = 0; i < m.count(); i++) {
            if (mistakesOnly.get() && !m.mistake(i)) continue;
            double dx = m.points()[2 * i] - x, dy = m.points()[2 * i + 1] - y, d = dx * dx + dy * dy;
            if (d <= bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    public ObjectProperty<ModelWeights> weightsProperty() { return weights; }
    public ObjectProperty<DatasetKind> datasetProperty() { return dataset; }
    /** The drawn digit ([C,H,W]), shown as a star; null for none. */
    public ObjectProperty<float[]> drawingProperty() { return drawing; }
    /** The flat layer (architecture index), or null for the default: the last before the class scores. */
    public ObjectProperty<Integer> layerProperty() { return layer; }
    public ObjectProperty<Projection> methodProperty() { return method; }
    /** Only the images the network gets wrong. */
    public BooleanProperty mistakesOnlyProperty() { return mistakesOnly; }
    /** The image under the pointer, or −1. */
    public IntegerProperty hoveredProperty() { return hovered; }
    /** The image clicked, or −1: the one the buttons open. */
    public IntegerProperty pickedProperty() { return picked; }
    /** The flat layers of the current architecture. */
    public ObservableList<LayerChoice> layers() { return layers; }
    /** False while the view is hidden. */
    public BooleanProperty activeProperty() { return pace.activeProperty(); }
    public ReadOnlyObjectProperty<EmbeddingMap> mapProperty() { return map.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** A t-SNE map of weights that have changed since. */
    public ReadOnlyBooleanProperty outdatedProperty() { return outdated.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    /** For tests and the view: the pace's inputs. */
    TrainingPace pace() { return pace; }
}
