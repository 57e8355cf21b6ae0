package org.convscope.ui.kernels;

/** Pixels computed off the FX thread (ARGB, row by row); the view copies them into an image. */
public record Raster(int width, int height, int[] argb) {

    public Raster(int width, int height) {
        this(width, height, new int[width * height]);
    }

    public int argb(int row, int col) {
        return argb[row * width + col];
    }

    void set(int row, int col, int color) {
        argb[row * width + col] = color;
    }
}
