package org.convscope.ui.common;

import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;

/**
 * The colour maps, all readable with the common colour-vision deficiencies: a diverging blue–white–
 * orange for signed values (weights, pre-activation maps: white is exactly zero), viridis for
 * non-negative values (activations after ReLU, probabilities), and greys for input images.
 */
public enum ColorMap {
    /** Negative blue, zero white, positive orange (after ColorBrewer's PuOr/RdBu, blue–orange for CVD safety). */
    DIVERGING(new int[] {0x2166AC, 0x67A9CF, 0xD1E5F0, 0xF7F7F7, 0xFDDBC7, 0xF4A582, 0xB35806}),
    /** Viridis, dark purple (0) to yellow (max). */
    SEQUENTIAL(new int[] {0x440154, 0x482878, 0x3E4A89, 0x31688E, 0x26828E, 0x1F9E89, 0x35B779, 0x6DCD59, 0xB4DE2C, 0xFDE725}),
    /** Black (0) to white (1), as the images are stored. */
    GREYS(new int[] {0x000000, 0xFFFFFF});

    private final int[] anchors;
    private final int[] table = new int[256];

    ColorMap(int[] anchors) {
        this.anchors = anchors;
        for (int i = 0; i < 256; i++) table[i] = interpolate(i / 255.0);
    }

    private int interpolate(double t) {
        double pos = t * (anchors.length - 1);
        int i = Math.min((int) pos, anchors.length - 2);
        double f = pos - i;
        int a = anchors[i], b = anchors[i + 1];
        int r = (int) Math.round(((a >> 16) & 0xff) * (1 - f) + ((b >> 16) & 0xff) * f);
        int g = (int) Math.round(((a >> 8) & 0xff) * (1 - f) + ((b >> 8) & 0xff) * f);
        int bl = (int) Math.round((a & 0xff) * (1 - f) + (b & 0xff) * f);
        return 0xff000000 | r << 16 | g << 8 | bl;
    }

    /** Colour of position {@code t} in [0, 1] (clamped), as ARGB. */
    public int argb(double t) {
        if (Double.isNaN(t)) return 0xffff00ff; // magenta: a NaN is never mistaken for data
        int i = (int) Math.round(Math.max(0, Math.min(1, t)) * 255);
        return table[i];
    }

    /** Colour of {@code value} on a scale from {@code lo} to {@code hi}; a diverging map is centred on 0. */
    public int argb(double value, double lo, double hi) {
        return argb(position(value, lo, hi));
    }

    /** Where {@code value} falls in [0, 1] on this map for the range [lo, hi]. */
    public double position(double value, double lo, double hi) {
        if (this == DIVERGING) {
            double m = Math.max(Math.abs(lo), Math.abs(hi));
            return m == 0 ? 0.5 : 0.5 + value / (2 * m);
        }
        return hi == lo ? 0 : (value - lo) / (hi - lo);
    }

    public boolean diverging() {
        return this == DIVERGING;
    }

    public Color color(double t) {
        int c = argb(t);
        return Color.rgb((c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff);
    }

    /** Left-to-right gradient for legends. */
    public LinearGradient gradient() {
        Stop[] stops = new Stop[anchors.length];
        for (int i = 0; i < anchors.length; i++) {
            double t = i / (double) (anchors.length - 1);
            stops[i] = new Stop(t, color(t));
        }
        return new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, stops);
    }
}
