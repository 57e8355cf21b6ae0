package org.convscope.engine.io;

import java.time.Instant;
import java.util.List;
import org.convscope.engine.optim.OptimizerConfig;

/**
 * What is known about how a saved model was trained. Every field may be unknown: {@code null} for
 * objects, {@code NaN} for measurements, 0 for counters. None of it is needed to use the model;
 * it is shown to the user and lets a training resume with the same settings.
 *
 * @param seed         the seed the training started from, or null
 * @param epochs       epochs completed
 * @param batchSize    examples per step, or null
 * @param optimizer    the optimizer's settings when saved (learning rate as last used), or null
 * @param steps        optimisation steps taken
 * @param testAccuracy accuracy on the test set in [0, 1], or NaN if not measured
 * @param testLoss     mean loss on the test set, or NaN if not measured
 * @param created      when the file was written, or null
 * @param appVersion   the ConvScope version that wrote it, or null
 * @param history      one record per completed epoch, oldest first (may be empty)
 * @param inProgress   the epoch the training stopped inside of, or null when it stopped between epochs
 */
public record TrainingInfo(Long seed, int epochs, Integer batchSize, OptimizerConfig optimizer, long steps,
                           double testAccuracy, double testLoss, Instant created, String appVersion,
                           List<Epoch> history, EpochInProgress inProgress) {

    /**
     * One epoch's measurements; NaN where something was not measured (or was not finite, as a
     * diverged training's loss is).
     */
    public record Epoch(int epoch, double trainLoss, double trainAccuracy, double testLoss, double testAccuracy,
                        double seconds) {
    }

    /**
     * The epoch after the {@code epochs} completed ones, when the training stopped inside it: how
     * many of its batches were trained and their running sums, so a resumed training goes on with
     * the next batch of the same shuffled order and reports the same epoch means.
     *
     * @param batches  batches of this epoch already trained (at least 1)
     * @param examples examples in them
     * @param lossSum  the sum over those examples of their loss
     * @param correct  how many of them were classified correctly
     */
    public record EpochInProgress(int batches, int examples, double lossSum, long correct) {

        public EpochInProgress {
            if (batches < 1 || examples < batches) {
                throw new IllegalArgumentException("an epoch in progress has at least one batch of at least one example");
            }
            if (!(lossSum >= 0) || Double.isInfinite(lossSum)) throw new IllegalArgumentException("loss sum must be finite and not negative");
            if (correct < 0 || correct > examples) throw new IllegalArgumentException("correct must be between 0 and the examples");
        }
    }

    public TrainingInfo {
        if (epochs < 0) throw new IllegalArgumentException("epochs must not be negative: " + epochs);
        if (steps < 0) throw new IllegalArgumentException("steps must not be negative: " + steps);
        if (batchSize != null && batchSize < 1) throw new IllegalArgumentException("batch size must be positive: " + batchSize);
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** Nothing known. */
    public static TrainingInfo empty() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to change a few. */
    public Builder toBuilder() {
        return new Builder().seed(seed).epochs(epochs).batchSize(batchSize).optimizer(optimizer).steps(steps)
                .testAccuracy(testAccuracy).testLoss(testLoss).created(created).appVersion(appVersion).history(history)
                .inProgress(inProgress);
    }

    /** Builds a {@link TrainingInfo}; what is not set stays unknown. */
    public static final class Builder {
        private Long seed;
        private int epochs;
        private Integer batchSize;
        private OptimizerConfig optimizer;
        private long steps;
        private double testAccuracy = Double.NaN;
        private double testLoss = Double.NaN;
        private Instant created;
        private String appVersion;
        private List<Epoch> history = List.of();
        private EpochInProgress inProgress;

        private Builder() {
        }

        public Builder seed(Long seed) { this.seed = seed; return this; }
        public Builder epochs(int epochs) { this.epochs = epochs; return this; }
        public Builder batchSize(Integer batchSize) { this.batchSize = batchSize; return this; }
        public Builder optimizer(OptimizerConfig optimizer) { this.optimizer = optimizer; return this; }
        public Builder steps(long steps) { this.steps = steps; return this; }
        public Builder testAccuracy(double testAccuracy) { this.testAccuracy = testAccuracy; return this; }
        public Builder testLoss(double testLoss) { this.testLoss = testLoss; return this; }
        public Builder created(Instant created) { this.created = created; return this; }
        public Builder appVersion(String appVersion) { this.appVersion = appVersion; return this; }
        public Builder history(List<Epoch> history) { this.history = history; return this; }
        public Builder inProgress(EpochInProgress inProgress) { this.inProgress = inProgress; return this; }

        public TrainingInfo build() {
            return new TrainingInfo(seed, epochs, batchSize, optimizer, steps, testAccuracy, testLoss, created,
                    appVersion, history, inProgress);
        }
    }
}
