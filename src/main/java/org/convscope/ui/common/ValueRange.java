package org.convscope.ui.common;

/** The span of values a colour scale covers. For a diverging map it is symmetric around zero. */
public record ValueRange(double lo, double hi) {

    public static ValueRange of(float[] v, int from, int to) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            if (Float.isNaN(v[i])) continue;
            lo = Math.min(lo, v[i]);
            hi = Math.max(hi, v[i]);
        }
        return lo > hi ? new ValueRange(0, 0) : new ValueRange(lo, hi);
    }

    public static ValueRange of(float[] v) {
        return of(v, 0, v.length);
    }

    public ValueRange union(ValueRange o) {
        return new ValueRange(Math.min(lo, o.lo), Math.max(hi, o.hi));
    }

    /** What the legend shows for {@code map}: ±max|v| for diverging maps, the plain span otherwise. */
    public ValueRange forMap(ColorMap map) {
        if (!map.diverging()) return this;
        double m = Math.max(Math.abs(lo), Math.abs(hi));
        return new ValueRange(-m, m);
    }
}
