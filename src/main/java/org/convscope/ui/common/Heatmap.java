package org.convscope.ui.common;

import javafx.scene.image.WritableImage;

/** A W×H block of values as an image through a colour map, one pixel per value (views zoom it without smoothing). */
public final class Heatmap {
    private Heatmap() {
    }

    /** values[off + row·w + col] → pixel (col, row). */
    public static WritableImage image(float[] values, int off, int w, int h, ColorMap map, ValueRange range) {
        int[] argb = new int[w * h];
        for (int i = 0; i < argb.length; i++) argb[i] = map.argb(values[off + i], range.lo(), range.hi());
        return Images.argb(argb, 0, w, h);
    }
}
