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

    /** Visits every position of a batch of {@code n}, in memory order: the loop nest every layer here walks. */
    void forEach(int n, Position visit) {
        for (int b = 0; b < n; b++)
            for (int c = 0; c < channels; c++)
                for (int y = 0; y < height; y++)
                    for (int x = 0; x < width; x++) visit.at(b, c, y, x);
    }

    interface Position {
        void at(int b, int c, int y, int x);
    }
}
