package org.convscope.ui.training;

/**
 * Reduces a growing series to a bounded number of display points, incrementally.
 *
 * <p>Points are grouped into buckets of {@code bucketSize} consecutive points. Batches arrive
 * evenly spaced on the epoch axis, so equal-count buckets are equal-width buckets, and counting
 * needs no advance knowledge of the x range. When the buckets would exceed the limit, the bucket
 * size doubles and everything is rebuilt once; otherwise an update only re-emits the last, still
 * open bucket. Rebuilds happen each time the data doubles, so the cost per point stays constant.
 *
 * <p>Non-finite values are left out: a chart cannot place them.
 */
final class Decimator {

    /** What a bucket becomes on screen. */
    enum Mode {
        /** One point: the mean position and mean value. Right for an already smooth line. */
        MEAN,
        /** Up to two points, the lowest and the highest value in their original order, so spikes survive. */
        MIN_MAX
    }

    private final Mode mode;
    private final int maxBuckets;
    private final DoubleList displayPositions = new DoubleList();
    private final DoubleList displayValues = new DoubleList();
    private int bucketSize = 1;
    private int closedPoints;      // source points in full buckets, emitted for good
    private int closedDisplayed;   // display points those full buckets produced
    private int firstChanged;      // lowest display index changed since the last takeFirstChanged()

    Decimator(Mode mode, int maxBuckets) {
        if (maxBuckets < 1) {
            throw new IllegalArgumentException("maxBuckets must be positive: " + maxBuckets);
        }
        this.mode = mode;
        this.maxBuckets = maxBuckets;
    }

    /**
     * Brings the display points up to date with the first {@code count} source points. The caller
     * may only append to the source between calls; after any other change it must {@link #reset()}.
     */
    void update(double[] positions, double[] values, int count) {
        if (count < closedPoints) {
            throw new IllegalStateException("source shrank from " + closedPoints + " to " + count + " without reset()");
        }
        if (bucketCount(count) > maxBuckets) {
            while (bucketCount(count) > maxBuckets) {
                bucketSize *= 2;
            }
            closedPoints = 0;
            closedDisplayed = 0;
        }
        displayPositions.truncate(closedDisplayed);
        displayValues.truncate(closedDisplayed);
        firstChanged = Math.min(firstChanged, closedDisplayed);
        for (int start = closedPoints; start < count; start += bucketSize) {
            int end = Math.min(start + bucketSize, count);
            emitBucket(positions, values, start, end);
            if (end - start == bucketSize) {
                closedPoints = end;
                closedDisplayed = displayPositions.size();
            }
        }
    }

    private int bucketCount(int count) {
        return (count + bucketSize - 1) / bucketSize;
    }

    private void emitBucket(double[] positions, double[] values, int start, int end) {
        if (mode == Mode.MEAN) {
            emitMean(positions, values, start, end);
        } else {
            emitMinMax(positions, values, start, end);
        }
    }

    private void emitMean(double[] positions, double[] values, int start, int end) {
        double positionSum = 0;
        double valueSum = 0;
        int finite = 0;
        for (int i = start; i < end; i++) {
            if (Double.isFinite(values[i])) {
                positionSum += positions[i];
                valueSum += values[i];
                finite++;
            }
        }
        if (finite > 0) {
            emit(positionSum / finite, valueSum / finite);
        }
    }

    private void emitMinMax(double[] positions, double[] values, int start, int end) {
        int lowest = -1;
        int highest = -1;
        for (int i = start; i < end; i++) {
            double value = values[i];
            if (!Double.isFinite(value)) {
                continue;
            }
            if (lowest < 0 || value < values[lowest]) {
                lowest = i;
            }
            if (highest < 0 || value > values[highest]) {
                highest = i;
            }
        }
        if (lowest < 0) {
            return;
        }
        int first = Math.min(lowest, highest);
        int second = Math.max(lowest, highest);
        emit(positions[first], values[first]);
        if (second != first) {
            emit(positions[second], values[second]);
        }
    }

    private void emit(double position, double value) {
        displayPositions.add(position);
        displayValues.add(value);
    }

    int size() {
        return displayPositions.size();
    }

    double position(int index) {
        return displayPositions.get(index);
    }

    double value(int index) {
        return displayValues.get(index);
    }

    int bucketSize() {
        return bucketSize;
    }

    /** The lowest display index that changed since the previous call; {@link #size()} if none did. */
    int takeFirstChanged() {
        int changed = firstChanged;
        firstChanged = size();
        return changed;
    }

    /** Forgets everything: the next update starts from single-point buckets. */
    void reset() {
        bucketSize = 1;
        closedPoints = 0;
        closedDisplayed = 0;
        displayPositions.clear();
        displayValues.clear();
        firstChanged = 0;
    }
}
