package org.convscope.ui.common;

import java.util.Locale;

/** Numbers as the status bar and labels show them. */
public final class Formats {
    private Formats() {
    }

    /** Seconds as m:ss or h:mm:ss; "–" when unknown. */
    public static String duration(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) return "–";
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** 4321.7 → "4,322". */
    public static String count(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%,.0f", v) : "–";
    }

    /** A learning rate the way people write it: 0.001, 0.0005, 1e-05. */
    public static String rate(double v) {
        if (v >= 1e-4) {
            String s = String.format(Locale.ROOT, "%.6f", v).replaceAll("0+$", "");
            return s.endsWith(".") ? s + "0" : s;
        }
        return String.format(Locale.ROOT, "%.0e", v);
    }

    public static String percent(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f%%", 100 * v) : "–";
    }
}
