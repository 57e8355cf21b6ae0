package org.convscope.ui.featuremaps;

import javafx.scene.canvas.GraphicsContext;
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

    /**
     * A frame {@code t} pixels thick just outside the rectangle (x, y, w, h), in the current fill: four thin fills. The
     * software renderer (Prism's, wherever there is no GPU) fills every pixel it is given, so a frame drawn as one
     * rectangle under the map, then cleared inside, cost three passes over each map for a line round it.
     */
    static void outline(GraphicsContext g, double x, double y, double w, double h, double t) {
        g.fillRect(x - t, y - t, w + 2 * t, t);
        g.fillRect(x - t, y + h, w + 2 * t, t);
        g.fillRect(x - t, y, t, h);
        g.fillRect(x + w, y, t, h);
    }
}
