package org.convscope.ui.common;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Images from pixel arrays: grey from the engine's 0..1 pixels (1 is white ink, as MNIST draws it), or ARGB. */
public final class Images {
    private Images() {
    }

    public static WritableImage gray(float[] pixels, int width, int height) {
        int[] argb = new int[width * height];
        for (int i = 0; i < argb.length; i++) {
            int v = Math.round(Math.max(0f, Math.min(1f, pixels[i])) * 255);
            argb[i] = 0xff000000 | v << 16 | v << 8 | v;
        }
        return argb(argb, 0, width, height);
    }

    /** A new image of the {@code width}×{@code height} ARGB pixels starting at {@code argb[offset]}, row by row. */
    public static WritableImage argb(int[] argb, int offset, int width, int height) {
        WritableImage img = new WritableImage(width, height);
        // one bulk write: pixel by pixel costs a bounds check and a format conversion each
        img.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, offset, width);
        return img;
    }
}
