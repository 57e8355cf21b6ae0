package org.convscope.ui.training;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;

/** Moves points into JavaFX series with as few list changes as possible: each one costs a chart update. */
final class SeriesFeed {
    /**
     * A run of more epochs shows its epoch values as the series' lines alone: a marker is a node, and an hour of
     * training (600 epochs of MNIST) would make 2,400 of them, laid out at every refresh.
     */
    static final int MOST_MARKERS = 30;

    private SeriesFeed() {
    }

    /** Copies the display points that changed since last time into {@code target}, reusing its Data. */
    static void copyChanges(Decimator display, XYChart.Series<Number, Number> target) {
        int firstChanged = display.takeFirstChanged();
        ObservableList<XYChart.Data<Number, Number>> data = target.getData();
        int size = display.size();
        int reused = Math.min(data.size(), size);
        for (int i = firstChanged; i < reused; i++) {
            XYChart.Data<Number, Number> point = data.get(i);
            point.setXValue(display.position(i));
            point.setYValue(display.value(i));
        }
        if (data.size() > size) {
            data.remove(size, data.size());
        } else if (size > data.size()) {
            List<XYChart.Data<Number, Number>> added = new ArrayList<>(size - data.size());
            for (int i = data.size(); i < size; i++) {
                added.add(new XYChart.Data<>(display.position(i), display.value(i)));
            }
            data.addAll(added);
        }
    }

    /**
     * Puts {@code value} at x = {@code epoch} with a marker (up to {@value #MOST_MARKERS} points; past them, every
     * marker goes), replacing an earlier value for that epoch; a non-finite value removes the point instead.
     */
    static void putEpochPoint(XYChart.Series<Number, Number> target, MetricSeries kind, int epoch, double value) {
        ObservableList<XYChart.Data<Number, Number>> data = target.getData();
        int index = 0;
        while (index < data.size() && data.get(index).getXValue().intValue() < epoch) {
            index++;
        }
        boolean present = index < data.size() && data.get(index).getXValue().intValue() == epoch;
        if (!Double.isFinite(value)) {
            if (present) {
                data.remove(index);
            }
        } else if (present) {
            data.get(index).setYValue(value);
        } else {
            XYChart.Data<Number, Number> point = new XYChart.Data<>(epoch, value);
            if (data.size() < MOST_MARKERS) {
                point.setNode(marker(kind));    // the chart makes no symbols of its own (batch series have none)
            } else if (!data.isEmpty() && data.get(0).getNode() != null) {
                dropMarkers(data);
            }
            data.add(index, point);
        }
    }

    // once per run: points made anew without nodes, as the chart takes a point's node away only with the point
    private static void dropMarkers(ObservableList<XYChart.Data<Number, Number>> data) {
        List<XYChart.Data<Number, Number>> bare = new ArrayList<>(data.size());
        for (XYChart.Data<Number, Number> d : data) bare.add(new XYChart.Data<>(d.getXValue(), d.getYValue()));
        data.setAll(bare);
    }

    private static StackPane marker(MetricSeries kind) {
        StackPane marker = new StackPane();
        marker.getStyleClass().addAll("metric-epoch-marker", kind.styleClass());
        return marker;
    }
}
