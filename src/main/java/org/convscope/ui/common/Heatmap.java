package org.convscope.ui.common;

import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;

/** A W×H block of values as an image through a colour map, one pixel per value (views zoom it without smoothing). */
public final class Heatmap {
    private Heatmap() {
    }

    /** values[off + row·w + col] → pixel (col, row). */
    public static WritableImage image(float[] values, int off, int w, int h, ColorMap map, ValueRange range) {
        WritableImage img = new WritableImage(w, h);
        PixelWriter pw = img.getPixelWriter();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                pw.setArgb(x, y, map.argb(values[off + y * w + x], range.lo(), range.hi()));
            }
        }
        return img;
    }
}
