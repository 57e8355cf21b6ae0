package org.convscope.engine.tensor;

import java.util.Arrays;

/**
 * The shape of one example as it flows between layers, without the batch dimension.
 * An image-like shape has rank 3 and is named in (channels, height, width) order, as PyTorch and
 * the model file name it; a vector has rank 1. How the numbers are laid out in memory is the
 * {@link Tensor}'s business, not the shape's.
 */
public final class Shape {
    private final int[] dims;

    private Shape(int... dims) {
        for (int d : dims) {
            if (d <= 0) throw new IllegalArgumentException("every dimension must be positive: " + Arrays.toString(dims));
        }
        this.dims = dims.clone();
    }

    public static Shape image(int channels, int height, int width) {
        return new Shape(channels, height, width);
    }

    public static Shape vector(int length) {
        return new Shape(length);
    }

    public int rank() {
        return dims.length;
    }

    public boolean isImage() {
        return dims.length == 3;
    }

    public boolean isVector() {
        return dims.length == 1;
    }

    /** Channels of an image shape; the length of a vector. */
    public int channels() {
        return dims[0];
    }

    public int height() {
        requireImage();
        return dims[1];
    }

    public int width() {
        requireImage();
        return dims[2];
    }

    /** Number of values in one example. */
    public int size() {
        int n = 1;
        for (int d : dims) n *= d;
        return n;
    }

    private void requireImage() {
        if (!isImage()) throw new IllegalStateException("not an image shape: " + this);
    }

    /** Keras' notation, channels last, batch as None: {@code (None, 26, 26, 32)} or {@code (None, 64)}. */
    public String toKeras() {
        return isImage()
                ? "(None, " + height() + ", " + width() + ", " + channels() + ")"
                : "(None, " + channels() + ")";
    }

    /** Human notation used in the UI: {@code 26×26×32} or {@code 64}. */
    public String toDisplay() {
        return isImage() ? height() + "×" + width() + "×" + channels() : String.valueOf(channels());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Shape s && Arrays.equals(dims, s.dims);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(dims);
    }

    @Override
    public String toString() {
        return isImage() ? "[C=" + channels() + ",H=" + height() + ",W=" + width() + "]" : "[" + channels() + "]";
    }
}
