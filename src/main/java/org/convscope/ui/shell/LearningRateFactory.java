package org.convscope.ui.shell;

import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;
import org.convscope.ui.common.Formats;

/**
 * Learning rates step through 1-2-5 per decade (0.0001, 0.0002, 0.0005, 0.001, …, 1), the scale on
 * which they matter; any positive value can also be typed.
 */
final class LearningRateFactory extends SpinnerValueFactory<Double> {
    private static final double MIN = 1e-5, MAX = 1.0;

    LearningRateFactory(double initial) {
        setConverter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : Formats.rate(v);
            }

            @Override
            public Double fromString(String s) {
                try {
                    double v = Double.parseDouble(s.trim().replace(',', '.'));
                    return v > 0 && v <= 10 ? v : getValue();
                } catch (NumberFormatException e) {
                    return getValue(); // keep the last good value; the field shows it again
                }
            }
        });
        setValue(initial);
    }

    @Override
    public void decrement(int steps) {
        for (int i = 0; i < steps; i++) setValue(Math.max(MIN, next(getValue(), false)));
    }

    @Override
    public void increment(int steps) {
        for (int i = 0; i < steps; i++) setValue(Math.min(MAX, next(getValue(), true)));
    }

    /** The next value on the 1-2-5 ladder above or below {@code v}. */
    static double next(double v, boolean up) {
        double decade = Math.pow(10, Math.floor(Math.log10(v) + 1e-9));
        double[] ladder = {1, 2, 5, 10};
        if (up) {
            for (double m : ladder) if (m * decade > v * (1 + 1e-9)) return round(m * decade);
            return round(20 * decade);
        }
        for (int i = ladder.length - 1; i >= 0; i--) if (ladder[i] * decade < v * (1 - 1e-9)) return round(ladder[i] * decade);
        return round(0.5 * decade);
    }

    private static double round(double v) {
        return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.3g", v));
    }
}
