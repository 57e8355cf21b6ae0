package org.convscope.ui.featuremaps;

import java.util.Locale;

/** How a single activation is written on screen: four decimals, enough to compare two neighbours. */
final class Values {
    private Values() {
    }

    static String format(double v) {
        double a = Math.abs(v);
        if (v != 0 && a < 1e-4) return String.format(Locale.ROOT, "%.2e", v);
        if (a >= 10_000) return String.format(Locale.ROOT, "%.1f", v);
        return String.format(Locale.ROOT, "%.4f", v);
    }

    static String percent(double p) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * p);
    }
}
