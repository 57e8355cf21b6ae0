package org.convscope.ui.compare;

import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.convscope.training.BatchPoint;
import org.convscope.training.EpochMetrics;
import org.convscope.training.Run;

/**
 * One metric of several runs against the epoch: each run's training curve as a line in its colour,
 * and its test value after every epoch as a dot of the same colour, or, for a run of more than
 * {@value #MOST_DOTS} epochs, as a dashed line. The legend is the view's, shared by both charts.
 */
final class RunsChart extends VBox {
    // a dot is a node: a half hour of training from random weights made a thousand of them, laid out again at each
    // refresh of the run in training (once a second)
    static final int MOST_DOTS = 30;

    /** Which figure the chart draws. */
    enum Metric { LOSS, ACCURACY }

    private final Metric metric;
    private final Label title = new Label();
    private final NumberAxis xAxis = new NumberAxis(0, 1, 1);
    private final NumberAxis yAxis = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(xAxis, yAxis);

    RunsChart(Metric metric) {
        this.metric = metric;
        getStyleClass().add("runs-chart");
        title.getStyleClass().add("runs-chart-title");
        chart.setAnimated(false);
        chart.setCreateSymbols(false); // the epoch dots bring their own nodes
        chart.setLegendVisible(false);
        chart.setMinHeight(140);
        xAxis.setAutoRanging(false);
        xAxis.setMinorTickVisible(false);
        if (metric == Metric.ACCURACY) {
            yAxis.setAutoRanging(false);
            yAxis.setLowerBound(0);
            yAxis.setUpperBound(1);
            yAxis.setTickUnit(0.1);
        } else {
            yAxis.setForceZeroInRange(true);
        }
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(title, chart);
    }

    StringProperty titleProperty() {
        return title.textProperty();
    }

    javafx.beans.property.ObjectProperty<String> xLabelProperty() {
        return xAxis.labelProperty();
    }

    /** Draws {@code rows}' runs, replacing what was drawn. */
    void show(List<RunRow> rows) {
        List<XYChart.Series<Number, Number>> all = new java.util.ArrayList<>();
        double epochs = 1;
        for (RunRow row : rows) {
            Run r = row.run().get();
            XYChart.Series<Number, Number> curve = new XYChart.Series<>();
            for (BatchPoint p : r.curve()) {
                double y = metric == Metric.LOSS ? p.loss() : p.accuracy();
                if (Double.isFinite(y)) curve.getData().add(new XYChart.Data<>(p.epochPosition(), y));
                epochs = Math.max(epochs, p.epochPosition());
            }
            XYChart.Series<Number, Number> tests = new XYChart.Series<>();
            boolean dots = dotted(r);
            for (EpochMetrics e : r.epochs()) {
                double y = metric == Metric.LOSS ? e.testLoss() : e.testAccuracy();
                if (!Double.isFinite(y)) continue;
                XYChart.Data<Number, Number> d = new XYChart.Data<>(e.epoch() + 1, y);
                if (dots) d.setNode(new Region()); // styled below: the chart sets a symbol's classes when it adds it
                tests.getData().add(d);
                epochs = Math.max(epochs, e.epoch() + 1);
            }
            all.add(curve);
            all.add(tests);
        }
        chart.getData().setAll(all);
        // after all are added: adding a series gives every series and symbol its default classes anew
        for (int i = 0; i < rows.size(); i++) {
            String colour = rows.get(i).colourClass();
            all.get(2 * i).getNode().getStyleClass().addAll("run-line", colour);
            XYChart.Series<Number, Number> tests = all.get(2 * i + 1);
            // the dots alone, no line between them; or the dashed line of a long run
            tests.getNode().getStyleClass().addAll(dotted(rows.get(i).run().get()) ? "run-dots" : "run-test-line", colour);
            for (XYChart.Data<Number, Number> d : tests.getData()) {
                if (d.getNode() != null) d.getNode().getStyleClass().addAll("run-dot", colour);
            }
        }
        xAxis.setUpperBound(Math.ceil(epochs));
        xAxis.setTickUnit(Math.max(1, Math.ceil(epochs / 10)));
    }

    private static boolean dotted(Run r) {
        return r.epochs().size() <= MOST_DOTS;
    }
}
