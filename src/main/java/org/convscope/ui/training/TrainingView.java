package org.convscope.ui.training;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.convscope.training.EpochMetrics;
import org.convscope.ui.classroom.ControlGroup;
import org.convscope.ui.common.BuildSteps;
import org.convscope.ui.common.Formats;
import org.convscope.ui.common.I18n;

/** The Training tab: progress with ETA, loss and accuracy charts, smoothing, live predictions. */
public final class TrainingView extends VBox {
    private final MetricChart lossChart = new MetricChart();
    private final MetricChart accuracyChart = new MetricChart();

    public TrainingView(TrainingViewModel vm, I18n i18n) {
        getStyleClass().add("training-view");
        BuildSteps.splittable(this); // the first view: its rows go in by parts after the window's first frame
        setSpacing(10);
        setPadding(new Insets(12));

        getChildren().addAll(progress(vm, i18n), DivergenceNotice.of(vm, i18n));

        bindChart(lossChart, i18n, "chart.loss");
        bindChart(accuracyChart, i18n, "chart.accuracy");
        accuracyChart.setFixedRange(0, 1);
        lossChart.setId("lossChart");
        accuracyChart.setId("accuracyChart");
        HBox charts = new HBox(10, lossChart, accuracyChart);
        HBox.setHgrow(lossChart, Priority.ALWAYS);
        HBox.setHgrow(accuracyChart, Priority.ALWAYS);
        VBox.setVgrow(charts, Priority.ALWAYS);
        getChildren().add(charts);
        vm.addChartSink(new ChartFeeder(lossChart, accuracyChart));

        Slider smoothing = new Slider(0, 0.99, 0.6);
        smoothing.setId("smoothingSlider");
        smoothing.setPrefWidth(200);
        lossChart.smoothingProperty().bind(smoothing.valueProperty());
        accuracyChart.smoothingProperty().bind(smoothing.valueProperty());
        Label smoothingLabel = new Label();
        smoothingLabel.textProperty().bind(i18n.bind("chart.smoothing"));
        Label smoothingValue = new Label();
        smoothingValue.textProperty().bind(Bindings.format("%.2f", smoothing.valueProperty()));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.bind("chart.smoothing.tooltip"));
        smoothing.setTooltip(tip);
        HBox smoothingRow = ControlGroup.mark(new HBox(8, smoothingLabel, smoothing, smoothingValue), ControlGroup.ADVANCED);
        smoothingRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(smoothingRow);

        Label predictionsTitle = new Label();
        predictionsTitle.getStyleClass().add("section-title");
        predictionsTitle.textProperty().bind(i18n.bind("predictions.title"));
        PredictionStrip strip = new PredictionStrip(vm, i18n);
        strip.setId("predictionStrip");
        ScrollPane stripScroll = new ScrollPane(strip);
        stripScroll.getStyleClass().add("edge-to-edge");
        stripScroll.setFitToHeight(true);
        stripScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        stripScroll.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // the charts give way, not the strip
        getChildren().addAll(predictionsTitle, stripScroll);
    }

    private static void bindChart(MetricChart chart, I18n i18n, String key) {
        chart.titleProperty().bind(i18n.bind(key));
        chart.xLabelProperty().bind(i18n.bind("chart.epoch"));
        chart.stepLabelProperty().bind(i18n.bind("chart.step"));
        chart.meanOfLabelProperty().bind(i18n.bind("chart.meanOf"));
        chart.yLabelProperty().bind(i18n.bind(key));
        chart.batchSeriesNameProperty().bind(i18n.bind("chart.series.batch"));
        chart.smoothedSeriesNameProperty().bind(i18n.bind("chart.series.smoothed"));
        chart.epochTrainSeriesNameProperty().bind(i18n.bind("chart.series.epochTrain"));
        chart.epochTestSeriesNameProperty().bind(i18n.bind("chart.series.epochTest"));
    }

    private static GridPane progress(TrainingViewModel vm, I18n i18n) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("progress-grid");
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        ColumnConstraints bars = new ColumnConstraints();
        bars.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, bars, new ColumnConstraints(), new ColumnConstraints());

        Label epochLabel = new Label();
        epochLabel.textProperty().bind(i18n.bindFormat("progress.epoch",
                Bindings.createIntegerBinding(() -> Math.min(vm.epochProperty().get() + 1, Math.max(1, vm.totalEpochsProperty().get())),
                        vm.epochProperty(), vm.totalEpochsProperty()), vm.totalEpochsProperty()));
        ProgressBar epochBar = new ProgressBar();
        epochBar.setId("epochProgress");
        epochBar.progressProperty().bind(vm.epochProgressProperty());
        epochBar.setMaxWidth(Double.MAX_VALUE);
        Label epochEta = new Label();
        epochEta.textProperty().bind(i18n.bindFormat("progress.eta",
                Bindings.createStringBinding(() -> Formats.duration(vm.epochEtaProperty().get()), vm.epochEtaProperty())));
        Label evaluating = new Label();
        evaluating.textProperty().bind(Bindings.when(vm.evaluatingProperty()).then(i18n.bind("progress.evaluating")).otherwise(""));
        grid.addRow(0, epochLabel, epochBar, epochEta, evaluating);

        Label runLabel = new Label();
        runLabel.textProperty().bind(i18n.bindFormat("progress.run", vm.stepProperty(), vm.totalStepsProperty()));
        ProgressBar runBar = new ProgressBar();
        runBar.setId("runProgress");
        runBar.progressProperty().bind(vm.runProgressProperty());
        runBar.setMaxWidth(Double.MAX_VALUE);
        Label runEta = new Label();
        runEta.textProperty().bind(i18n.bindFormat("progress.eta",
                Bindings.createStringBinding(() -> Formats.duration(vm.runEtaProperty().get()), vm.runEtaProperty())));
        Label lastEpoch = new Label();
        lastEpoch.setId("lastEpochLabel");
        lastEpoch.getStyleClass().add("epoch-result");
        lastEpoch.textProperty().bind(Bindings.createStringBinding(() -> {
            EpochMetrics m = vm.lastEpochProperty().get();
            return m == null ? "" : i18n.get("progress.lastEpoch", m.epoch() + 1, Formats.percent(m.testAccuracy()),
                    String.format(i18n.locale(), "%.4f", m.testLoss()));
        }, vm.lastEpochProperty(), i18n.localeProperty()));
        grid.addRow(1, runLabel, runBar, runEta, lastEpoch);
        return grid;
    }

    MetricChart lossChart() {
        return lossChart;
    }

    MetricChart accuracyChart() {
        return accuracyChart;
    }
}
