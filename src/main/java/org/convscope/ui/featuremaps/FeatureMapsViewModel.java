package org.convscope.ui.featuremaps;

import java.util.Locale;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.convscope.data.DatasetKind;
import org.convscope.engine.model.Inspection;
import org.convscope.engine.model.LayerTap;
import org.convscope.engine.tensor.Shape;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.Normalization;
import org.convscope.ui.common.TaskRunner;

/**
 * The feature-map view's state: which inspection is painted, on which colour scale, which map is
 * enlarged, and the texts for hovered values. Frames are built on the task thread, one at a time,
 * the newest request winning; a live inspection is repainted at most once per interval, and not
 * at all while the view is hidden ({@link #activeProperty()}).
 */
public final class FeatureMapsViewModel {
    /** How often the maps follow training: four times a second. */
    public static final long LIVE_INTERVAL_MILLIS = 250;

    private final ObservableValue<Inspection> inspection;
    private final ObservableValue<DatasetKind> dataset;
    private final I18n i18n;
    private final TaskRunner tasks;
    private final Predicate<LayerTap> shown;
    private final Throttle throttle;
    private final ObjectProperty<Normalization> normalization = new SimpleObjectProperty<>(Normalization.PER_LAYER);
    private final DoubleProperty mapSize = new SimpleDoubleProperty(48);
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final BooleanProperty inputShown = new SimpleBooleanProperty(true);
    private final ObjectProperty<Integer> trueLabel = new SimpleObjectProperty<>();
    private final ObjectProperty<MapsFrame> frame = new SimpleObjectProperty<>();
    private final ObjectProperty<MapRef> selected = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty();
    private boolean running;
    private boolean again;
    private boolean stale;

    /**
     * @param shown    which runtime layers to paint (the input image is always shown)
     * @param interval at least this many milliseconds between repaints of a changing inspection;
     *                 0 repaints at once (tests, rendering), otherwise the FX toolkit must be running
     */
    public FeatureMapsViewModel(ObservableValue<Inspection> inspection, ObservableValue<DatasetKind> dataset, I18n i18n,
                                TaskRunner tasks, Predicate<LayerTap> shown, long interval) {
        this.inspection = inspection;
        this.dataset = dataset;
        this.i18n = i18n;
        this.tasks = tasks;
        this.shown = shown;
        this.throttle = new Throttle(interval, this::submit, interval > 0 ? Throttle.fxScheduler() : (ms, r) -> r.run(),
                System::currentTimeMillis);
        inspection.addListener((o, a, b) -> requestLive());
        normalization.addListener((o, a, b) -> requestNow());
        inputShown.addListener((o, a, b) -> requestNow());
        active.addListener((o, a, on) -> {
            if (on && stale) requestNow();
        });
        requestNow();
    }

    private void requestLive() {
        if (!active.get()) {
            stale = true;
            return;
        }
        throttle.request();
    }

    // the user's own choices are answered at once, not at the next tick
    private void requestNow() {
        if (!active.get()) {
            stale = true;
            return;
        }
        submit();
    }

    private void submit() {
        stale = false;
        if (running) {
            again = true; // the current properties are read when it runs: the newest wins
            return;
        }
        Inspection insp = inspection.getValue();
        if (insp == null) {
            frame.set(null);
            return;
        }
        Normalization norm = normalization.get();
        boolean withInput = inputShown.get();
        running = true;
        tasks.run(() -> FrameBuilder.build(insp, norm, shown, withInput), f -> {
            frame.set(f);
            error.set(null);
            keepSelectionValid(f);
            finish();
        }, e -> {
            error.set(String.valueOf(e.getMessage()));
            finish();
        });
    }

    private void finish() {
        running = false;
        if (again) {
            again = false;
            submit();
        }
    }

    private void keepSelectionValid(MapsFrame f) {
        MapRef s = selected.get();
        if (s == null) return;
        TapImage t = f.tap(s.tapIndex());
        if (t == null || !t.image() || s.channel() >= t.mapCount()) selected.set(null);
    }

    /** Enlarges map {@code channel} of output {@code tapIndex}; null closes the enlargement. */
    public void select(MapRef ref) {
        selected.set(ref);
    }

    public void close() {
        selected.set(null);
    }

    /** "conv2d_1 · after ReLU": which layer output a tap is, in the UI language. */
    public String tapTitle(TapImage t) {
        MapsFrame f = frame.get();
        LayerGroup g = f == null ? null : f.groupOf(t.tapIndex());
        return i18n.get("featuremaps.tapTitle", g == null ? "" : groupName(g), i18n.get(TapTexts.shortKey(t)));
    }

    /** Keras' layer name ({@code conv2d_1}); "Input" for the image. */
    public String groupName(LayerGroup g) {
        return g.specIndex() == TapImage.INPUT ? i18n.get("featuremaps.input") : g.name();
    }

    /**
     * The exact value under the pointer, e.g. "conv2d · after ReLU — channel 5, row 3, col 7: 0.8123".
     * For vectors {@code column} is the element; a flattened vector also says where the value came from.
     */
    public String describe(TapImage t, int channel, int row, int column) {
        String title = tapTitle(t);
        String value = Values.format(t.valueAt(channel, row, column));
        if (t.image()) {
            return i18n.get("featuremaps.hover.map", title, s(channel), s(row), s(column), value);
        }
        if (t.kind().equals("flatten") && t.inputShape().isImage()) {
            Shape in = t.inputShape();
            int hw = in.height() * in.width();
            return i18n.get("featuremaps.hover.flat", title, s(column), s(column / hw), s(column % hw / in.width()),
                    s(column % in.width()), value);
        }
        if (t.logits() || t.probabilities()) {
            return i18n.get("featuremaps.hover.class", title, className(column), value);
        }
        return i18n.get("featuremaps.hover.unit", title, s(column), value);
    }

    private static String s(int i) {
        return Integer.toString(i);
    }

    /** The name of class {@code label} in the UI language; the number when the dataset is unknown. */
    public String className(int label) {
        DatasetKind kind = dataset.getValue();
        Locale l = i18n.locale();
        return kind != null && label < kind.classCount() ? kind.className(label, l) : Integer.toString(label);
    }

    public I18n i18n() {
        return i18n;
    }

    public ObjectProperty<Normalization> normalizationProperty() { return normalization; }
    /** About how many screen pixels wide each map is drawn. */
    public DoubleProperty mapSizeProperty() { return mapSize; }
    /** False while the view is hidden: new inspections wait until it shows again. */
    public BooleanProperty activeProperty() { return active; }
    /** Whether the image itself comes first (a view that shows it large elsewhere leaves it out). */
    public BooleanProperty inputShownProperty() { return inputShown; }
    /** The probe's true class, when known, marked on the probability bars. */
    public ObjectProperty<Integer> trueLabelProperty() { return trueLabel; }
    public ReadOnlyObjectProperty<MapsFrame> frameProperty() { return frame; }
    public ReadOnlyObjectProperty<MapRef> selectedProperty() { return selected; }
    public ReadOnlyStringProperty errorProperty() { return error; }
    public ObservableValue<DatasetKind> datasetProperty() { return dataset; }
}
