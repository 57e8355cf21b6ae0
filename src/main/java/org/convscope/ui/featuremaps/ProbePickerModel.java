package org.convscope.ui.featuremaps;

import java.util.Random;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.convscope.data.Dataset;
import org.convscope.data.DatasetKind;
import org.convscope.data.Datasets;
import org.convscope.data.Split;
import org.convscope.engine.model.Inspection;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.inspect.ProbeModel;

/**
 * Choosing the probe image: a test image by number, one step back or forward (wrapping round),
 * at random, or from the page of thumbnails around the current one. A drawing replaces the test
 * image when the drawing pad sets the probe's source; picking a test image switches back.
 */
public final class ProbePickerModel {
    /** Thumbnails on a page: the current test image is on the page starting at a multiple of this. */
    public static final int PAGE = 8;
    private final ProbeModel probe;
    private final ObservableValue<DatasetKind> dataset;
    private final ObjectProperty<Dataset> testSet = new SimpleObjectProperty<>();
    private final BooleanBinding drawing;
    private final Random random = new Random();

    public ProbePickerModel(ProbeModel probe, ObservableValue<DatasetKind> dataset, TaskRunner tasks) {
        this.probe = probe;
        this.dataset = dataset;
        this.drawing = Bindings.createBooleanBinding(() -> probe.sourceProperty().get() == ProbeModel.Source.DRAWING
                && probe.drawingProperty().get() != null, probe.sourceProperty(), probe.drawingProperty());
        dataset.addListener((o, a, kind) -> load(kind, tasks));
        load(dataset.getValue(), tasks);
    }

    private void load(DatasetKind kind, TaskRunner tasks) {
        if (kind == null) return;
        tasks.run(() -> Datasets.load(kind, Split.TEST), d -> {
            if (kind == dataset.getValue()) testSet.set(d);
        }, e -> testSet.set(null));
    }

    /** Number of test images (0 until the test set has loaded). */
    public int size() {
        Dataset d = testSet.get();
        return d == null ? 0 : d.size();
    }

    /** The current test image's number, always within the test set. */
    public int index() {
        int n = size();
        int i = probe.testIndexProperty().get();
        return n == 0 ? i : Math.floorMod(i, n);
    }

    /** The first test image on the current image's page of thumbnails. */
    public int pageStart() {
        int i = index();
        return i - Math.floorMod(i, PAGE);
    }

    /** Shows test image {@code i} (wrapping round the test set), replacing a drawing. */
    public void select(int i) {
        int n = size();
        probe.sourceProperty().set(ProbeModel.Source.TEST_SET);
        probe.testIndexProperty().set(n == 0 ? Math.max(0, i) : Math.floorMod(i, n));
    }

    public void previous() {
        select(index() - 1);
    }

    public void next() {
        select(index() + 1);
    }

    public void randomImage() {
        if (size() > 0) select(random.nextInt(size()));
    }

    /** The label of test image {@code i}. */
    public int label(int i) {
        return testSet.get().label(i);
    }

    /** Test image {@code i} as 0..1 pixels, row by row. */
    public float[] pixels(int i) {
        Dataset d = testSet.get();
        float[] px = new float[d.imageSize()];
        d.writeNormalised(i, px, 0);
        return px;
    }

    public ReadOnlyObjectProperty<Dataset> testSetProperty() { return testSet; }
    /** True while the probe is a drawing rather than a test image. */
    public BooleanBinding drawingProperty() { return drawing; }
    public IntegerProperty testIndexProperty() { return probe.testIndexProperty(); }
    public ObjectProperty<float[]> drawnImageProperty() { return probe.drawingProperty(); }
    public ReadOnlyObjectProperty<Inspection> inspectionProperty() { return probe.inspectionProperty(); }
    public ReadOnlyObjectProperty<Integer> trueLabelProperty() { return probe.trueLabelProperty(); }
    public ObservableValue<DatasetKind> datasetProperty() { return dataset; }
}
