package org.convscope.ui.architecture;

import org.convscope.engine.tensor.Shape;

/**
 * One scale for every block of a model, so the blocks compare honestly: height and width in
 * proportion to the image's; depth grows with the logarithm of the channel count (1 and 64 channels
 * both have to fit a row); vectors as bars whose length grows with the logarithm of their length.
 */
record GlyphScale(double pixelsPerUnit) {
    static final double FACE = 42;
    static final double MAX_DEPTH = 42;
    static final double VECTOR_HEIGHT = 10;
    static final int MAX_CELLS = 32;

    /** The largest image side among {@code shapes} gets {@link #FACE} pixels (at most 1.5 per pixel). */
    static GlyphScale fitting(Iterable<Shape> shapes) {
        int largest = 1;
        for (Shape s : shapes) {
            if (s != null && s.isImage()) largest = Math.max(largest, Math.max(s.height(), s.width()));
        }
        return new GlyphScale(Math.min(1.5, FACE / largest));
    }

    double side(int units) {
        return Math.max(2, units * pixelsPerUnit);
    }

    double depth(int channels) {
        return Math.min(MAX_DEPTH, 3 + 6 * Math.log(channels) / Math.log(2));
    }

    /** Bars up to {@link #MAX_CELLS} long are drawn cell by cell, at least 5 pixels a cell. */
    double vectorLength(int n) {
        double length = Math.min(150, 12 * Math.log(Math.max(n, 2)) / Math.log(2));
        return n <= MAX_CELLS ? Math.max(length, 5.0 * n) : length;
    }
}
