package org.convscope.ui.classmode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.convscope.classmode.ClassModel;
import org.convscope.classmode.ClassServer;
import org.convscope.classmode.DrawingsFolder;
import org.convscope.classmode.FineTune;
import org.convscope.classmode.LanAddress;
import org.convscope.classmode.QrCode;
import org.convscope.classmode.StudentDrawing;
import org.convscope.data.DatasetKind;
import org.convscope.data.Datasets;
import org.convscope.data.Split;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.tensor.Tensor;
import org.convscope.training.EpochMetrics;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.training.ModelWeights;
import org.convscope.ui.training.TrainingViewModel;

/**
 * Class mode without a window: starts and stops the {@link ClassServer}, hands it the model on screen (an
 * immutable snapshot, at every new weights), and collects the drawings. The server's threads only put
 * drawings in a mailbox; {@link #pulse()}, called once per frame on the FX thread, moves them into
 * {@link #drawings()} all at once at most four times a second, so forty students sending together cost
 * four changes a second. While the
 * view is shown, the drawings are read again with new weights at most once a second (off the FX thread), so
 * the gallery follows the network as it trains. Saving and "train on our drawings" run off the FX thread.
 */
public final class ClassModeViewModel {
    public static final int DEFAULT_PORT = 8080;
    static final long RECLASSIFY_NANOS = 1_000_000_000L;
    /** Drawings reach the gallery at most four times a second: a class sending twenty a second costs four layouts, not twenty. */
    static final long DRAIN_NANOS = 250_000_000L;

    /** How the server is started; tests may count or fail starts. */
    public interface Starter {
        ClassServer start(InetAddress host, int port, ClassServer.Receiver receiver) throws IOException;
    }

    /** Where a finished fine-tuning goes when the teacher keeps it: the model on screen. */
    public interface Adopter {
        void adopt(FineTune.Result tuned, Consumer<String> onProblem);
    }

    /** What is shown about the server: its address, the join code, its QR code, and whether only this computer can reach it. */
    public record Address(String url, String code, boolean[][] qr, boolean loopbackOnly) {
    }

    private final ObservableValue<ModelWeights> weights;
    private final ObservableValue<DatasetKind> dataset;
    private final TaskRunner tasks;
    private final Starter starter;
    private final LongSupplier clock;
    private final Queue<StudentDrawing> inbox = new ConcurrentLinkedQueue<>();
    private final ObservableList<ClassDrawing> drawings = FXCollections.observableArrayList();
    private final ObservableList<ClassDrawing> readOnlyDrawings = FXCollections.unmodifiableObservableList(drawings);
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final ObjectProperty<Address> address = new SimpleObjectProperty<>();
    private final ObjectProperty<String> problem = new SimpleObjectProperty<>();
    private final ObjectProperty<ClassScore> score = new SimpleObjectProperty<>(ClassScore.of(List.of()));
    private final DoubleProperty testAccuracy = new SimpleDoubleProperty(Double.NaN);
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<FineTune.Result> tuned = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> saved = new SimpleObjectProperty<>();
    private Adopter adopter = (t, onProblem) -> { };
    private ClassServer server;
    private int nextNumber = 1;
    private ModelWeights readWith; // the weights the answers in the gallery come from
    private long lastReclassify = Long.MIN_VALUE / 2;
    private long lastDrain = Long.MIN_VALUE / 2;
    private boolean reclassifying;

    public ClassModeViewModel(ObservableValue<ModelWeights> weights, ObservableValue<DatasetKind> dataset, TaskRunner tasks,
                              Starter starter, LongSupplier clock) {
        this.weights = weights;
        this.dataset = dataset;
        this.tasks = tasks;
        this.starter = starter;
        this.clock = clock;
        weights.addListener((o, a, w) -> handModel());
        dataset.addListener((o, a, d) -> handModel());
        drawings.addListener((javafx.collections.ListChangeListener<ClassDrawing>) c -> score.set(ClassScore.of(drawings)));
    }

    /** The app's class mode: the training's model, its MNIST test accuracy, and "keep" loads the tuned weights into the training. */
    public static ClassModeViewModel of(TrainingViewModel training, TaskRunner tasks) {
        ClassModeViewModel vm = new ClassModeViewModel(training.weightsProperty(), training.datasetProperty(), tasks,
                ClassServer::start, System::nanoTime);
        vm.testAccuracy.bind(Bindings.createDoubleBinding(() -> testAccuracy(training.startedFromProperty().get(),
                        training.stepProperty().get(), training.lastEpochProperty().get()),
                training.startedFromProperty(), training.stepProperty(), training.lastEpochProperty()));
        vm.adopter = (result, onProblem) -> tasks.run(() -> {
            SavedModel live = training.requestSavedModel().join();
            if (!live.spec().equals(result.spec())) throw new IllegalStateException("the architecture on screen has changed since");
            Sequential tunedModel = Sequential.build(result.spec(), 0);
            tunedModel.copyParamsFrom(result.params());
            // the history and settings go on; the optimizer starts afresh on the new weights
            return new SavedModel(live.spec(), tunedModel.exportWeights(), live.classes(), live.dataset(), live.training(), null);
        }, training::load, e -> onProblem.accept(e.getMessage()));
        return vm;
    }

    /** Where kept fine-tunings go (the app's: into the training; tests: a recorder). */
    void setAdopter(Adopter a) {
        adopter = a;
    }

    static double testAccuracy(SavedModel startedFrom, long steps, EpochMetrics lastEpoch) {
        if (lastEpoch != null) return lastEpoch.testAccuracy();
        return startedFrom != null && steps == 0 ? startedFrom.training().testAccuracy() : Double.NaN;
    }

    // ---- the server ----

    /**
     * Starts on {@link #host()}, on {@link #DEFAULT_PORT} or, when that is taken, any free port.
     */
    public boolean start() {
        InetAddress host = host();
        return start(host, DEFAULT_PORT) || start(host, 0);
    }

    /**
     * The address to serve on: -Dconvscope.class.host if given (an IP address; a name is not looked up), else this
     * computer's local-network address, else loopback.
     */
    public static InetAddress host() {
        String given = System.getProperty("convscope.class.host");
        if (given != null) {
            try {
                // a literal address only: getByName does no lookup for one, and a name is refused below
                if (given.matches("[0-9.]+|[0-9a-fA-F:]+")) return InetAddress.getByName(given);
            } catch (java.net.UnknownHostException e) {
                // falls through to the local network
            }
        }
        return LanAddress.find().orElse(InetAddress.getLoopbackAddress());
    }

    /** Starts on {@code host}:{@code port} (0: any free port) with a new join code; false, with {@link #problemProperty()} set, if it cannot. */
    public boolean start(InetAddress host, int port) {
        if (server != null) return true;
        try {
            server = starter.start(host, port, inbox::add);
        } catch (BindException e) {
            problem.set("port " + port + " is in use");
            return false;
        } catch (IOException | RuntimeException e) {
            problem.set(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            return false;
        }
        problem.set(null);
        handModel();
        String url = server.url().toString();
        // the QR code carries the code after '#': the page fills it in, and a fragment never reaches the server
        address.set(new Address(url, server.code(), QrCode.of(url + "#" + server.code()), host.isLoopbackAddress()));
        running.set(true);
        return true;
    }

    /** Stops the server (the drawings stay); nothing happens when it is not running. */
    public void stop() {
        if (server == null) return;
        server.close();
        server = null;
        running.set(false);
        drain(); // drawings that came in before it stopped are kept
    }

    private void handModel() {
        ModelWeights w = weights.getValue();
        if (server != null) server.setModel(w == null ? null : new ClassModel(w.spec(), w.params(), dataset.getValue()));
    }

    // ---- drawings ----

    /** Once per frame: the drawings that arrived since (at most every {@link #DRAIN_NANOS}), and the gallery read again if the weights moved on. */
    public void pulse() {
        long now = clock.getAsLong();
        if (now - lastDrain >= DRAIN_NANOS) {
            lastDrain = now;
            drain();
        }
        if (readWith == null) readWith = weights.getValue(); // the server answered with these
        maybeReclassify();
    }

    private void drain() {
        if (!inbox.isEmpty()) {
            List<ClassDrawing> arrived = new ArrayList<>();
            for (StudentDrawing d; (d = inbox.poll()) != null; ) arrived.add(new ClassDrawing(nextNumber++, d, d.predicted(), false));
            drawings.addAll(arrived);
        }
    }

    private void maybeReclassify() {
        ModelWeights w = weights.getValue();
        long now = clock.getAsLong();
        if (w == null || w == readWith || reclassifying || !active.get() || drawings.isEmpty()
                || now - lastReclassify < RECLASSIFY_NANOS) return;
        reclassifying = true;
        lastReclassify = now;
        List<ClassDrawing> snapshot = List.copyOf(drawings);
        tasks.run(() -> answers(w, snapshot), answers -> {
            reclassifying = false;
            readWith = w;
            if (answers == null) return;
            // drawings that came in meanwhile keep the server's answer; one change for the whole gallery
            List<ClassDrawing> next = new ArrayList<>(drawings);
            for (int i = 0; i < answers.length && i < next.size(); i++) {
                if (next.get(i).number() != snapshot.get(i).number()) break; // cleared meanwhile
                next.set(i, next.get(i).withAnswer(answers[i]));
            }
            if (!next.equals(drawings)) drawings.setAll(next);
        }, e -> reclassifying = false);
    }

    // the answer to every drawing with weights w, in batches of 64 (a batch of 500 would hold 100 MB of feature
    // maps): [N]; null when the model cannot read 28×28
    private static int[] answers(ModelWeights w, List<ClassDrawing> list) {
        Sequential model = Sequential.build(w.spec(), 0);
        if (!model.inputShape().equals(org.convscope.data.DigitPreprocessor.inputShape())) return null;
        model.copyParamsFrom(w.params());
        int n = list.size(), pixels = 28 * 28, k = model.classes(), chunk = 64;
        int[] best = new int[n];
        for (int from = 0; from < n; from += chunk) {
            int m = Math.min(chunk, n - from);
            float[] x = new float[m * pixels]; // x: [m,28,28,1]
            for (int i = 0; i < m; i++) System.arraycopy(list.get(from + i).drawing().input().pixels(), 0, x, i * pixels, pixels);
            float[] p = model.probabilities(new Tensor(m, model.inputShape(), x)).data(); // p: [m,classes]
            for (int i = 0; i < m; i++) {
                int b = 0;
                for (int c = 1; c < k; c++) if (p[i * k + c] > p[i * k + b]) b = c;
                best[from + i] = b;
            }
        }
        return best;
    }

    /** Hides (or shows again) the drawing numbered {@code number}: gone from the gallery, the score and the saved set. */
    public void setHidden(int number, boolean hidden) {
        for (int i = 0; i < drawings.size(); i++) {
            if (drawings.get(i).number() == number && drawings.get(i).hidden() != hidden) drawings.set(i, drawings.get(i).withHidden(hidden));
        }
    }

    /** Shows every hidden drawing again. */
    public void showHidden() {
        if (drawings.stream().anyMatch(ClassDrawing::hidden)) drawings.setAll(drawings.stream().map(d -> d.withHidden(false)).toList());
    }

    /** Forgets every drawing (a new class); the server, if running, goes on. */
    public void clear() {
        drawings.clear();
        tuned.set(null);
    }

    private List<ClassDrawing> shown() {
        return drawings.stream().filter(d -> !d.hidden()).toList();
    }

    // ---- save, fine-tune ----

    /** Writes the drawings shown (not the hidden ones) as PNGs and labels.csv into {@code folder}, off the FX thread. */
    public void save(Path folder) {
        List<DrawingsFolder.Entry> entries = shown().stream().map(d -> new DrawingsFolder.Entry(d.drawing(), d.answer())).toList();
        busy.set(true);
        tasks.run(() -> {
            try {
                DrawingsFolder.write(folder, entries);
                return folder;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, f -> {
            busy.set(false);
            saved.set(f);
        }, e -> {
            busy.set(false);
            problem.set(message(e));
        });
    }

    /** Whether "train on our drawings" has something to learn from: at least one labelled drawing shown, and a model. */
    public boolean canTrain() {
        return weights.getValue() != null && shown().stream().anyMatch(d -> d.drawing().labelled());
    }

    /** Fine-tunes a copy of the model on screen on the labelled drawings shown; the result waits in {@link #tunedProperty()}. */
    public void trainOnDrawings() {
        ModelWeights w = weights.getValue();
        if (!canTrain() || busy.get()) return;
        List<FineTune.Example> examples = shown().stream().filter(d -> d.drawing().labelled())
                .map(d -> new FineTune.Example(d.drawing().input().pixels(), d.drawing().label())).toList();
        busy.set(true);
        tuned.set(null);
        tasks.run(() -> FineTune.run(w.spec(), w.params(), examples, Datasets.load(DatasetKind.MNIST, Split.TEST), 2), r -> {
            busy.set(false);
            tuned.set(r);
        }, e -> {
            busy.set(false);
            problem.set(message(e));
        });
    }

    /** The model on screen takes the fine-tuned weights (training's history goes on from there). */
    public void keepTuned() {
        FineTune.Result r = tuned.get();
        if (r == null) return;
        tuned.set(null);
        adopter.adopt(r, problem::set);
    }

    /** The fine-tuned weights are dropped; the model on screen never had them. */
    public void discardTuned() {
        tuned.set(null);
    }

    private static String message(Throwable e) {
        Throwable c = e instanceof UncheckedIOException u ? u.getCause() : e;
        return c.getMessage() != null ? c.getMessage() : c.getClass().getSimpleName();
    }

    // ---- properties ----

    public ReadOnlyBooleanProperty runningProperty() { return running; }
    /** The address, code and QR code while running (kept after a stop, for the last run). */
    public ReadOnlyObjectProperty<Address> addressProperty() { return address; }
    /** Why the last start, save or fine-tuning failed (English, technical); null after a success. */
    public ObjectProperty<String> problemProperty() { return problem; }
    /** Every drawing received, hidden ones too, oldest first. */
    public ObservableList<ClassDrawing> drawings() { return readOnlyDrawings; }
    public ReadOnlyObjectProperty<ClassScore> scoreProperty() { return score; }
    /** The MNIST test accuracy of the model on screen (NaN: not measured yet). */
    public DoubleProperty testAccuracyProperty() { return testAccuracy; }
    /** Set while the view is on screen: only then are the drawings read again with new weights. */
    public BooleanProperty activeProperty() { return active; }
    /** True while saving or fine-tuning. */
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    /** The finished fine-tuning waiting for the teacher's choice, or null. */
    public ReadOnlyObjectProperty<FineTune.Result> tunedProperty() { return tuned; }
    /** The folder last saved to. */
    public ReadOnlyObjectProperty<Path> savedProperty() { return saved; }
}
