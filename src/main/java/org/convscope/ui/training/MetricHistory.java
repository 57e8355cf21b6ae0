package org.convscope.ui.training;

import org.convscope.training.BatchSeries;

/**
 * Everything a metric chart was told since its last clear — the batch values (one by one, or in a long run
 * the means of a few consecutive batches: see {@link BatchSeries}), their smoothed values, the per-epoch values —
 * and the decimated copies that are all JavaFX gets to see. No JavaFX here, so the bookkeeping is testable on its
 * own.
 */
final class MetricHistory {
    // a plot is ~400 px wide: more points than this only cost layout time, on the cores training needs
    private static final int BATCH_BUCKETS = 160;      // min/max pairs: at most 320 points
    private static final int SMOOTHED_BUCKETS = 240;

    private final BatchSeries batches;
    private final DoubleList smoothed = new DoubleList();
    private final Decimator batchDisplay = new Decimator(Decimator.Mode.MIN_MAX, BATCH_BUCKETS);
    private final Decimator smoothedDisplay = new Decimator(Decimator.Mode.MEAN, SMOOTHED_BUCKETS);
    private final DoubleList epochTrain = new DoubleList();   // index epoch − 1; NaN = no value
    private final DoubleList epochTest = new DoubleList();
    private double smoothingWeight;
    private DebiasedEma ema;

    MetricHistory(double smoothingWeight) {
        this(smoothingWeight, BatchSeries.DEFAULT_CAPACITY);
    }

    /** {@code capacity}: batch points kept before neighbours are merged. */
    MetricHistory(double smoothingWeight, int capacity) {
        batches = new BatchSeries(1, capacity);
        this.smoothingWeight = DebiasedEma.clampWeight(smoothingWeight);
        ema = newEma();
    }

    // a point that stands for k batches moves the average as far as k batches would
    private DebiasedEma newEma() {
        return new DebiasedEma(Math.pow(smoothingWeight, batches.batchesPerPoint()));
    }

    /** Appends {@code count} batch points and brings both decimated copies up to date. */
    void addBatches(double[] epochPositions, double[] values, long[] steps, int count) {
        if (count < 0 || count > epochPositions.length || count > values.length || count > steps.length) {
            throw new IllegalArgumentException("count " + count + " does not fit arrays of "
                    + epochPositions.length + ", " + values.length + ", " + steps.length);
        }
        int batchesPerPoint = batches.batchesPerPoint();
        for (int i = 0; i < count; i++) {
            int before = batches.size();
            batches.add(steps[i], epochPositions[i], values[i]);
            if (batches.size() > before) {
                smoothed.add(ema.next(batches.value(0, before)));
            }
        }
        if (batches.batchesPerPoint() != batchesPerPoint) {   // merged: every point moved
            batchDisplay.reset();
            resmooth();
        } else {
            smoothedDisplay.update(batches.positionArray(), smoothed.array(), smoothed.size());
        }
        batchDisplay.update(batches.positionArray(), batches.valueArray(0), batches.size());
    }

    /** Recomputes every smoothed value from the stored raw values with the new weight. */
    void setSmoothing(double weight) {
        smoothingWeight = DebiasedEma.clampWeight(weight);
        resmooth();
    }

    private void resmooth() {
        ema = newEma();
        smoothed.clear();
        for (int i = 0; i < batches.size(); i++) {
            smoothed.add(ema.next(batches.value(0, i)));
        }
        smoothedDisplay.reset();
        smoothedDisplay.update(batches.positionArray(), smoothed.array(), smoothed.size());
    }

    /** Records (or replaces) epoch {@code epoch}'s values; NaN means "none". */
    void putEpoch(int epoch, double trainValue, double testValue) {
        if (epoch < 1) {
            throw new IllegalArgumentException("epochs count from 1: " + epoch);
        }
        while (epochTrain.size() < epoch) {
            epochTrain.add(Double.NaN);
            epochTest.add(Double.NaN);
        }
        epochTrain.array()[epoch - 1] = trainValue;
        epochTest.array()[epoch - 1] = testValue;
    }

    void clear() {
        batches.clear();
        smoothed.clear();
        ema = newEma();
        batchDisplay.reset();
        smoothedDisplay.reset();
        epochTrain.clear();
        epochTest.clear();
    }

    BatchSeries batches() {
        return batches;
    }

    double smoothed(int index) {
        return smoothed.get(index);
    }

    Decimator batchDisplay() {
        return batchDisplay;
    }

    Decimator smoothedDisplay() {
        return smoothedDisplay;
    }

    /** The highest epoch given to {@link #putEpoch}, 0 if none. */
    int epochCount() {
        return epochTrain.size();
    }

    /** Epoch {@code epoch}'s train value, NaN if there is none. */
    double epochTrain(int epoch) {
        return epoch >= 1 && epoch <= epochTrain.size() ? epochTrain.get(epoch - 1) : Double.NaN;
    }

    /** Epoch {@code epoch}'s test value, NaN if there is none. */
    double epochTest(int epoch) {
        return epoch >= 1 && epoch <= epochTest.size() ? epochTest.get(epoch - 1) : Double.NaN;
    }

    /** How far the data reaches on the epoch axis. */
    double lastPosition() {
        double last = epochCount();
        if (batches.size() > 0) {
            last = Math.max(last, batches.position(batches.size() - 1));
        }
        return last;
    }
}
