package org.convscope.ui.results;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.convscope.training.SessionState;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.Icons;

/**
 * The "Test results" tab: accuracy on the whole test set, the confusion matrix with each class's
 * accuracy, and, for a picked cell, its test images; a click on one opens it in the feature maps.
 */
public final class ResultsView extends BorderPane {
    private final ResultsViewModel vm;
    private final I18n i18n;
    private final ConfusionGrid grid;
    private final ExampleStrip strip;
    private final Label summary = new Label();
    private final Label detailTitle = new Label();
    private final Label empty = new Label();
    private final ScrollPane gridScroll; // the matrix, or the message while there is none

    /** {@code openInNetwork}: shows test image {@code i} inside the network (the app: the feature maps tab). */
    public ResultsView(ResultsViewModel vm, I18n i18n, IntConsumer openInNetwork) {
        this.vm = vm;
        this.i18n = i18n;
        getStyleClass().add("results-view");
        getStylesheets().add(ResultsView.class.getResource("results.css").toExternalForm());
        grid = new ConfusionGrid(i18n);
        strip = new ExampleStrip(i18n);
        grid.setOnPick(vm::pick);
        strip.setOnOpen(openInNetwork);

        summary.setId("resultsSummary");
        summary.getStyleClass().add("results-summary");
        summary.setWrapText(true);
        Label status = new Label();
        status.setId("resultsStatus");
        status.getStyleClass().add("results-status");
        status.textProperty().bind(Bindings.createStringBinding(() -> vm.errorProperty().get() != null
                        ? i18n.get("results.failed", vm.errorProperty().get())
                        : vm.busyProperty().get() ? i18n.get("results.busy")
                        : vm.staleProperty().get() && vm.resultProperty().get() != null
                        ? i18n.get(vm.stateProperty().get() == SessionState.RUNNING ? "results.live" : "results.stale") : "",
                vm.errorProperty(), vm.busyProperty(), vm.staleProperty(), vm.resultProperty(), vm.stateProperty(), i18n.localeProperty()));
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add("results-spinner");
        spinner.visibleProperty().bind(vm.busyProperty());
        spinner.managedProperty().bind(vm.busyProperty());
        Button evaluate = new Button(null, Icons.of(Icons.APPLY));
        evaluate.setId("evaluateButton");
        evaluate.textProperty().bind(i18n.bind("results.evaluate"));
        evaluate.disableProperty().bind(vm.busyProperty().or(vm.weightsProperty().isNull()));
        evaluate.setOnAction(e -> vm.evaluate());
        evaluate.setMinWidth(Region.USE_PREF_SIZE); // the summary wraps instead
        status.setWrapText(true);
        VBox texts = new VBox(2, summary, status);
        texts.setMinWidth(0);
        HBox.setHgrow(texts, Priority.ALWAYS);
        Button save = new Button(null, Icons.of(Icons.EXPORT));
        save.setId("saveCsvButton");
        save.textProperty().bind(i18n.bind("results.saveCsv"));
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.disableProperty().bind(vm.resultProperty().isNull());
        save.setOnAction(e -> saveCsv());
        HBox top = new HBox(12, texts, spinner, save, evaluate);
        top.getStyleClass().add("results-top");
        setTop(top);

        empty.textProperty().bind(i18n.bind("results.empty"));
        empty.getStyleClass().add("results-empty");
        empty.setId("resultsEmpty");
        empty.setWrapText(true);
        gridScroll = new ScrollPane(new VBox(empty, grid));
        gridScroll.setMinViewportWidth(120);
        HBox.setHgrow(gridScroll, Priority.SOMETIMES);
        gridScroll.getStyleClass().addAll("results-grid-scroll", "edge-to-edge");

        detailTitle.setId("resultsDetailTitle");
        detailTitle.getStyleClass().add("results-detail-title");
        detailTitle.setWrapText(true);
        detailTitle.setMinHeight(Region.USE_PREF_SIZE); // wraps to as many lines as it needs; the images scroll
        ScrollPane stripScroll = new ScrollPane(strip);
        stripScroll.setFitToWidth(true);
        stripScroll.getStyleClass().addAll("results-strip-scroll", "edge-to-edge");
        VBox detail = new VBox(8, detailTitle, stripScroll);
        detail.getStyleClass().add("results-detail");
        VBox.setVgrow(stripScroll, Priority.ALWAYS);
        HBox.setHgrow(detail, Priority.ALWAYS);
        HBox center = new HBox(16, gridScroll, detail);
        center.getStyleClass().add("results-center");
        setCenter(center);

        Label legend = new Label();
        legend.textProperty().bind(i18n.bind("results.legend"));
        legend.getStyleClass().add("results-legend");
        legend.setWrapText(true);
        setBottom(legend);

        vm.resultProperty().addListener((o, a, r) -> redraw());
        vm.selectedProperty().addListener((o, a, c) -> redraw());
        vm.examples().addListener((ListChangeListener<Example>) c -> showExamples());
        i18n.localeProperty().addListener((o, a, l) -> {
            redraw();
            showExamples();
        });
        redraw();
        showExamples(); // a model may arrive with a result already (the render CLI)
    }

    private IntFunction<String> names() {
        TestResult r = vm.resultProperty().get();
        return c -> r == null ? String.valueOf(c) : r.dataset().className(c, i18n.locale());
    }

    private void redraw() {
        TestResult r = vm.resultProperty().get();
        boolean none = r == null;
        empty.setVisible(none);
        empty.setManaged(none);
        // the message wraps to the pane's width (in Korean it ran past it, cut off); the matrix scrolls sideways
        gridScroll.setFitToWidth(none);
        grid.show(r, names(), vm.selectedProperty().get());
        if (none) {
            summary.setText("");
            detailTitle.setText("");
            return;
        }
        int[] worst = r.worstConfusion();
        int mistakes = r.count(worst[0], worst[1]);
        summary.setText(i18n.get(r.step() == 0 ? "results.summary.start" : "results.summary",
                String.format(i18n.locale(), "%.2f%%", 100 * r.evaluation().accuracy()), r.evaluation().examples(), r.step())
                + (mistakes == 0 ? "" : " " + i18n.get("results.summary.mistake", names().apply(worst[0]), names().apply(worst[1]), mistakes)));
        detailTitle.setText(detail(r, vm.selectedProperty().get()));
    }

    private String detail(TestResult r, Cell c) {
        if (c == null) return i18n.get("results.pick");
        String actual = names().apply(c.actual()), guessed = names().apply(c.guessed());
        int n = r.count(c.actual(), c.guessed());
        if (n == 0) return i18n.get("results.detail.none", actual, guessed);
        String more = n > ResultsViewModel.MAX_EXAMPLES ? i18n.get("results.detail.more", ResultsViewModel.MAX_EXAMPLES) : "";
        return c.correct()
                ? i18n.get("results.detail.right", actual, guessed, n) + more + ". " + i18n.get("results.detail.sure.right")
                : i18n.get("results.detail.wrong", actual, guessed, n) + more + ". " + i18n.get("results.detail.sure.wrong");
    }

    private void saveCsv() {
        TestResult r = vm.resultProperty().get();
        if (r == null || getScene() == null) return;
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("results.saveCsv"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        chooser.setInitialFileName("convscope-confusion-" + r.dataset().id() + ".csv");
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file == null) return;
        try {
            Files.writeString(file.toPath(), ConfusionCsv.of(r, names()), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException ex) {
            Alert a = new Alert(Alert.AlertType.ERROR, i18n.get("results.saveFailed", file.getName(),
                    ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
            a.initOwner(getScene().getWindow());
            a.showAndWait();
        }
    }

    private void showExamples() {
        TestResult r = vm.resultProperty().get();
        strip.show(vm.examples(), r == null ? null : r.testSet(), names());
    }

    /** Gives every test image a "Why?" button: {@code explain} shows test image {@code i} in the Explain view. */
    public void setOnExplain(IntConsumer explain) {
        strip.setOnExplain(explain);
    }

    /**
     * Where test image {@code index} of the picked cell is on screen (its lightbulb if {@code why}); null when it is
     * not drawn, or while the view waits for a layout that may move it.
     */
    public Point2D exampleOnScreen(int index, boolean why) {
        return isNeedsLayout() ? null : strip.onScreen(index, why);
    }

    /** The middle of cell (actual, guessed) of the matrix on screen; null while there is none or its layout waits. */
    public Point2D cellOnScreen(int actual, int guessed) {
        return isNeedsLayout() ? null : grid.cellOnScreen(actual, guessed);
    }

    /** The number cell (actual, guessed) of the matrix shows, or null. */
    public String cellText(int actual, int guessed) {
        return grid.cellText(actual, guessed);
    }

    /** How many images of the picked cell are drawn. */
    public int shownExampleCount() {
        return strip.shownCount();
    }

    public ResultsViewModel model() {
        return vm;
    }
}
