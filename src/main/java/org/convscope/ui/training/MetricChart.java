package org.convscope.ui.training;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Bounds;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.convscope.training.BatchSeries;

/**
 * A live chart of one training metric (loss or accuracy) against the epoch: every batch's value
 * faint, its smoothed trend, and the per-epoch train and test values with markers. Hovering shows
 * the exact stored numbers.
 *
 * <p>All raw points are kept in primitive arrays; the chart itself only ever holds a few hundred
 * points per series (see {@link Decimator}), so a 20-epoch run of 37,500 batches stays smooth.
 * Use from the FX thread only, at most once per frame with all the points that arrived since.
 */
public class MetricChart extends StackPane {
    private static final double EPOCH_HOVER_PIXELS = 12;
    private static final String STYLESHEET = "metric-chart.css";

    private final StringProperty title = new SimpleStringProperty(this, "title", "Loss");
    private final StringProperty xLabel = new SimpleStringProperty(this, "xLabel", "epoch");
    private final StringProperty yLabel = new SimpleStringProperty(this, "yLabel", "loss");
    private final StringProperty stepLabel = new SimpleStringProperty(this, "stepLabel", "step");
    // a MessageFormat pattern: {0} is how many batches a point of a long run stands for
    private final StringProperty meanOfLabel = new SimpleStringProperty(this, "meanOfLabel", "mean of {0} batches");
    private final Map<MetricSeries, StringProperty> seriesNames = new EnumMap<>(MetricSeries.class);
    private final DoubleProperty smoothing = new SimpleDoubleProperty(this, "smoothing", 0.6);

    private final NumberAxis xAxis = new NumberAxis(0, 1, 1);
    private final NumberAxis yAxis = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(xAxis, yAxis);
    private final Map<MetricSeries, XYChart.Series<Number, Number>> series = new EnumMap<>(MetricSeries.class);
    private final HoverReadout readout = new HoverReadout();

    private final MetricHistory history = new MetricHistory(smoothing.get());
    private boolean autoRange = true;
    private double hoverSceneX = Double.NaN;
    private double hoverSceneY = Double.NaN;
    private boolean hoverStale;

    public MetricChart() {
        getStyleClass().add("metric-chart");
        getStylesheets().add(MetricChart.class.getResource(STYLESHEET).toExternalForm());
        seriesNames.put(MetricSeries.BATCH, new SimpleStringProperty(this, "batchSeriesName", "batch"));
        seriesNames.put(MetricSeries.SMOOTHED, new SimpleStringProperty(this, "smoothedSeriesName", "smoothed"));
        seriesNames.put(MetricSeries.EPOCH_TRAIN, new SimpleStringProperty(this, "epochTrainSeriesName", "train"));
        seriesNames.put(MetricSeries.EPOCH_TEST, new SimpleStringProperty(this, "epochTestSeriesName", "test"));
        configureChart();
        // a plain VBox, not a BorderPane: made ahead of need, the header and the plot can then go into the scene in
        // parts of their own (StagedAttach splits only plain panes), each a shorter first styling
        VBox content = new VBox(header(), chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(content, readout);   // readout last: laid out after the chart's axes
        readout.setAfterChartLayout(this::repeatHover);
        smoothing.addListener((observable, before, after) -> {
            history.setSmoothing(after.doubleValue());
            showBatches();
        });
        chart.addEventHandler(MouseEvent.MOUSE_MOVED, event -> hoverAt(event.getSceneX(), event.getSceneY()));
        chart.addEventHandler(MouseEvent.MOUSE_EXITED, event -> stopHover());
    }

    private void configureChart() {
        chart.getStyleClass().add("metric-chart-plot");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);           // epoch points get their markers one by one
        chart.setLegendVisible(false);           // own legend: shares the header row with the title
        xAxis.setAutoRanging(false);
        xAxis.setMinorTickVisible(false);
        xAxis.labelProperty().bind(xLabel);
        yAxis.labelProperty().bind(yLabel);
        setAutoRange();
        for (MetricSeries kind : MetricSeries.values()) {
            XYChart.Series<Number, Number> added = new XYChart.Series<>();
            added.nameProperty().bind(seriesNames.get(kind));
            series.put(kind, added);
            chart.getData().add(added);
        }
    }

    private HBox header() {
        Label titleLabel = new Label();
        titleLabel.getStyleClass().add("metric-chart-title");
        titleLabel.textProperty().bind(title);
        titleLabel.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane legend = new FlowPane();
        legend.getStyleClass().add("metric-chart-legend");
        for (MetricSeries kind : MetricSeries.values()) {
            Label item = new Label();
            item.getStyleClass().add("metric-legend-item");
            item.textProperty().bind(seriesNames.get(kind));
            item.setGraphic(new SeriesSwatch(kind));
            legend.getChildren().add(item);
        }
        HBox.setHgrow(legend, Priority.ALWAYS);
        HBox header = new HBox(titleLabel, legend);
        header.getStyleClass().add("metric-chart-header");
        return header;
    }

    // ---- texts -------------------------------------------------------------------------------

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty xLabelProperty() {
        return xLabel;
    }

    public StringProperty yLabelProperty() {
        return yLabel;
    }

    /** The word before the step number in the hover readout. */
    public StringProperty stepLabelProperty() {
        return stepLabel;
    }

    public StringProperty meanOfLabelProperty() {
        return meanOfLabel;
    }

    public StringProperty batchSeriesNameProperty() {
        return seriesNames.get(MetricSeries.BATCH);
    }

    public StringProperty smoothedSeriesNameProperty() {
        return seriesNames.get(MetricSeries.SMOOTHED);
    }

    public StringProperty epochTrainSeriesNameProperty() {
        return seriesNames.get(MetricSeries.EPOCH_TRAIN);
    }

    public StringProperty epochTestSeriesNameProperty() {
        return seriesNames.get(MetricSeries.EPOCH_TEST);
    }

    /** TensorBoard's smoothing weight w in [0, 0.99] (values outside are clamped); 0 = no smoothing. */
    public DoubleProperty smoothingProperty() {
        return smoothing;
    }

    // ---- data --------------------------------------------------------------------------------

    /**
     * Appends {@code count} batch points: position on the epoch axis (1.5 = halfway through epoch 2,
     * never decreasing), the metric value and the training step.
     */
    public void addBatchPoints(double[] epochPositions, double[] values, long[] steps, int count) {
        history.addBatches(epochPositions, values, steps, count);
        followData();
        showBatches();
    }

    /** Records epoch {@code epoch}'s (1-based) train and test values; a NaN value draws no point. */
    public void addEpoch(int epoch, double trainValue, double testValue) {
        history.putEpoch(epoch, trainValue, testValue);
        followData();
        SeriesFeed.putEpochPoint(series.get(MetricSeries.EPOCH_TRAIN), MetricSeries.EPOCH_TRAIN, epoch, trainValue);
        SeriesFeed.putEpochPoint(series.get(MetricSeries.EPOCH_TEST), MetricSeries.EPOCH_TEST, epoch, testValue);
        updateEpochAxis();
        refreshHover();
    }

    /** Forgets all points, for a new run. */
    public void clear() {
        history.clear();
        for (XYChart.Series<Number, Number> each : series.values()) {
            each.getData().clear();
        }
        updateEpochAxis();
        stopHover();
        followData();
    }

    /** Fixes the value axis, e.g. {@code setFixedRange(0, 1)} for accuracy. */
    public void setFixedRange(double min, double max) {
        autoRange = false;
        if (!(max > min)) {
            throw new IllegalArgumentException("empty range " + min + ".." + max);
        }
        double tickUnit = (max - min) / 5;
        yAxis.setAutoRanging(false);
        yAxis.setLowerBound(min);
        yAxis.setUpperBound(max);
        yAxis.setTickUnit(tickUnit);
        yAxis.setTickLabelFormatter(new FixedDecimalsFormatter(tickUnit));
    }

    /** Lets the value axis follow the data, always including 0 (the default; right for loss). */
    public void setAutoRange() {
        autoRange = true;
        yAxis.setTickLabelFormatter(new CompactTickFormatter(yAxis)); // NumberAxis's own below 10^5
        yAxis.setForceZeroInRange(true);
        followData();
    }

    // An empty auto-ranging axis keeps NumberAxis's arbitrary 0..100: show 0..1 until data arrives.
    private void followData() {
        if (!autoRange) return;
        boolean empty = history.batches().size() == 0 && history.epochCount() == 0;
        yAxis.setAutoRanging(!empty);
        if (empty) {
            yAxis.setLowerBound(0);
            yAxis.setUpperBound(1);
            yAxis.setTickUnit(0.2);
        }
    }

    /** How many batch points were added since the last {@link #clear()}. */
    public int rawPointCount() {
        return history.batches().size();
    }

    /** How many points all series hand to JavaFX right now; bounded whatever {@link #rawPointCount()} is. */
    public int displayedPointCount() {
        int total = 0;
        for (XYChart.Series<Number, Number> each : series.values()) {
            total += each.getData().size();
        }
        return total;
    }

    private void showBatches() {
        SeriesFeed.copyChanges(history.batchDisplay(), series.get(MetricSeries.BATCH));
        SeriesFeed.copyChanges(history.smoothedDisplay(), series.get(MetricSeries.SMOOTHED));
        updateEpochAxis();
        refreshHover();
    }

    private void updateEpochAxis() {
        double upper = EpochAxisRange.upperBound(history.lastPosition());
        xAxis.setUpperBound(upper);
        xAxis.setTickUnit(EpochAxisRange.tickUnit(upper));
    }

    // ---- hover -------------------------------------------------------------------------------

    private void hoverAt(double sceneX, double sceneY) {
        hoverSceneX = sceneX;
        hoverSceneY = sceneY;
        Region plot = (Region) chart.lookup(".chart-plot-background");
        Bounds plotInScene = plot.localToScene(plot.getLayoutBounds());
        if (!plotInScene.contains(sceneX, sceneY)) {
            readout.hide();
            return;
        }
        double axisX = xAxis.sceneToLocal(sceneX, sceneY).getX();
        double position = xAxis.getValueForDisplay(axisX).doubleValue();
        int nearest = history.batches().nearestIndex(position);
        int epoch = epochNear(position, axisX);
        if (nearest < 0 && epoch < 0) {
            readout.hide();
            return;
        }
        double guidePosition = nearest >= 0 ? history.batches().position(nearest) : epoch;
        fillReadout(nearest, epoch);
        double guideInScene = xAxis.localToScene(xAxis.getDisplayPosition(guidePosition), 0).getX();
        double guideX = readout.sceneToLocal(guideInScene, sceneY).getX();
        readout.showAt(guideX, readout.sceneToLocal(plotInScene));
    }

    /** The epoch whose marker x is within a few pixels of the mouse, or -1. */
    private int epochNear(double position, double axisX) {
        int epoch = (int) Math.round(position);
        if (Double.isNaN(history.epochTrain(epoch)) && Double.isNaN(history.epochTest(epoch))) {
            return -1;
        }
        double distance = Math.abs(xAxis.getDisplayPosition(epoch) - axisX);
        return distance <= EPOCH_HOVER_PIXELS ? epoch : -1;
    }

    private void fillReadout(int nearest, int epoch) {
        BatchSeries batches = history.batches();
        if (nearest >= 0) {
            String header = stepLabel.get() + " " + batches.step(nearest) + " · "
                    + xLabel.get() + " " + String.format(Locale.ROOT, "%.3f", batches.position(nearest));
            if (batches.batchesPerPoint() > 1) header += " · " + MessageFormat.format(meanOfLabel.get(), batches.batchesPerPoint());
            readout.setHeader(header);
            readout.setRow(MetricSeries.BATCH, row(MetricSeries.BATCH, batches.value(0, nearest)));
            readout.setRow(MetricSeries.SMOOTHED, row(MetricSeries.SMOOTHED, history.smoothed(nearest)));
        } else {
            readout.setHeader(xLabel.get() + " " + epoch);
            readout.setRow(MetricSeries.BATCH, null);
            readout.setRow(MetricSeries.SMOOTHED, null);
        }
        readout.setRow(MetricSeries.EPOCH_TRAIN, epochRow(MetricSeries.EPOCH_TRAIN, history.epochTrain(epoch), epoch));
        readout.setRow(MetricSeries.EPOCH_TEST, epochRow(MetricSeries.EPOCH_TEST, history.epochTest(epoch), epoch));
    }

    /** The row for an epoch value, or null (no row) when the mouse is not near an epoch or it has no value. */
    private String epochRow(MetricSeries kind, double value, int epoch) {
        if (epoch < 1 || Double.isNaN(value)) {
            return null;
        }
        return seriesNames.get(kind).get() + " (" + xLabel.get() + " " + epoch + ")  " + format(value);
    }

    private String row(MetricSeries kind, double value) {
        return seriesNames.get(kind).get() + "  " + format(value);
    }

    /** The stored double to 4 decimals; a point, not a comma, in every locale, like the axis ticks. */
    static String format(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    /**
     * New data moved the points under a still mouse: show what is there now, once the chart has
     * laid out its new axis range (the readout is laid out after the chart, see HoverReadout).
     */
    private void refreshHover() {
        if (readout.isShowing()) {
            hoverStale = true;
            readout.requestLayout();
        }
    }

    private void repeatHover() {
        if (hoverStale && readout.isShowing() && !Double.isNaN(hoverSceneX)) {
            hoverStale = false;
            hoverAt(hoverSceneX, hoverSceneY);
        }
    }

    private void stopHover() {
        hoverSceneX = Double.NaN;
        hoverSceneY = Double.NaN;
        readout.hide();
    }

    /** The stored smoothed value of batch point {@code index}. For tests. */
    double smoothedValueAt(int index) {
        return history.smoothed(index);
    }

    /** The hover box's text, one line per row as shown; empty when hidden. For tests. */
    String readoutText() {
        return readout.isShowing() ? readout.text() : "";
    }
}
