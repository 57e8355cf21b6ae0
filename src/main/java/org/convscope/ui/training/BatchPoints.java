package org.convscope.ui.training;

import java.util.Arrays;

/**
 * Every per-batch point the chart was given, in primitive arrays: the chart only displays a
 * decimated copy, but the hover readout shows the exact stored values.
 */
final class BatchPoints {
    private final DoubleList positions = new DoubleList();
    private final DoubleList values = new DoubleList();
    private long[] steps = new long[64];

    void add(double epochPosition, double value, long step) {
        int index = positions.size();
        if (index == steps.length) {
            steps = Arrays.copyOf(steps, index * 2);
        }
        steps[index] = step;
        positions.add(epochPosition);
        values.add(value);
    }

    int size() {
        return positions.size();
    }

    double position(int index) {
        return positions.get(index);
    }

    double value(int index) {
        return values.get(index);
    }

    long step(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index + " of " + size());
        }
        return steps[index];
    }

    /** Backing arrays, valid up to {@link #size()}. */
    double[] positionArray() {
        return positions.array();
    }

    double[] valueArray() {
        return values.array();
    }

    void clear() {
        positions.clear();
        values.clear();
    }

    /**
     * The index whose position is closest to {@code position}, or -1 when empty. Binary search:
     * batches arrive in training order, so positions never decrease.
     */
    int nearestIndex(double position) {
        int n = size();
        if (n == 0) {
            return -1;
        }
        double[] xs = positions.array();
        int low = 0;
        int high = n - 1;
        while (low < high) {              // first index with xs[index] >= position
            int mid = (low + high) >>> 1;
            if (xs[mid] < position) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        if (low > 0 && position - xs[low - 1] <= xs[low] - position) {
            return low - 1;
        }
        return low;
    }
}
