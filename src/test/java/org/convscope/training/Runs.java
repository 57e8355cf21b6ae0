package org.convscope.training;

import java.util.List;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.optim.OptimizerConfig;

/** Runs for tests, with numbers that print exactly. */
public final class Runs {
    private Runs() {
    }

    /** A run of the app (no experiment): two epochs, a four-point curve, no weights. */
    public static Run appRun(String name) {
        return new Run(name, null, null, "mnist", ModelSpec.parse("c8k3-p2-f-d10"),
                new RunSettings(OptimizerConfig.sgd(0.05, 0.9), 64, 3, Integer.MAX_VALUE), 13_610, 12.5, 9_600,
                List.of(new EpochMetrics(0, 0.75, 0.75, 0.5, 0.875, 6.25, 9_600), new EpochMetrics(1, 0.25, 0.9375, 0.375, 0.90625, 6.25, 9_600)),
                List.of(new BatchPoint(1, 0.5, 2.25, 0.125), new BatchPoint(2, 1.0, 1.5, 0.5), new BatchPoint(3, 1.5, 0.75, 0.75),
                        new BatchPoint(4, 2.0, 0.5, 0.875)), null);
    }

    /** An arm of the pooling experiment on a subset, with one epoch whose speed was not measured. */
    public static Run poolingArm() {
        return new Run("Without pooling", "pooling", "without", "fashion-mnist", ModelSpec.parse("c32k3-c64k3-c64k3-f-d64-d10"),
                new RunSettings(OptimizerConfig.adam(), 32, 1, 12_000), 2_038_922, Double.NaN, Double.NaN,
                List.of(new EpochMetrics(0, 0.5, 0.8125, Double.NaN, 0.75, 2.5, Double.NaN)), List.of(), new float[] {1, 2});
    }
}
