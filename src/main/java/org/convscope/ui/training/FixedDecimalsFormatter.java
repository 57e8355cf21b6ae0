package org.convscope.ui.training;

import java.math.BigDecimal;
import java.util.Locale;
import javafx.util.StringConverter;

/**
 * Tick labels with as many decimals as the tick unit needs, the same for every tick: "1.0" beside
 * "0.8", not "1" (NumberAxis's own formatter drops the zero on a fixed range).
 */
final class FixedDecimalsFormatter extends StringConverter<Number> {
    private final String pattern;

    FixedDecimalsFormatter(double tickUnit) {
        int decimals = Math.max(0, BigDecimal.valueOf(tickUnit).stripTrailingZeros().scale());
        pattern = "%." + decimals + "f";
    }

    @Override
    public String toString(Number value) {
        return String.format(Locale.ROOT, pattern, value.doubleValue());
    }

    @Override
    public Number fromString(String text) {
        return Double.parseDouble(text);
    }
}
