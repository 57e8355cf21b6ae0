package org.convscope.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MetricChartTest {
    private static final int PER_EPOCH = 1875;

    private MetricChart chart;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        chart = new MetricChart();
        stage.setScene(new Scene(chart, 560, 300));     // the size each chart gets in the app window
        stage.show();
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** {@code count} batches of a falling, noisy loss, {@code perEpoch} to an epoch, starting at step 1. */
    private static Batches lossRun(int count, int perEpoch) {
        Random random = new Random(11);
        Batches batches = new Batches(count);
        for (int i = 0; i < count; i++) {
            batches.positions[i] = (i + 1) / (double) perEpoch;
            batches.values[i] = 0.05 + 2.25 * Math.exp(-3.0 * batches.positions[i]) + 0.1 * random.nextDouble();
            batches.steps[i] = i + 1;
        }
        return batches;
    }

    private static final class Batches {
        final double[] positions;
        final double[] values;
        final long[] steps;

        Batches(int count) {
            positions = new double[count];
            values = new double[count];
            steps = new long[count];
        }
    }

    /** The test's own TensorBoard smoothing, written from the formula. */
    private static double[] debiasedEma(double[] values, double w) {
        double[] smoothed = new double[values.length];
        double last = 0;
        for (int t = 1; t <= values.length; t++) {
            last = w * last + (1 - w) * values[t - 1];
            smoothed[t - 1] = last / (1 - Math.pow(w, t));
        }
        return smoothed;
    }

    @SuppressWarnings("unchecked")
    private LineChart<Number, Number> lineChart() {
        return (LineChart<Number, Number>) chart.lookup(".metric-chart-plot");
    }

    private List<XYChart.Data<Number, Number>> data(MetricSeries series) {
        return lineChart().getData().get(series.ordinal()).getData();
    }

    private void add(FxRobot robot, Batches batches) {
        robot.interact(() -> chart.addBatchPoints(batches.positions, batches.values, batches.steps, batches.values.length));
    }

    /** Where {@code epochPosition} is on screen, halfway down the plot. */
    private Point2D screenPointAt(FxRobot robot, double epochPosition) {
        Point2D[] holder = new Point2D[1];
        robot.interact(() -> {
            NumberAxis xAxis = (NumberAxis) lineChart().getXAxis();
            Node plot = chart.lookup(".chart-plot-background");
            Bounds plotOnScreen = plot.localToScreen(plot.getLayoutBounds());
            double x = xAxis.localToScreen(xAxis.getDisplayPosition(epochPosition), 0).getX();
            holder[0] = new Point2D(x, plotOnScreen.getCenterY());
        });
        return holder[0];
    }

    private String readout(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        String[] holder = new String[1];
        robot.interact(() -> holder[0] = chart.readoutText());
        return holder[0];
    }

    // ---- tests -------------------------------------------------------------------------------

    @Test
    void batchPointsAppearAndTheEpochAxisGrowsByWholeEpochs(FxRobot robot) {
        add(robot, lossRun(150, 100));                 // up to epoch position 1.5
        assertEquals(150, chart.rawPointCount());
        assertEquals(150, data(MetricSeries.BATCH).size(), "few points are shown one for one");
        assertEquals(150, data(MetricSeries.SMOOTHED).size());
        assertEquals(300, chart.displayedPointCount());
        assertEquals(2.0, ((NumberAxis) lineChart().getXAxis()).getUpperBound());
    }

    @Test
    void a20EpochRunStaysBoundedAndFast(FxRobot robot) {
        Batches run = lossRun(20 * PER_EPOCH, PER_EPOCH);
        int perFrame = 50;
        long[] slowest = new long[1];
        long[] total = new long[1];
        int[] mostDisplayed = new int[1];
        robot.interact(() -> {
            double[] x = new double[perFrame];
            double[] y = new double[perFrame];
            long[] steps = new long[perFrame];
            for (int start = 0; start < run.values.length; start += perFrame) {
                System.arraycopy(run.positions, start, x, 0, perFrame);
                System.arraycopy(run.values, start, y, 0, perFrame);
                System.arraycopy(run.steps, start, steps, 0, perFrame);
                long began = System.nanoTime();
                chart.addBatchPoints(x, y, steps, perFrame);
                if ((start + perFrame) % PER_EPOCH < perFrame) {
                    int epoch = (start + perFrame) / PER_EPOCH;
                    chart.addEpoch(epoch, 0.3 / epoch, 0.35 / epoch);
                }
                chart.layout();                     // what the next pulse would do with the new points
                long took = System.nanoTime() - began;
                slowest[0] = Math.max(slowest[0], took);
                total[0] += took;
                mostDisplayed[0] = Math.max(mostDisplayed[0], chart.displayedPointCount());
            }
        });
        assertEquals(18_750, chart.rawPointCount(), "past 32,768 batches a point is the mean of two");
        assertTrue(mostDisplayed[0] <= 2200, "displayed " + mostDisplayed[0]);
        assertTrue(data(MetricSeries.BATCH).size() <= 500, "batch series " + data(MetricSeries.BATCH).size());
        assertTrue(data(MetricSeries.SMOOTHED).size() <= 500, "smoothed series " + data(MetricSeries.SMOOTHED).size());
        assertEquals(20, data(MetricSeries.EPOCH_TRAIN).size());
        // generous bounds (a shared 2-core machine): they catch a quadratic re-decimation, not a slow minute
        assertTrue(total[0] < 30_000_000_000L, "750 frames took " + total[0] / 1_000_000 + " ms");
        assertTrue(slowest[0] < 3_000_000_000L, "slowest frame " + slowest[0] / 1_000_000 + " ms");
        assertEquals(20.0, ((NumberAxis) lineChart().getXAxis()).getUpperBound());
        robot.moveTo(screenPointAt(robot, run.positions[20_001]));
        String text = readout(robot);
        assertTrue(text.contains(" · mean of 2 batches"), "the readout says a point is a mean: " + text);
    }

    @Test
    void pastThirtyEpochsTheEpochValuesAreLinesWithoutMarkers(FxRobot robot) {
        robot.interact(() -> {
            for (int epoch = 1; epoch <= SeriesFeed.MOST_MARKERS; epoch++) chart.addEpoch(epoch, 0.3, 0.35);
        });
        assertEquals(2 * SeriesFeed.MOST_MARKERS, lineChart().lookupAll(".metric-epoch-marker").size(), "a marker an epoch value");
        robot.interact(() -> chart.addEpoch(SeriesFeed.MOST_MARKERS + 1, 0.2, 0.25));
        assertEquals(0, lineChart().lookupAll(".metric-epoch-marker").size(), "none left");
        assertEquals(SeriesFeed.MOST_MARKERS + 1, data(MetricSeries.EPOCH_TEST).size(), "every value still drawn");
        assertEquals(0.25, data(MetricSeries.EPOCH_TEST).get(SeriesFeed.MOST_MARKERS).getYValue().doubleValue());
        robot.interact(() -> {
            chart.clear();
            chart.addEpoch(1, 0.3, 0.35);
        });
        assertEquals(2, lineChart().lookupAll(".metric-epoch-marker").size(), "a new run has markers again");
    }

    @Test
    void changingTheSmoothingRecomputesTheSmoothedLine(FxRobot robot) {
        Batches run = lossRun(200, 100);           // few enough that every smoothed point is shown
        add(robot, run);
        for (double w : new double[] {0.0, 0.9}) {
            robot.interact(() -> chart.smoothingProperty().set(w));
            double[] expected = debiasedEma(run.values, w);
            List<XYChart.Data<Number, Number>> shown = data(MetricSeries.SMOOTHED);
            assertEquals(200, shown.size());
            for (int i = 0; i < 200; i++) {
                assertEquals(expected[i], chart.smoothedValueAt(i), 1e-12, "stored, w=" + w + " i=" + i);
                assertEquals(expected[i], shown.get(i).getYValue().doubleValue(), 1e-12, "shown, w=" + w + " i=" + i);
            }
        }
        assertNotEquals(run.values[123], chart.smoothedValueAt(123), "w=0.9 smooths");
    }

    @Test
    void epochPointsAppearWithMarkersAndNaNIsSkipped(FxRobot robot) {
        robot.interact(() -> {
            chart.addEpoch(1, 0.50, 0.60);
            chart.addEpoch(2, 0.40, Double.NaN);
            chart.addEpoch(3, Double.NaN, 0.45);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<XYChart.Data<Number, Number>> train = data(MetricSeries.EPOCH_TRAIN);
        List<XYChart.Data<Number, Number>> test = data(MetricSeries.EPOCH_TEST);
        assertEquals(List.of(1, 2), train.stream().map(d -> d.getXValue().intValue()).collect(Collectors.toList()));
        assertEquals(List.of(0.50, 0.40), train.stream().map(d -> d.getYValue().doubleValue()).collect(Collectors.toList()));
        assertEquals(List.of(1, 3), test.stream().map(d -> d.getXValue().intValue()).collect(Collectors.toList()));
        assertEquals(List.of(0.60, 0.45), test.stream().map(d -> d.getYValue().doubleValue()).collect(Collectors.toList()));
        for (XYChart.Data<Number, Number> point : train) {
            Node marker = point.getNode();
            assertNotNull(marker);
            assertNotNull(marker.getScene(), "marker is on the chart");
            assertTrue(marker.getStyleClass().containsAll(List.of("metric-epoch-marker", "epoch-train")));
            assertTrue(marker.getLayoutBounds().getWidth() > 0, "marker has a size");
        }
        assertEquals(4, chart.displayedPointCount());
        assertEquals(0, chart.rawPointCount());
        assertEquals(3.0, ((NumberAxis) lineChart().getXAxis()).getUpperBound());
    }

    @Test
    void clearEmptiesEverythingAndTheChartCanStartOver(FxRobot robot) {
        add(robot, lossRun(1000, 100));
        robot.interact(() -> chart.addEpoch(1, 0.5, 0.6));
        robot.interact(chart::clear);
        assertEquals(0, chart.rawPointCount());
        assertEquals(0, chart.displayedPointCount());
        assertEquals(1.0, ((NumberAxis) lineChart().getXAxis()).getUpperBound());
        add(robot, lossRun(10, 100));
        assertEquals(10, chart.rawPointCount());
        assertEquals(20, chart.displayedPointCount(), "decimation started over with single points");
    }

    @Test
    void hoverShowsTheExactValuesOfTheNearestPoint(FxRobot robot) {
        Batches run = lossRun(40, 20);             // two epochs, points ~12 px apart
        add(robot, run);
        robot.interact(() -> {
            chart.addEpoch(1, 0.7777, 0.8888);
            chart.addEpoch(2, 0.5555, Double.NaN);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", readout(robot), "nothing shown before the mouse comes");

        int far = 7;                                // epoch position 0.4: far from any epoch marker
        robot.moveTo(screenPointAt(robot, run.positions[far]));
        String text = readout(robot);
        assertTrue(text.contains("batch  " + String.format(Locale.ROOT, "%.4f", run.values[far])), text);
        assertTrue(text.contains(MetricChart.format(chart.smoothedValueAt(far))), text);
        assertTrue(text.contains("step 8 "), text);
        assertFalse(text.contains("0.7777"), "no epoch values away from an epoch: " + text);
        assertTrue(robot.lookup(".metric-readout-box").queryAs(Node.class).isVisible());
        assertTrue(robot.lookup(".metric-readout-guide").queryAs(Node.class).isVisible());

        int atEpoch = 19;                           // epoch position 1.0, on the first epoch marker
        robot.moveTo(screenPointAt(robot, run.positions[atEpoch]));
        text = readout(robot);
        assertTrue(text.contains(MetricChart.format(run.values[atEpoch])), text);
        assertTrue(text.contains("train (epoch 1)  0.7777"), text);
        assertTrue(text.contains("test (epoch 1)  0.8888"), text);

        int last = 39;                              // at the right edge: the box moves to the left of the guide
        robot.moveTo(screenPointAt(robot, run.positions[last]));
        assertTrue(readout(robot).contains("step 40 "));
        Bounds box = robot.lookup(".metric-readout-box").queryAs(Node.class).localToScene(
                robot.lookup(".metric-readout-box").queryAs(Node.class).getLayoutBounds());
        Node plot = chart.lookup(".chart-plot-background");
        Bounds plotBounds = plot.localToScene(plot.getLayoutBounds());
        assertTrue(box.getMaxX() <= plotBounds.getMaxX() + 0.5, box + " inside " + plotBounds);

        robot.moveTo(robot.lookup(".metric-chart-title").queryAs(Label.class));
        assertEquals("", readout(robot), "leaving the plot hides the readout");
        assertFalse(robot.lookup(".metric-readout-box").queryAs(Node.class).isVisible());
    }

    @Test
    void boundTextsFollowTheirProperties(FxRobot robot) {
        StringProperty title = new SimpleStringProperty("Loss");
        StringProperty test = new SimpleStringProperty("test");
        StringProperty xLabel = new SimpleStringProperty("epoch");
        StringProperty yLabel = new SimpleStringProperty("loss");
        robot.interact(() -> {
            chart.titleProperty().bind(title);
            chart.epochTestSeriesNameProperty().bind(test);
            chart.xLabelProperty().bind(xLabel);
            chart.yLabelProperty().bind(yLabel);
        });
        robot.interact(() -> {
            title.set("손실");
            test.set("테스트");
            xLabel.set("에포크");
            yLabel.set("손실 값");
            chart.batchSeriesNameProperty().set("배치");
            chart.smoothedSeriesNameProperty().set("평활");
            chart.epochTrainSeriesNameProperty().set("학습");
        });
        assertEquals("손실", robot.lookup(".metric-chart-title").queryAs(Label.class).getText());
        List<String> legend = robot.lookup(".metric-legend-item").queryAllAs(Label.class).stream()
                .map(Label::getText).collect(Collectors.toList());
        assertEquals(List.of("배치", "평활", "학습", "테스트"), legend);
        assertEquals("에포크", lineChart().getXAxis().getLabel());
        assertEquals("손실 값", lineChart().getYAxis().getLabel());
        assertEquals("테스트", lineChart().getData().get(MetricSeries.EPOCH_TEST.ordinal()).getName());
    }

    @Test
    void accuracyChartsKeepAFixedRangeWhileLossAutoRangesFromZero(FxRobot robot) {
        robot.interact(() -> chart.setFixedRange(0, 1));
        add(robot, lossRun(100, 100));              // values up to 2.4: outside the fixed range
        robot.interact(chart::layout);
        NumberAxis yAxis = (NumberAxis) lineChart().getYAxis();
        assertEquals(0.0, yAxis.getLowerBound());
        assertEquals(1.0, yAxis.getUpperBound());
        assertEquals("1.0", yAxis.getTickLabelFormatter().toString(1), "every tick with one decimal");
        assertEquals("0.4", yAxis.getTickLabelFormatter().toString(0.4));
        robot.interact(() -> {
            chart.setAutoRange();
            chart.layout();
        });
        assertEquals(0.0, yAxis.getLowerBound());
        assertTrue(yAxis.getUpperBound() >= 2.3, "auto range covers the data: " + yAxis.getUpperBound());
    }
}
