package org.convscope.ui.explain;

import org.convscope.ui.common.ColorMap;
import org.convscope.ui.common.ValueRange;

/**
 * The map laid over the image, pixel by pixel: the image in greys, the map's colour on top, as opaque as the
 * value is strong (a value of 0 leaves the image as it is, the largest covers it at the chosen opacity), so
 * the digit stays readable where the map says nothing. A signed map lays its end colour (orange for, blue
 * against) over the image: its paler middle colours would vanish on white ink, and the opacity already says
 * how strong a value is.
 */
final class OverlayPixels {
    private OverlayPixels() {
    }

    /** image: [H·W] 0..1 (1 = white ink); map: [H·W]; returns [H·W] ARGB. */
    static int[] blend(float[] image, float[] map, ColorMap colours, ValueRange range, double opacity) {
        int[] out = new int[map.length];
        for (int i = 0; i < map.length; i++) {
            int grey = (int) Math.round(Math.max(0, Math.min(1, image[i])) * 255);
            double t = colours.position(map[i], range.lo(), range.hi());
            double strength = colours.diverging() ? Math.abs(2 * t - 1) : t;
            double a = Double.isNaN(strength) ? opacity : opacity * Math.max(0, Math.min(1, strength));
            int c = colours.argb(colours.diverging() ? (t < 0.5 ? 0 : 1) : t);
            int r = mix(grey, (c >> 16) & 0xff, a), g = mix(grey, (c >> 8) & 0xff, a), b = mix(grey, c & 0xff, a);
            out[i] = 0xff000000 | r << 16 | g << 8 | b;
        }
        return out;
    }

    private static int mix(int under, int over, double a) {
        return (int) Math.round(under * (1 - a) + over * a);
    }
}
