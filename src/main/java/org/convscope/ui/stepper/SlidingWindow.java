package org.convscope.ui.stepper;

/**
 * Where a stepper's window can stand: one position per output cell, counted row by row, as the
 * playback steps through them. A convolution's geometry and a pooling window are both one.
 */
public interface SlidingWindow {
    int outHeight();

    int outWidth();

    /** Output cells: the number of steps through one output map. */
    default int positions() {
        return outHeight() * outWidth();
    }

    /** The position (row · outWidth + column) a click on input cell (row, column) means. */
    int positionNear(int row, int column);

    /** {@code index} kept among {@code count} (0 … count − 1). */
    static int clamp(int index, int count) {
        return Math.max(0, Math.min(index, count - 1));
    }
}
