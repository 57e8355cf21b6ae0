package org.convscope.training;

import org.convscope.engine.optim.OptimizerConfig;

/**
 * How a run was trained, besides its architecture and dataset: the optimizer with its rate, the
 * batch size, the seed, and {@code limit}, the number of training images it saw (at most; the whole
 * training set is {@link Integer#MAX_VALUE}).
 */
public record RunSettings(OptimizerConfig optimizer, int batchSize, long seed, int limit) {

    public RunSettings {
        if (optimizer == null) throw new IllegalArgumentException("a run needs its optimizer");
        if (batchSize < 1) throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        if (limit < 1) throw new IllegalArgumentException("limit must be at least 1, got " + limit);
    }

    /** Whether the run saw only part of the training set. */
    public boolean subset() {
        return limit != Integer.MAX_VALUE;
    }
}
