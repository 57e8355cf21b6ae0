package org.convscope.data;

/**
 * A colour image with its three channels apart, as a convolution reads it: {@code planes} holds red,
 * then green, then blue, each row by row ([C,H,W], C = 3), values in [0, 1].
 */
public record ColourImage(int width, int height, float[] planes) {
    public static final int CHANNELS = 3;

    public ColourImage {
        if (width < 1 || height < 1) throw new IllegalArgumentException("image must be at least 1×1, got " + width + "×" + height);
        if (planes.length != CHANNELS * width * height) {
            throw new IllegalArgumentException(width + "×" + height + "×3 image needs " + CHANNELS * width * height + " values, got " + planes.length);
        }
    }

    /** Channel {@code c} (0 red, 1 green, 2 blue) at (row, column). */
    public float get(int c, int row, int column) {
        return planes[(c * height + row) * width + column];
    }

    /** The middle square of the image, averaged down to {@code side} × {@code side} pixels (a box filter, as shrinking a photo should). */
    public ColourImage square(int side) {
        int s = Math.min(width, height), top = (height - s) / 2, left = (width - s) / 2;
        float[] out = new float[CHANNELS * side * side];
        for (int c = 0; c < CHANNELS; c++) {
            for (int y = 0; y < side; y++) {
                int y0 = top + y * s / side, y1 = Math.max(y0 + 1, top + (y + 1) * s / side);
                for (int x = 0; x < side; x++) {
                    int x0 = left + x * s / side, x1 = Math.max(x0 + 1, left + (x + 1) * s / side);
                    double sum = 0;
                    for (int r = y0; r < y1; r++) for (int q = x0; q < x1; q++) sum += get(c, r, q);
                    out[(c * side + y) * side + x] = (float) (sum / ((y1 - y0) * (x1 - x0)));
                }
            }
        }
        return new ColourImage(side, side, out);
    }
}
