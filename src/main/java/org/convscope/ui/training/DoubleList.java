package org.convscope.ui.training;

import java.util.Arrays;

/** A growable {@code double[]}: tens of thousands of chart points without boxing each one. */
final class DoubleList {
    private double[] values = new double[64];
    private int size;

    void add(double value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    double get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
        return values[index];
    }

    int size() {
        return size;
    }

    /** Drops everything from {@code newSize} on; the array is kept for reuse. */
    void truncate(int newSize) {
        if (newSize < 0 || newSize > size) {
            throw new IndexOutOfBoundsException(newSize + " of " + size);
        }
        size = newSize;
    }

    void clear() {
        size = 0;
    }

    /** The backing array, valid up to {@link #size()}; shared, not copied, so readers must not keep it. */
    double[] array() {
        return values;
    }
}
