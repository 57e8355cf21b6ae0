package org.convscope.ui.common;

import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;

/** Grey images from the engine's 0..1 pixels: 1 is white ink, as MNIST draws it. */
public final class Images {
    private Images() {
    }

    public static WritableImage gray(float[] pixels, int width, int height) {
        WritableImage img = new WritableImage(width, height);
        PixelWriter w = img.getPixelWriter();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int v = Math.round(Math.max(0f, Math.min(1f, pixels[y * width + x])) * 255);
                w.setArgb(x, y, 0xff000000 | v << 16 | v << 8 | v);
            }
        }
        return img;
    }
}
