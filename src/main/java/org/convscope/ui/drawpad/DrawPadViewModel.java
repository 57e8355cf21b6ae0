package org.convscope.ui.drawpad;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
import org.convscope.data.DatasetKind;
import org.convscope.data.DigitPreprocessor;
import org.convscope.data.GrayImage;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.tensor.Tensor;
import org.convscope.images.ImageFiles;
import org.convscope.training.EpochMetrics;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.inspect.ProbeModel;
import org.convscope.ui.training.ModelWeights;
import org.convscope.ui.training.TrainingViewModel;

/**
 * The draw pad without a window: strokes and pictures in, and out the preprocessing steps, the
 * 28×28 input and the network's probabilities for it, recomputed off the FX thread whenever the
 * drawing, the weights or the settings change. While a stroke is being drawn it classifies at most
 * every {@value #THROTTLE_MILLIS} ms; on release, at once. One classification runs at a time and only
 * the newest request waiting behind it is kept.
 *
 * <p>The drawn digit also becomes the probe image of the inside-the-network views ({@link ProbeModel}).
 */
public final class DrawPadViewModel {
    public static final double MIN_BRUSH = 6;
    public static final double MAX_BRUSH = 48;
    /** On a 280-pixel pad, a 22-pixel pen gives the stroke width of MNIST's digits once scaled to 20 px. */
    public static final double DEFAULT_BRUSH = 22;
    static final long THROTTLE_MILLIS = 100;

    /** Why an opened file could not be shown: its name and what went wrong (English, technical). */
    public record OpenProblem(String fileName, String detail) {
    }

    /**
     * One classification.
     *
     * @param source        what was classified: the pad, or an opened picture at its own size
     * @param steps         the MNIST-style preprocessing of {@code source}, step by step
     * @param preprocessed  whether the network saw {@code steps.input()} or only {@code source} shrunk to 28×28
     * @param input         the 28×28 image the network saw
     * @param probabilities one per class, or null when there is nothing to classify or no model
     * @param dataset       whose classes the probabilities are
     */
    public record Result(GrayImage source, DigitPreprocessor.Steps steps, boolean preprocessed, GrayImage input,
                         float[] probabilities, DatasetKind dataset) {
        public boolean blank() {
            return steps.blank();
        }

        /** The class ranked {@code rank} (0 = the top guess), or -1 if there are no probabilities. */
        public int ranked(int rank) {
            if (probabilities == null || rank >= probabilities.length) return -1;
            boolean[] taken = new boolean[probabilities.length];
            int best = -1;
            for (int r = 0; r <= rank; r++) {
                best = -1;
                for (int c = 0; c < probabilities.length; c++) {
                    if (!taken[c] && (best < 0 || probabilities[c] > probabilities[best])) best = c;
                }
                taken[best] = true;
            }
            return best;
        }
    }

    private record Request(long version, GrayImage source, boolean preprocess, DatasetKind dataset, ModelWeights weights) {
    }

    private final ObservableValue<ModelWeights> weights;
    private final ObservableValue<DatasetKind> dataset;
    private final TaskRunner tasks;
    private final LongSupplier clock;
    private final Drawing drawing = new Drawing();
    private final DoubleProperty brushSize = new SimpleDoubleProperty(DEFAULT_BRUSH);
    private final BooleanProperty eraser = new SimpleBooleanProperty();
    private final BooleanProperty preprocess = new SimpleBooleanProperty(true);
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty blank = new SimpleBooleanProperty(true);
    private final ObjectProperty<Result> result = new SimpleObjectProperty<>();
    private final ObjectProperty<OpenProblem> openProblem = new SimpleObjectProperty<>();
    private final ObjectProperty<ModelStatus> status = new SimpleObjectProperty<>(ModelStatus.UNKNOWN);
    private Consumer<int[]> padListener = r -> { };
    private ProbeModel probe;
    private long lastRequest = Long.MIN_VALUE / 2;
    private boolean running;
    private Request pending;
    private long probedVersion = -1;
    private boolean probedPreprocess;

    // owned by the task that classifies
    private Sequential model;
    // the preprocessing of the last drawing seen: new weights (ten a second while training) reuse it
    private long preparedVersion = -1;
    private DatasetKind preparedDataset;
    private DigitPreprocessor.Steps preparedSteps;
    private GrayImage preparedShrunk;

    /**
     * A pad asking the network given by {@code weights}, whose classes are {@code dataset}'s. No
     * probe image is set and the model status stays unknown unless wired (see {@link #of}).
     */
    /**
     * A pad that answers for one image from fixed weights, for pictures without the app ({@code render
     * drawpad}): the model's weights and dataset, and the image (ink = 1, any size). Classification runs
     * at once on the calling thread, so the answer is there when this returns.
     */
    public static DrawPadViewModel showing(SavedModel model, GrayImage image) {
        DatasetKind kind = DatasetKind.FASHION_MNIST.id().equals(model.dataset()) ? DatasetKind.FASHION_MNIST : DatasetKind.MNIST;
        DrawPadViewModel vm = new DrawPadViewModel(new SimpleObjectProperty<>(ModelWeights.of(model)),
                new SimpleObjectProperty<>(kind), TaskRunner.immediate());
        vm.statusProperty().set(new ModelStatus(true, 0, model.training().testAccuracy()));
        vm.showImage(image);
        return vm;
    }

    public DrawPadViewModel(ObservableValue<ModelWeights> weights, ObservableValue<DatasetKind> dataset, TaskRunner tasks) {
        this(weights, dataset, tasks, System::nanoTime);
    }

    DrawPadViewModel(ObservableValue<ModelWeights> weights, ObservableValue<DatasetKind> dataset, TaskRunner tasks, LongSupplier clock) {
        this.weights = weights;
        this.dataset = dataset;
        this.tasks = tasks;
        this.clock = clock;
        // weights arrive ten times a second while training: throttled; but the first weights, or another
        // architecture's, are answered at once (a throttled request is dropped, and none may follow)
        weights.addListener((o, a, b) -> classify(a == null || b == null || !a.spec().equals(b.spec())));
        dataset.addListener((o, a, b) -> classify(true));
        preprocess.addListener((o, a, b) -> classify(true));
        publishResult(blankResult());
    }

    /** The pad of the app: the training's model and dataset, the shared probe, the training's status. */
    public static DrawPadViewModel of(TrainingViewModel training, ProbeModel probe, TaskRunner tasks) {
        DrawPadViewModel vm = new DrawPadViewModel(training.weightsProperty(), training.datasetProperty(), tasks);
        vm.setProbe(probe);
        vm.status.bind(Bindings.createObjectBinding(() -> status(training.startedFromProperty().get(),
                        training.stepProperty().get(), training.lastEpochProperty().get()),
                training.startedFromProperty(), training.stepProperty(), training.lastEpochProperty()));
        return vm;
    }

    static ModelStatus status(SavedModel startedFrom, long steps, EpochMetrics lastEpoch) {
        double accuracy = lastEpoch != null ? lastEpoch.testAccuracy()
                : startedFrom != null && steps == 0 ? startedFrom.training().testAccuracy() : Double.NaN;
        return new ModelStatus(startedFrom != null, steps, accuracy);
    }

    /** The drawing (preprocessed) becomes {@code probe}'s image whenever it changes; null: no probe. */
    public void setProbe(ProbeModel probe) {
        this.probe = probe;
    }

    // ---- the pad (coordinates in pad pixels, 0..PAD_SIZE) ----

    public static int padSize() {
        return Drawing.SIZE;
    }

    /** The pad's pixels (0..1 ink), row-major; they change on the FX thread only. */
    public float[] padPixels() {
        return drawing.pixels();
    }

    /** Called with the changed rectangle {left, top, right, bottom}, or null when the whole pad changed. */
    public void setPadListener(Consumer<int[]> listener) {
        padListener = listener;
    }

    public void press(double x, double y) {
        padChanged(drawing.begin(x, y, brushSize.get(), eraser.get()));
        classify(false);
    }

    public void drag(double x, double y) {
        if (!drawing.drawing()) return;
        padChanged(drawing.extend(x, y));
        classify(false);
    }

    public void release() {
        if (!drawing.drawing()) return;
        drawing.end();
        classify(true);
    }

    public void undo() {
        if (drawing.undo()) wholePadChanged();
    }

    public void clear() {
        drawing.clear();
        wholePadChanged();
    }

    /** Shows an image (ink = 1) on the pad and classifies it as it is, at its own size. */
    public void showImage(GrayImage image) {
        openProblem.set(null);
        drawing.picture(image);
        wholePadChanged();
    }

    /** Reads an image file off the FX thread (dark-on-light is inverted) and shows it; a failure sets {@link #openProblemProperty()}. */
    public void open(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        tasks.run(() -> {
            try {
                return ImageFiles.readInk(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, this::showImage, e -> openProblem.set(new OpenProblem(name, detail(e))));
    }

    private static String detail(Throwable e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }

    private void padChanged(int[] rect) {
        if (rect != null) padListener.accept(rect);
        canUndo.set(drawing.canUndo());
    }

    private void wholePadChanged() {
        padListener.accept(null);
        canUndo.set(drawing.canUndo());
        classify(true);
    }

    // ---- classification ----

    private void classify(boolean now) {
        if (drawing.isBlank()) {
            pending = null;
            // new weights change nothing on an empty pad: publishing anyway would repaint every
            // preprocessing picture at each training snapshot, time taken from training
            Result shown = result.get();
            if (shown == null || !shown.blank() || shown.dataset() != dataset.getValue() || shown.preprocessed() != preprocess.get()) {
                publishResult(blankResult());
            }
            return;
        }
        long t = clock.getAsLong();
        if (!now && t - lastRequest < THROTTLE_MILLIS * 1_000_000) return;
        lastRequest = t;
        submit(new Request(drawing.version(), drawing.source(), preprocess.get(), dataset.getValue(), weights.getValue()));
    }

    private Result blankResult() {
        GrayImage empty = GrayImage.blank(Drawing.SIZE, Drawing.SIZE);
        DigitPreprocessor.Steps steps = DigitPreprocessor.steps(empty, DigitPreprocessor.modeFor(dataset.getValue()));
        return new Result(empty, steps, preprocess.get(), steps.input(), null, dataset.getValue());
    }

    private void submit(Request r) {
        if (running) {
            pending = r;
            return;
        }
        running = true;
        tasks.run(() -> compute(r), res -> {
            // a result for a drawing that has since been cleared is not shown
            if (!drawing.isBlank()) publish(r, res);
            finish();
        }, e -> finish());
    }

    private void finish() {
        running = false;
        Request next = pending;
        pending = null;
        if (next != null) submit(next);
    }

    private Result compute(Request r) {
        if (r.version() != preparedVersion || r.dataset() != preparedDataset) {
            preparedSteps = DigitPreprocessor.steps(r.source(), DigitPreprocessor.modeFor(r.dataset()));
            preparedShrunk = DigitPreprocessor.shrink(r.source());
            preparedVersion = r.version();
            preparedDataset = r.dataset();
        }
        GrayImage input = r.preprocess() ? preparedSteps.input() : preparedShrunk;
        float[] probs = preparedSteps.blank() || r.weights() == null ? null : probabilities(r.weights(), input);
        return new Result(r.source(), preparedSteps, r.preprocess(), input, probs, r.dataset());
    }

    private float[] probabilities(ModelWeights w, GrayImage input) {
        if (model == null || !model.spec().equals(w.spec())) model = Sequential.build(w.spec(), 0);
        if (!model.inputShape().equals(DigitPreprocessor.inputShape())) return null;
        model.copyParamsFrom(w.params());
        return model.infer(new Tensor(1, model.inputShape(), input.pixels()), 0).probabilities();
    }

    private void publish(Request r, Result res) {
        publishResult(res);
        if (probe == null || res.blank()) return;
        if (r.version() != probedVersion || r.preprocess() != probedPreprocess) {
            // only a new image is news to the probe: new weights reach it by themselves
            probedVersion = r.version();
            probedPreprocess = r.preprocess();
            probe.drawingProperty().set(res.input().pixels());
            probe.sourceProperty().set(ProbeModel.Source.DRAWING);
        }
    }

    /**
     * Makes the drawing on the pad the probe image again (after a test image was chosen elsewhere), as the
     * network sees it; nothing happens on an empty pad or without a probe.
     */
    public void probeDrawing() {
        Result res = result.get();
        if (probe == null || res == null || res.blank()) return;
        probe.drawingProperty().set(res.input().pixels());
        probe.sourceProperty().set(ProbeModel.Source.DRAWING);
    }

    private void publishResult(Result res) {
        result.set(res);
        blank.set(res.blank());
        if (res.blank() && probe != null && probe.drawingProperty().get() != null) {
            probe.drawingProperty().set(null);
            probedVersion = -1;
        }
    }

    // ---- properties ----

    /** Pen width in pad pixels. */
    public DoubleProperty brushSizeProperty() { return brushSize; }
    public BooleanProperty eraserProperty() { return eraser; }
    /** Whether the network sees the MNIST-style preprocessed image (else the pad merely shrunk to 28×28). */
    public BooleanProperty preprocessProperty() { return preprocess; }
    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo; }
    /** True while there is nothing on the pad. */
    public ReadOnlyBooleanProperty blankProperty() { return blank; }
    /** The latest classification (never null; blank when the pad is). */
    public ReadOnlyObjectProperty<Result> resultProperty() { return result; }
    /** Set when a file could not be opened; cleared when an image is shown. */
    public ObjectProperty<OpenProblem> openProblemProperty() { return openProblem; }
    public ObjectProperty<ModelStatus> statusProperty() { return status; }
    public ObservableValue<DatasetKind> datasetProperty() { return dataset; }
}
