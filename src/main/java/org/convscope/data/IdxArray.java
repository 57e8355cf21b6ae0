package org.convscope.data;

import java.util.Arrays;

/**
 * The contents of one IDX file: unsigned bytes with their dimensions, outermost first
 * ({@code [count, rows, columns]} for images, {@code [count]} for labels).
 */
public final class IdxArray {
    private final String source;
    private final int[] dimensions;
    private final byte[] values;

    /** Takes ownership of {@code values}; the reader has already checked it matches the dimensions. */
    IdxArray(String source, int[] dimensions, byte[] values) {
        this.source = source;
        this.dimensions = dimensions.clone();
        this.values = values;
    }

    /** Where the values came from (a file path), for messages. */
    public String source() {
        return source;
    }

    public int rank() {
        return dimensions.length;
    }

    public int dimension(int axis) {
        return dimensions[axis];
    }

    public int[] dimensions() {
        return dimensions.clone();
    }

    /** Number of values: the product of the dimensions. */
    public int count() {
        return values.length;
    }

    /** Value {@code index} in row-major order, 0..255. */
    public int unsigned(int index) {
        return values[index] & 0xFF;
    }

    /** The backing array, not copied: only this package may see it, so datasets stay immutable. */
    byte[] values() {
        return values;
    }

    @Override
    public String toString() {
        return source + " " + Arrays.toString(dimensions);
    }
}
