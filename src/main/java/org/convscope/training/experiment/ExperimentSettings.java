package org.convscope.training.experiment;

import org.convscope.data.DatasetKind;

/**
 * What every arm of an experiment shares: the dataset, the first {@code limit} training images,
 * epochs, batch size, seed and threads. Each arm is tested after every epoch on the first
 * {@code testLimit} test images: the whole test set but in tests.
 */
public record ExperimentSettings(DatasetKind dataset, int limit, int epochs, int batchSize, long seed, int threads,
                                 int testLimit) {

    /**
     * The demo's subset: 12,000 images for 2 epochs. Measured on 2 cores, the course model trains them
     * in about 3 s with its evaluations and the network without pooling (11 times the work per image)
     * in about 35 s; the lr preset's three arms take about 10 s. So a preset runs in well under a minute,
     * and all four in about a minute and a half.
     */
    public static final int DEMO_LIMIT = 12_000;
    public static final int DEMO_EPOCHS = 2;

    public ExperimentSettings {
        if (dataset == null) throw new IllegalArgumentException("an experiment needs a dataset");
        if (limit < 1) throw new IllegalArgumentException("the subset must hold at least 1 image, got " + limit);
        if (epochs < 1) throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        if (batchSize < 1) throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        if (testLimit < 1) throw new IllegalArgumentException("the test set must hold at least 1 image, got " + testLimit);
    }

    /** Tested on the whole test set. */
    public ExperimentSettings(DatasetKind dataset, int limit, int epochs, int batchSize, long seed, int threads) {
        this(dataset, limit, epochs, batchSize, seed, threads, Integer.MAX_VALUE);
    }

    /** The demo's subset on {@code dataset}: batches of 32 as Keras, seed 1. */
    public static ExperimentSettings demo(DatasetKind dataset, int threads) {
        return new ExperimentSettings(dataset, DEMO_LIMIT, DEMO_EPOCHS, 32, 1, threads);
    }
}
