package org.convscope.ui.training;

import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * A short sample of a series' line (and marker, for epoch series) for the legend and the hover
 * readout; colours come from metric-chart.css via the series' style class.
 */
final class SeriesSwatch extends StackPane {

    SeriesSwatch(MetricSeries series) {
        getStyleClass().addAll("metric-swatch", series.styleClass());
        Region line = new Region();
        line.getStyleClass().add("metric-swatch-line");
        getChildren().add(line);
        if (series.hasMarkers()) {
            Region marker = new Region();
            marker.getStyleClass().addAll("metric-epoch-marker", series.styleClass());   // same look as on the chart
            getChildren().add(marker);
        }
    }
}
