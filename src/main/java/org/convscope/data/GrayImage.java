package org.convscope.data;

/**
 * A grey image of any size, values in [0, 1] with 1 = ink (MNIST's convention: white strokes on
 * black). Row-major: pixel (row, col) is {@code pixels[row * width + col]}.
 */
public record GrayImage(int width, int height, float[] pixels) {
    public GrayImage {
        if (width < 1 || height < 1) throw new IllegalArgumentException("image must be at least 1×1, got " + width + "×" + height);
        if (pixels.length != width * height) {
            throw new IllegalArgumentException(width + "×" + height + " image needs " + width * height + " pixels, got " + pixels.length);
        }
    }

    public float get(int row, int col) {
        return pixels[row * width + col];
    }

    public static GrayImage blank(int width, int height) {
        return new GrayImage(width, height, new float[width * height]);
    }
}
