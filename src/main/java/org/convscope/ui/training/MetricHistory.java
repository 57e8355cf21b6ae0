package org.convscope.ui.training;

/**
 * Everything a metric chart was told since its last clear — every batch value, its smoothed value,
 * the per-epoch values — and the decimated copies that are all JavaFX gets to see. No JavaFX here,
 * so the bookkeeping is testable on its own.
 */
final class MetricHistory {
    // a plot is ~400 px wide: more points than this only cost layout time, on the cores training needs
    private static final int BATCH_BUCKETS = 160;      // min/max pairs: at most 320 points
    private static final int SMOOTHED_BUCKETS = 240;

    private final BatchPoints batches = new BatchPoints();
    private final DoubleList smoothed = new DoubleList();
    private final Decimator batchDisplay = new Decimator(Decimator.Mode.MIN_MAX, BATCH_BUCKETS);
    private final Decimator smoothedDisplay = new Decimator(Decimator.Mode.MEAN, SMOOTHED_BUCKETS);
    private final DoubleList epochTrain = new DoubleList();   // index epoch − 1; NaN = no value
    private final DoubleList epochTest = new DoubleList();
    private DebiasedEma ema;

    MetricHistory(double smoothingWeight) {
        ema = new DebiasedEma(smoothingWeight);
    }

    /** Appends {@code count} batch points and brings both decimated copies up to date. */
    void addBatches(double[] epochPositions, double[] values, long[] steps, int count) {
        if (count < 0 || count > epochPositions.length || count > values.length || count > steps.length) {
            throw new IllegalArgumentException("count " + count + " does not fit arrays of "
                    + epochPositions.length + ", " + values.length + ", " + steps.length);
        }
        for (int i = 0; i < count; i++) {
            batches.add(epochPositions[i], values[i], steps[i]);
            smoothed.add(ema.next(values[i]));
        }
        batchDisplay.update(batches.positionArray(), batches.valueArray(), batches.size());
        smoothedDisplay.update(batches.positionArray(), smoothed.array(), smoothed.size());
    }

    /** Recomputes every smoothed value from the stored raw values with the new weight. */
    void setSmoothing(double weight) {
        ema = new DebiasedEma(weight);
        smoothed.clear();
        for (int i = 0; i < batches.size(); i++) {
            smoothed.add(ema.next(batches.value(i)));
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
        ema = new DebiasedEma(ema.weight());
        batchDisplay.reset();
        smoothedDisplay.reset();
        epochTrain.clear();
        epochTest.clear();
    }

    BatchPoints batches() {
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
