package org.convscope.engine.reference;

import org.convscope.engine.tensor.Shape;

/** Where value (n, c, y, x) of a channels-first batch [N,C,H,W] lives in its flat array. */
record Nchw(int channels, int height, int width) {

    static Nchw of(Shape s) {
        if (!s.isImage()) throw new IllegalArgumentException("expected an image shape, got " + s);
        return new Nchw(s.channels(), s.height(), s.width());
    }

    /** Values in one example. */
    int size() {
        return channels * height * width;
    }

    int at(int n, int c, int y, int x) {
        return ((n * channels + c) * height + y) * width + x;
    }

    boolean inside(int y, int x) {
        return y >= 0 && y < height && x >= 0 && x < width;
    }

    Shape shape() {
        return Shape.image(channels, height, width);
    }
}
