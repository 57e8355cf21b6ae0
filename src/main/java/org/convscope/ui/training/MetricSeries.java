package org.convscope.ui.training;

/**
 * The four series of a metric chart, in the order they are added to the chart. That order fixes
 * JavaFX's {@code default-color0..3} classes, which metric-chart.css colours; the style class names
 * the legend swatch and the hover readout row of the same series.
 */
enum MetricSeries {
    BATCH("batch"),
    SMOOTHED("smoothed"),
    EPOCH_TRAIN("epoch-train"),
    EPOCH_TEST("epoch-test");

    private final String styleClass;

    MetricSeries(String styleClass) {
        this.styleClass = styleClass;
    }

    String styleClass() {
        return styleClass;
    }

    /** Epoch series are drawn with markers; batch series are plain lines. */
    boolean hasMarkers() {
        return this == EPOCH_TRAIN || this == EPOCH_TEST;
    }
}
