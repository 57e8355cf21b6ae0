package org.convscope.ui.featuremaps;

import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * Canvas lines in the theme's text colour: the canvases take it from a label beside them (whose
 * colour the theme's CSS sets), so outlines and tick labels read on light and dark themes alike.
 */
final class Ink {
    /** Okabe–Ito vermillion, as {@code PixelView} highlights: the enlarged map. */
    static final Color SELECTED = Color.web("#D55E00");

    private Ink() {
    }

    static Color of(Paint p, double opacity) {
        Color c = p instanceof Color col ? col : Color.GRAY;
        return Color.color(c.getRed(), c.getGreen(), c.getBlue(), opacity);
    }
}
