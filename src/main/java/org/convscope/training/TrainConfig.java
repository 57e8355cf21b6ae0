package org.convscope.training;

import org.convscope.engine.optim.OptimizerConfig;

/**
 * How to train: epochs, batch size, optimizer, seed; {@code limit} trains on the first N examples
 * only, {@code maxSteps} stops after that many batches (0: no cap).
 */
public record TrainConfig(int epochs, int batchSize, OptimizerConfig optimizer, long seed,
                          int limit, long maxSteps, boolean shuffle) {

    public TrainConfig {
        if (epochs < 1) throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        if (batchSize < 1) throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        if (limit < 1) throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        if (maxSteps < 0) throw new IllegalArgumentException("steps must not be negative, got " + maxSteps);
        if (optimizer == null) throw new IllegalArgumentException("an optimizer is needed");
    }

    /** The course's settings: 5 epochs, batch 32 (Keras' default), Adam with its defaults. */
    public static TrainConfig course(long seed) {
        return new TrainConfig(5, 32, OptimizerConfig.adam(), seed, Integer.MAX_VALUE, 0, true);
    }

    public TrainConfig withEpochs(int e) {
        return new TrainConfig(e, batchSize, optimizer, seed, limit, maxSteps, shuffle);
    }
}
