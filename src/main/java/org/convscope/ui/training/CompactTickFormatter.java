package org.convscope.ui.training;

import java.util.Locale;
import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

/**
 * Tick labels of an auto-ranging axis: NumberAxis's own below 100,000, powers of ten above. A loss that blows
 * up reaches 10^38 (float's largest), and written out in full ("399,999,999,999,999,900,000,…") its labels
 * took most of the chart's width and squeezed the curve into a sliver.
 */
final class CompactTickFormatter extends StringConverter<Number> {
    static final double LARGE = 1e5;
    private final StringConverter<Number> plain;

    CompactTickFormatter(NumberAxis axis) {
        this.plain = new NumberAxis.DefaultFormatter(axis);
    }

    @Override
    public String toString(Number value) {
        double v = value.doubleValue();
        if (Math.abs(v) < LARGE) return plain.toString(value);
        String[] parts = String.format(Locale.ROOT, "%.1e", v).split("e");
        return parts[0] + "×10^" + Integer.parseInt(parts[1]);
    }

    @Override
    public Number fromString(String text) {
        return plain.fromString(text);
    }
}
