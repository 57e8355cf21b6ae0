package org.convscope.ui.stepper;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Numbers as the steppers print them: short enough for a cell, whole numbers without decimals, a real minus sign. */
public final class Numbers {
    private Numbers() {
    }

    public static String format(double v) {
        if (Double.isNaN(v)) return "–";
        if (v == 0) return "0";
        double a = Math.abs(v);
        String s;
        if (a == Math.rint(a) && a < 1e6) s = String.format(Locale.ROOT, "%.0f", a);
        else if (a >= 100) s = String.format(Locale.ROOT, "%.0f", a);
        else if (a >= 10) s = String.format(Locale.ROOT, "%.1f", a);
        else if (a >= 1) s = String.format(Locale.ROOT, "%.2f", a);
        else if (a >= 0.0005) s = String.format(Locale.ROOT, "%.3f", a);
        else s = new BigDecimal(a).round(new MathContext(2)).toPlainString(); // 0.00026, not 2.6e-04
        return v < 0 ? "\u2212" + s : s;
    }

    /** For a cell of a grid, where space is short: at most three decimals, so a tiny value reads "0.000" with its sign. */
    public static String cell(double v) {
        double a = Math.abs(v);
        if (a == 0 || a >= 0.0005 || Double.isNaN(v)) return format(v);
        return v < 0 ? "\u22120.000" : "0.000";
    }

    /** A factor inside a product: negative numbers in brackets, as written by hand. */
    public static String factor(double v) {
        return v < 0 ? "(" + format(v) + ")" : format(v);
    }
}
