package org.convscope.engine.io;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.optim.Optimizer;

/**
 * Everything a {@code .cnn.zip} model file holds: the architecture, the weights in file layout
 * ({@link Sequential#exportWeights()}), the class names, the dataset it was trained on, what is
 * known about its training, and optionally the optimizer's state for resuming.
 *
 * <p>Arrays are not copied by the constructor; treat them as read-only. {@link #equals} compares
 * their contents (bit for bit).
 *
 * @param spec      the architecture, with its input shape
 * @param weights   every parameter in file layout; length = the spec's parameter count
 * @param classes   one name per output score
 * @param dataset   the dataset's id (e.g. "mnist"), or null
 * @param training  training metadata and history (never null; {@link TrainingInfo#empty()} if unknown)
 * @param optimizer the optimizer's state, or null if not saved
 */
public record SavedModel(ModelSpec spec, float[] weights, List<String> classes, String dataset,
                         TrainingInfo training, OptimizerState optimizer) {

    public SavedModel {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(weights, "weights");
        classes = List.copyOf(classes);
        if (training == null) training = TrainingInfo.empty();
        ParamLayout layout;
        try {
            layout = ParamLayout.of(spec);
        } catch (FormatProblem p) {
            throw new IllegalArgumentException(p.getMessage());
        }
        if (weights.length != layout.total()) {
            throw new IllegalArgumentException("the architecture has " + ParamLayout.group(layout.total())
                    + " parameters, but " + ParamLayout.group(weights.length) + " weights were given");
        }
        int outputs = layout.output().size();
        if (!layout.output().isVector() || classes.size() != outputs) {
            throw new IllegalArgumentException("the model outputs " + layout.output().toDisplay() + " values but "
                    + classes.size() + " class names were given");
        }
        if (optimizer != null && optimizer.arrays().length > 0 && optimizer.length() != weights.length) {
            throw new IllegalArgumentException("optimizer state holds " + optimizer.length() + " values per array, the model "
                    + weights.length + " parameters");
        }
    }

    /** A snapshot of {@code model}'s weights (copied), without optimizer state. */
    public static SavedModel of(Sequential model, List<String> classes, String dataset, TrainingInfo training) {
        return new SavedModel(model.spec(), model.exportWeights(), classes, dataset, training, null);
    }

    /** A snapshot of {@code model}'s weights and {@code optimizer}'s state (both copied), to resume training later. */
    public static SavedModel of(Sequential model, List<String> classes, String dataset, TrainingInfo training,
                                Optimizer optimizer) {
        return new SavedModel(model.spec(), model.exportWeights(), classes, dataset, training,
                optimizer == null ? null : OptimizerState.capture(model, optimizer));
    }

    /** A runnable model with these weights. */
    public Sequential toSequential() {
        Sequential model = Sequential.build(spec, 0);
        model.importWeights(weights);
        return model;
    }

    /** The same model with other training metadata. */
    public SavedModel withTraining(TrainingInfo info) {
        return new SavedModel(spec, weights, classes, dataset, info, optimizer);
    }

    /** The same model without optimizer state (for sharing a finished model). */
    public SavedModel withoutOptimizer() {
        return new SavedModel(spec, weights, classes, dataset, training, null);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SavedModel m && spec.equals(m.spec) && Arrays.equals(weights, m.weights)
                && classes.equals(m.classes) && Objects.equals(dataset, m.dataset) && training.equals(m.training)
                && Objects.equals(optimizer, m.optimizer);
    }

    @Override
    public int hashCode() {
        return Objects.hash(spec, classes, dataset, training, optimizer) * 31 + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "SavedModel[" + spec.toCompact() + " on " + spec.input() + ", " + weights.length + " weights, classes="
                + classes + ", dataset=" + dataset + ", " + training + ", optimizer=" + optimizer + "]";
    }
}
