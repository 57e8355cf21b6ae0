package org.convscope.training;

/** One finished epoch: the running means over its batches and the test-set figures after it. */
public record EpochMetrics(int epoch, double trainLoss, double trainAccuracy, double testLoss, double testAccuracy,
                           double seconds, double imagesPerSecond) {
}
