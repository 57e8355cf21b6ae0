package org.convscope.training.experiment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.optim.OptimizerConfig;

/**
 * The experiments the course suggests, each varying one thing: pooling or none (the same three
 * convolutions; without pooling the maps stay large, so the Dense layer after them is about 50 times
 * larger), one convolution or three, Adam's learning rate, SGD against Adam. The other arms train
 * the course model, so the class knows what it is looking at.
 */
public enum ExperimentPreset {
    POOLING("pooling", List.of(
            new ExperimentArm("with", "With pooling", ModelSpec.course(), OptimizerConfig.adam()),
            new ExperimentArm("without", "Without pooling", ModelSpec.parse("c32k3-c64k3-c64k3-f-d64-d10"), OptimizerConfig.adam()))),
    DEPTH("depth", List.of(
            new ExperimentArm("one", "One conv layer", ModelSpec.parse("c32k3-p2-f-d64-d10"), OptimizerConfig.adam()),
            new ExperimentArm("three", "Three conv layers", ModelSpec.course(), OptimizerConfig.adam()))),
    LEARNING_RATE("lr", List.of(
            new ExperimentArm("0.001", "Learning rate 0.001", ModelSpec.course(), OptimizerConfig.adam(0.001)),
            new ExperimentArm("0.01", "Learning rate 0.01", ModelSpec.course(), OptimizerConfig.adam(0.01)),
            new ExperimentArm("0.1", "Learning rate 0.1", ModelSpec.course(), OptimizerConfig.adam(0.1)))),
    // each with Keras' defaults, as optimizer='sgd' and optimizer='adam' give them
    OPTIMIZER("optimizer", List.of(
            new ExperimentArm("sgd", "SGD", ModelSpec.course(), OptimizerConfig.sgd(OptimizerConfig.SGD_LEARNING_RATE, 0)),
            new ExperimentArm("adam", "Adam", ModelSpec.course(), OptimizerConfig.adam())));

    private final String id;
    private final List<ExperimentArm> arms;

    ExperimentPreset(String id, List<ExperimentArm> arms) {
        this.id = id;
        this.arms = arms;
    }

    /** The name on the command line and in files: {@code pooling}, {@code depth}, {@code lr}, {@code optimizer}. */
    public String id() {
        return id;
    }

    public List<ExperimentArm> arms() {
        return arms;
    }

    public static ExperimentPreset parse(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.id.equals(wanted)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "unknown preset '" + text + "' (" + Arrays.stream(values()).map(ExperimentPreset::id).collect(Collectors.joining(", ")) + ")"));
    }
}
