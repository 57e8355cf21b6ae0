package org.convscope.training;

import java.util.Arrays;

/**
 * The per-batch values of one run in bounded memory. Every batch is kept until {@code capacity} points are
 * stored; then neighbouring pairs are merged (the mean of their values, the later one's step and epoch
 * position) and from then on a stored point stands for twice as many batches. A run of any length keeps at most
 * {@code capacity} points and its curve keeps its shape, so an hour of training holds no more than a few epochs
 * do (a 100-epoch MNIST run is 187,500 batches: kept one by one, its chart and export history alone grew the live
 * set by ~20 MB).
 *
 * <p>Batches gather in a partial point until it holds as many as a stored point stands for; it is stored then.
 * Not thread-safe: one owner.
 */
public final class BatchSeries {
    /** 17 epochs of MNIST at batch 32 one by one; far more than a chart has pixels. */
    public static final int DEFAULT_CAPACITY = 1 << 15;
    private static final int INITIAL_ARRAY = 1024;

    private final int capacity;
    private long[] steps;              // steps[i]: the last batch of point i
    private double[] positions;        // positions[i]: that batch's epoch position
    private final double[][] values;   // values[c][i]: column c's mean over point i's batches
    private int size;
    private int batchesPerPoint = 1;
    private final double[] partialSums;  // the point being filled: fewer than batchesPerPoint batches
    private int partialCount;
    private long partialStep;
    private double partialPosition;

    public BatchSeries(int columns, int capacity) {
        if (columns < 1) throw new IllegalArgumentException("a series needs a column: " + columns);
        if (capacity < 2 || capacity % 2 != 0) throw new IllegalArgumentException("capacity must be even and at least 2: " + capacity);
        this.capacity = capacity;
        int initial = Math.min(capacity, INITIAL_ARRAY);
        steps = new long[initial];
        positions = new double[initial];
        values = new double[columns][initial];
        partialSums = new double[columns];
    }

    public BatchSeries(int columns) {
        this(columns, DEFAULT_CAPACITY);
    }

    /** Adds one batch: {@code row} holds a value for each column. */
    public void add(long step, double position, double... row) {
        if (row.length != values.length) throw new IllegalArgumentException(row.length + " values for " + values.length + " columns");
        for (int c = 0; c < row.length; c++) partialSums[c] += row[c];
        partialCount++;
        partialStep = step;
        partialPosition = position;
        if (partialCount < batchesPerPoint) return;
        store();
        if (size == capacity) mergePairs();
    }

    private void store() {
        if (size == steps.length) {
            int grown = Math.min(capacity, size * 2);
            steps = Arrays.copyOf(steps, grown);
            positions = Arrays.copyOf(positions, grown);
            for (int c = 0; c < values.length; c++) values[c] = Arrays.copyOf(values[c], grown);
        }
        steps[size] = partialStep;
        positions[size] = partialPosition;
        for (int c = 0; c < values.length; c++) {
            values[c][size] = partialSums[c] / partialCount;
            partialSums[c] = 0;
        }
        partialCount = 0;
        size++;
    }

    // both points of a pair stand for the same number of batches, so the plain mean is the mean over all of them
    private void mergePairs() {
        int half = size / 2;
        for (int i = 0; i < half; i++) {
            steps[i] = steps[2 * i + 1];
            positions[i] = positions[2 * i + 1];
            for (double[] column : values) column[i] = (column[2 * i] + column[2 * i + 1]) / 2;
        }
        size = half;
        batchesPerPoint *= 2;
    }

    /** Stored points; the partial one is not among them. */
    public int size() {
        return size;
    }

    /** How many batches each stored point stands for: 1 until the first merge, then 2, 4, … */
    public int batchesPerPoint() {
        return batchesPerPoint;
    }

    public long step(int index) {
        check(index);
        return steps[index];
    }

    public double position(int index) {
        check(index);
        return positions[index];
    }

    public double value(int column, int index) {
        check(index);
        return values[column][index];
    }

    /** Backing array of the positions, valid up to {@link #size()}; replaced when it grows. */
    public double[] positionArray() {
        return positions;
    }

    /** Backing array of a column, valid up to {@link #size()}; replaced when it grows. */
    public double[] valueArray(int column) {
        return values[column];
    }

    /** Batches in the partial point, 0 when there is none. */
    public int partialCount() {
        return partialCount;
    }

    public long partialStep() {
        return partialStep;
    }

    public double partialPosition() {
        return partialPosition;
    }

    /** Column {@code column}'s mean over the partial point's batches; NaN when there are none. */
    public double partialMean(int column) {
        return partialCount == 0 ? Double.NaN : partialSums[column] / partialCount;
    }

    /** Forgets everything; the arrays are kept for the next run. */
    public void clear() {
        size = 0;
        batchesPerPoint = 1;
        partialCount = 0;
        Arrays.fill(partialSums, 0);
    }

    /**
     * The stored point whose position is closest to {@code position}, or -1 when none is stored. Binary search:
     * batches arrive in training order, so positions never decrease. A tie goes to the earlier point.
     */
    public int nearestIndex(double position) {
        if (size == 0) return -1;
        int low = 0, high = size - 1;
        while (low < high) {              // first index with positions[index] >= position
            int mid = (low + high) >>> 1;
            if (positions[mid] < position) low = mid + 1;
            else high = mid;
        }
        if (low > 0 && position - positions[low - 1] <= positions[low] - position) return low - 1;
        return low;
    }

    private void check(int index) {
        if (index < 0 || index >= size) throw new IndexOutOfBoundsException(index + " of " + size);
    }
}
