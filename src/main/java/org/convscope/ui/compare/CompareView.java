package org.convscope.ui.compare;

import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.convscope.engine.layer.spec.ParamFormula;
import org.convscope.training.experiment.ExperimentPreset;
import org.convscope.training.experiment.ExperimentSettings;
import org.convscope.ui.common.BuildSteps;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.WhenShown;
import org.convscope.ui.common.Icons;

/**
 * The Compare runs tab: a preset to run (with the subset it trains on, and the course's claim it
 * tests), the chosen runs' loss and accuracy overlaid, a legend, and the table of every run.
 */
public final class CompareView extends VBox {
    private final CompareViewModel vm;
    private final I18n i18n;
    private final RunsChart loss = new RunsChart(RunsChart.Metric.LOSS);
    private final RunsChart accuracy = new RunsChart(RunsChart.Metric.ACCURACY);
    private final FlowPane legend = new FlowPane(14, 4);
    // the run in training changes once a second: a hidden view draws its charts anew only when shown again
    private final WhenShown redraw = new WhenShown(this, this::draw);

    public CompareView(CompareViewModel vm) {
        this.vm = vm;
        this.i18n = vm.i18n();
        getStyleClass().add("compare-view");
        BuildSteps.splittable(this); // made ahead of need, its rows go in as parts (its first styling was a frame gap)
        getStylesheets().add(CompareView.class.getResource("compare.css").toExternalForm());
        setSpacing(8);
        setPadding(new Insets(10, 12, 10, 12));

        loss.setId("compareLoss");
        accuracy.setId("compareAccuracy");
        loss.titleProperty().bind(i18n.bind("compare.chart.loss"));
        accuracy.titleProperty().bind(i18n.bind("compare.chart.accuracy"));
        loss.xLabelProperty().bind(i18n.bind("compare.chart.epoch"));
        accuracy.xLabelProperty().bind(i18n.bind("compare.chart.epoch"));
        HBox charts = new HBox(10, loss, accuracy);
        HBox.setHgrow(loss, Priority.ALWAYS);
        HBox.setHgrow(accuracy, Priority.ALWAYS);
        VBox.setVgrow(charts, Priority.ALWAYS);
        legend.setId("compareLegend");
        legend.getStyleClass().add("runs-legend");

        // wraps: with the side panel open, Cancel (shown while an experiment runs) and the export buttons
        // do not fit one line at 1280 px, and a row that cannot shrink would widen the whole view
        FlowPane top = new FlowPane(16, 6, toolbar());
        top.setId("compareTop");
        top.setAlignment(Pos.CENTER_LEFT);
        Label key = new Label();
        key.getStyleClass().add("hint");
        key.setWrapText(true);
        key.setMinHeight(Region.USE_PREF_SIZE);
        key.textProperty().bind(i18n.bind("compare.legend.key"));
        getChildren().addAll(top, progress(), explanation(), charts, legend, key);
        // the table of runs, with the buttons that act on its rows, was 24-47 ms of the view's 38-64 ms in the first
        // seconds: an idle step of its own when the view is made ahead of need
        BuildSteps.later(() -> {
            RunsTable table = new RunsTable(vm);
            table.setPrefHeight(190);
            table.setMinHeight(120);
            top.getChildren().add(actions(table));
            getChildren().add(table);
        });
        vm.rows().addListener((ListChangeListener<RunRow>) c -> redraw.request());
        i18n.localeProperty().addListener((o, a, b) -> redraw.request());
        redraw.request();
    }

    private HBox toolbar() {
        Label presetLabel = new Label();
        presetLabel.textProperty().bind(i18n.bind("compare.preset"));
        ComboBox<ExperimentPreset> presets = new ComboBox<>();
        presets.setId("comparePreset");
        presets.getItems().setAll(ExperimentPreset.values());
        presets.setCellFactory(v -> new PresetCell());
        presets.setButtonCell(new PresetCell());
        presets.valueProperty().bindBidirectional(vm.presetProperty());
        presets.disableProperty().bind(vm.runningProperty());
        Button run = new Button(null, Icons.of(Icons.PLAY));
        run.setId("compareRun");
        run.getStyleClass().add("accent");
        run.textProperty().bind(i18n.bind("compare.run.button"));
        run.disableProperty().bind(vm.runningProperty());
        run.setOnAction(e -> vm.runPreset());
        Button cancel = new Button(null, Icons.of(Icons.STOP));
        cancel.setId("compareCancel");
        cancel.textProperty().bind(i18n.bind("compare.cancel"));
        cancel.visibleProperty().bind(vm.runningProperty());
        cancel.managedProperty().bind(vm.runningProperty());
        cancel.setOnAction(e -> vm.cancel());
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {presetLabel, presets, run, cancel}) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(8, presetLabel, presets, run, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    // how far the experiment is, and then how it ended (or how an export went); hidden while there is nothing to say
    private HBox progress() {
        ProgressBar bar = new ProgressBar();
        bar.setId("compareProgress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.runningProperty());
        bar.managedProperty().bind(vm.runningProperty());
        bar.setPrefWidth(220);
        bar.setMinWidth(Region.USE_PREF_SIZE);
        Label status = new Label();
        status.setId("compareStatus");
        status.getStyleClass().add("compare-status");
        status.textProperty().bind(vm.statusProperty());
        status.setMinWidth(0);
        HBox row = new HBox(8, bar, status);
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(vm.statusProperty().isNotEmpty());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    // what the preset trains on, and what the course says it should show
    private VBox explanation() {
        Label subset = new Label();
        subset.setId("compareSubset");
        subset.getStyleClass().add("hint");
        subset.setWrapText(true);
        subset.setMinHeight(Region.USE_PREF_SIZE);
        subset.textProperty().bind(Bindings.createStringBinding(() -> {
            ExperimentSettings s = vm.settings();
            return i18n.get("compare.subset", ParamFormula.group(s.limit()), s.dataset().displayName(), s.epochs(), s.batchSize(),
                    ParamFormula.group(10_000));
        }, i18n.localeProperty(), vm.datasetProperty()));
        Label claim = new Label();
        claim.setId("compareClaim");
        claim.getStyleClass().add("compare-claim");
        claim.setWrapText(true);
        claim.setMinHeight(Region.USE_PREF_SIZE);
        claim.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("compare.claim." + vm.presetProperty().get().id()),
                vm.presetProperty(), i18n.localeProperty()));
        return new VBox(2, claim, subset);
    }

    private HBox actions(RunsTable table) {
        Button remove = new Button();
        remove.setId("compareRemove");
        remove.textProperty().bind(i18n.bind("compare.remove"));
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.remove(table.getSelectionModel().getSelectedItem()));
        Button csv = new Button();
        csv.setId("compareExportCsv");
        csv.textProperty().bind(i18n.bind("compare.exportCsv"));
        csv.setOnAction(e -> export(true));
        Button json = new Button();
        json.setId("compareExportJson");
        json.textProperty().bind(i18n.bind("compare.exportJson"));
        json.setOnAction(e -> export(false));
        for (Button b : new Button[] {csv, json}) b.disableProperty().bind(Bindings.isEmpty(vm.rows()));
        for (Button b : new Button[] {remove, csv, json}) b.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(6, remove, csv, json);
        box.setAlignment(Pos.CENTER_RIGHT);
        return box;
    }

    private void export(boolean csv) {
        FileChooser c = new FileChooser();
        c.setTitle(i18n.get(csv ? "compare.exportCsv" : "compare.exportJson"));
        c.getExtensionFilters().add(csv ? new FileChooser.ExtensionFilter("CSV", "*.csv") : new FileChooser.ExtensionFilter("JSON", "*.json"));
        c.setInitialFileName(csv ? "convscope-runs.csv" : "convscope-runs.json");
        File f = c.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) vm.export(f.toPath(), csv);
    }

    private void draw() {
        var shown = vm.rows().filtered(r -> r.shown().get());
        loss.show(shown);
        accuracy.show(shown);
        legend.getChildren().clear();
        for (RunRow r : shown) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("run-swatch", r.colourClass());
            Label l = new Label(vm.nameOf(r.run().get()), swatch);
            l.getStyleClass().add("runs-legend-item");
            legend.getChildren().add(l);
        }
    }

    private final class PresetCell extends ListCell<ExperimentPreset> {
        @Override
        protected void updateItem(ExperimentPreset item, boolean empty) {
            super.updateItem(item, empty);
            textProperty().unbind();
            if (empty || item == null) setText(null);
            else textProperty().bind(i18n.bind("compare.preset." + item.id()));
        }
    }

    public CompareViewModel model() {
        return vm;
    }
}
