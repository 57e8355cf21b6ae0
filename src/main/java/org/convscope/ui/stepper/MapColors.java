package org.convscope.ui.stepper;

import org.convscope.ui.common.ColorMap;
import org.convscope.ui.common.ValueRange;

/**
 * The colours of one map under the house conventions: greys for the input image, viridis for
 * values that are never negative (after ReLU), the diverging blue–white–orange for signed ones
 * (weights, z) with white at exactly zero.
 */
public record MapColors(ColorMap map, ValueRange range) {

    /** For values[from, to): diverging if any is negative, else viridis; greys for the network's input image. */
    public static MapColors of(float[] values, int from, int to, boolean inputImage) {
        ValueRange r = ValueRange.of(values, from, to);
        if (inputImage && r.lo() >= 0) return new MapColors(ColorMap.GREYS, new ValueRange(0, Math.max(1, r.hi())));
        ColorMap m = r.lo() < 0 ? ColorMap.DIVERGING : ColorMap.SEQUENTIAL;
        return new MapColors(m, r.forMap(m));
    }

    public static MapColors diverging(float[] values, int from, int to) {
        return new MapColors(ColorMap.DIVERGING, ValueRange.of(values, from, to).forMap(ColorMap.DIVERGING));
    }

    public int argb(double v) {
        return map.argb(v, range.lo(), range.hi());
    }

    public int[] argb(float[] values, int from, int count) {
        int[] c = new int[count];
        for (int i = 0; i < count; i++) c[i] = argb(values[from + i]);
        return c;
    }
}
