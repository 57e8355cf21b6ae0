package org.convscope.ui.inspect;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.convscope.data.Dataset;
import org.convscope.data.DatasetKind;
import org.convscope.data.Datasets;
import org.convscope.data.Split;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.Inspection;
import org.convscope.engine.model.Inspector;
import org.convscope.engine.model.Sequential;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.training.ModelWeights;

/**
 * The probe: one image (a test image, or a drawing) run through the current weights, every layer's
 * output kept. The inside-the-network views and the steppers all show this one {@link Inspection},
 * so they always agree with each other and with the engine.
 *
 * <p>Recomputed off the FX thread when the image or the weights change; while training, weights
 * arrive ten times a second, so at most one inspection runs at a time and only the newest request
 * waiting behind it is kept.
 */
public final class ProbeModel {
    /** Where the probe image comes from. */
    public enum Source { TEST_SET, DRAWING }

    private final TaskRunner tasks;
    private final ObjectProperty<ModelWeights> weights = new SimpleObjectProperty<>();
    private final ObjectProperty<DatasetKind> dataset = new SimpleObjectProperty<>(DatasetKind.FASHION_MNIST);
    private final IntegerProperty testIndex = new SimpleIntegerProperty(0);
    private final ObjectProperty<float[]> drawing = new SimpleObjectProperty<>();
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(Source.TEST_SET);
    private final ObjectProperty<Inspection> inspection = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> trueLabel = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty();
    private boolean running;
    private Request pending;

    // owned by the task thread
    private Sequential model;

    private record Request(ModelWeights weights, float[] image) {
    }

    public ProbeModel(TaskRunner tasks) {
        this.tasks = tasks;
        weights.addListener((o, a, b) -> refresh());
        dataset.addListener((o, a, b) -> refresh());
        testIndex.addListener((o, a, b) -> refresh());
        drawing.addListener((o, a, b) -> refresh());
        source.addListener((o, a, b) -> refresh());
    }

    /** Runs the probe again with the current image and weights. */
    public void refresh() {
        ModelWeights w = weights.get();
        if (w == null) return;
        float[] image;
        if (source.get() == Source.DRAWING && drawing.get() != null) {
            image = drawing.get();
            trueLabel.set(null);
        } else {
            Dataset test = Datasets.load(dataset.get(), Split.TEST);
            int i = Math.floorMod(testIndex.get(), test.size());
            image = new float[test.imageSize()];
            test.writeNormalised(i, image, 0);
            trueLabel.set(test.label(i));
        }
        submit(new Request(w, image));
    }

    private void submit(Request r) {
        if (running) {
            pending = r; // the newest wins; older waiting requests are dropped
            return;
        }
        running = true;
        tasks.run(() -> inspect(r), result -> {
            inspection.set(result);
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

    private Inspection inspect(Request r) {
        ModelSpec spec = r.weights().spec();
        if (model == null || !model.spec().equals(spec)) model = Sequential.build(spec, 0);
        model.copyParamsFrom(r.weights().params());
        return Inspector.inspect(model, r.image());
    }

    public ObjectProperty<ModelWeights> weightsProperty() { return weights; }
    public ObjectProperty<DatasetKind> datasetProperty() { return dataset; }
    public IntegerProperty testIndexProperty() { return testIndex; }
    public ObjectProperty<float[]> drawingProperty() { return drawing; }
    public ObjectProperty<Source> sourceProperty() { return source; }
    public ReadOnlyObjectProperty<Inspection> inspectionProperty() { return inspection; }
    /** The true class of a test-set probe; null for a drawing. */
    public ReadOnlyObjectProperty<Integer> trueLabelProperty() { return trueLabel; }
    public ReadOnlyStringProperty errorProperty() { return error; }
}
