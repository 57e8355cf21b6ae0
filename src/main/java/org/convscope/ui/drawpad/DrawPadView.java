package org.convscope.ui.drawpad;

import java.io.File;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.convscope.data.DatasetKind;
import org.convscope.data.GrayImage;
import org.convscope.ui.classroom.ControlGroup;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.Icons;
import org.convscope.ui.common.Images;
import org.convscope.ui.training.Sample;

/**
 * The Draw tab: a black square to draw a digit on (or open an image, or pick a test image), MNIST's
 * preprocessing shown step by step, and the network's probability for every class.
 *
 * <p>Built from a {@link DrawPadViewModel}, so it works without a training session: for a picture
 * of a saved model's answer, build it from {@link DrawPadViewModel#showing}.
 */
public final class DrawPadView extends VBox {
    static final double PAD = 300;

    private final DrawPadViewModel vm;
    private final I18n i18n;
    private final PadCanvas pad;
    private final PreprocessSteps steps;
    private final ProbabilityBars bars;
    private final Label guess = new Label();
    private final Label guessDetail = new Label();
    private final Label runnerUp = new Label();
    private final Button explain = new Button(null, Icons.of(Icons.EXPLAIN));
    private Runnable onExplain = () -> { };

    /**
     * @param vm      the pad's state and the network it asks
     * @param i18n    the UI language
     * @param samples test images offered below the pad (one per class; may be empty)
     */
    public DrawPadView(DrawPadViewModel vm, I18n i18n, ObservableList<Sample> samples) {
        this.vm = vm;
        this.i18n = i18n;
        getStyleClass().add("drawpad-view");
        getStylesheets().add(DrawPadView.class.getResource("/org/convscope/ui/drawpad/drawpad.css").toExternalForm());
        pad = new PadCanvas(vm, PAD);
        steps = new PreprocessSteps(i18n);
        bars = new ProbabilityBars(i18n);

        HBox main = new HBox(24, padColumn(), stepsColumn(), resultColumn());
        main.getStyleClass().add("drawpad-main");
        getChildren().addAll(header(), main, gallery(samples));

        vm.resultProperty().addListener((o, a, r) -> showResult(r));
        i18n.localeProperty().addListener((o, a, b) -> showResult(vm.resultProperty().get()));
        showResult(vm.resultProperty().get());
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN).match(e)) {
                vm.undo();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                vm.clear();
                e.consume();
            }
        });
    }

    private BooleanBinding fashion() {
        return Bindings.createBooleanBinding(() -> vm.datasetProperty().getValue() == DatasetKind.FASHION_MNIST, vm.datasetProperty());
    }

    private VBox header() {
        Label title = new Label();
        title.getStyleClass().add("drawpad-title");
        title.textProperty().bind(Bindings.when(fashion()).then(i18n.bind("drawpad.title.fashion")).otherwise(i18n.bind("drawpad.title")));
        Label status = new Label();
        status.setId("modelStatus");
        status.getStyleClass().add("model-status");
        status.textProperty().bind(Bindings.createStringBinding(() -> statusText(vm.statusProperty().get()),
                vm.statusProperty(), i18n.localeProperty()));
        vm.statusProperty().addListener((o, a, s) -> markUntrained(status, s));
        markUntrained(status, vm.statusProperty().get());
        Label hint = new Label();
        hint.setId("padHint");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.textProperty().bind(Bindings.when(fashion()).then(i18n.bind("drawpad.hint.fashion")).otherwise(i18n.bind("drawpad.hint")));
        HBox top = new HBox(14, title, status);
        top.setAlignment(Pos.BASELINE_LEFT);
        VBox box = new VBox(2, top, hint);
        box.getStyleClass().add("drawpad-header");
        return box;
    }

    private static void markUntrained(Label status, ModelStatus s) {
        status.getStyleClass().remove("untrained");
        if (s != null && s.known() && s.untrained()) status.getStyleClass().add("untrained");
    }

    private String statusText(ModelStatus s) {
        if (s == null || !s.known()) return "";
        String acc = Double.isFinite(s.testAccuracy()) ? String.format(Locale.ROOT, "%.1f%%", 100 * s.testAccuracy()) : null;
        if (s.untrained()) return i18n.get("drawpad.status.untrained");
        if (s.steps() == 0) return acc == null ? i18n.get("drawpad.status.pretrained") : i18n.get("drawpad.status.pretrainedAccuracy", acc);
        String steps = String.format(i18n.locale(), "%,d", s.steps());
        String base = i18n.get(s.pretrained() ? "drawpad.status.pretrainedMore" : "drawpad.status.trained", steps);
        return acc == null ? base : i18n.get("drawpad.status.withAccuracy", base, acc);
    }

    private VBox padColumn() {
        ToggleGroup tool = new ToggleGroup();
        ToggleButton pen = toggle("drawpad.pen", Icons.PEN, "penButton", tool);
        ToggleButton eraser = toggle("drawpad.eraser", Icons.ERASER, "eraserButton", tool);
        Button undo = iconButton("drawpad.undo", Icons.UNDO, "undoButton", "drawpad.undo.tooltip");
        Button clear = iconButton("drawpad.clear", Icons.DELETE, "clearButton", "drawpad.clear.tooltip");
        pen.setSelected(true);
        // one of the two is always chosen
        tool.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) a.setSelected(true);
        });
        vm.eraserProperty().bind(eraser.selectedProperty());
        pen.getStyleClass().add("left-pill");
        eraser.getStyleClass().add("right-pill");
        HBox tools = new HBox(0, pen, eraser);

        Slider brush = new Slider(DrawPadViewModel.MIN_BRUSH, DrawPadViewModel.MAX_BRUSH, vm.brushSizeProperty().get());
        brush.setId("brushSlider");
        brush.setMinWidth(60);
        HBox.setHgrow(brush, Priority.ALWAYS);
        vm.brushSizeProperty().bind(brush.valueProperty());
        Tooltip brushTip = new Tooltip();
        brushTip.textProperty().bind(Bindings.concat(i18n.bind("drawpad.brush"), " \u2014 ", i18n.bind("drawpad.brush.tooltip")));
        brush.setTooltip(brushTip);
        Label brushIcon = new Label(null, Icons.of(Icons.BRUSH));
        brushIcon.setTooltip(brushTip);
        undo.disableProperty().bind(vm.canUndoProperty().not());
        undo.setOnAction(e -> vm.undo());
        clear.disableProperty().bind(vm.blankProperty());
        clear.setOnAction(e -> vm.clear());
        HBox row1 = new HBox(8, tools, brushIcon, brush, undo, clear);
        row1.setAlignment(Pos.CENTER_LEFT);
        row1.setMaxWidth(PAD);

        Button open = new Button();
        open.setId("openImageButton");
        open.textProperty().bind(i18n.bind("drawpad.open"));
        open.setGraphic(Icons.of(Icons.OPEN));
        Tooltip openTip = new Tooltip();
        openTip.textProperty().bind(i18n.bind("drawpad.open.tooltip"));
        open.setTooltip(openTip);
        open.setOnAction(e -> chooseFile());
        HBox row2 = new HBox(8, open);

        CheckBox preprocess = new CheckBox();
        preprocess.setId("preprocessCheck");
        preprocess.textProperty().bind(Bindings.when(fashion()).then(i18n.bind("drawpad.preprocess.fashion"))
                .otherwise(i18n.bind("drawpad.preprocess")));
        preprocess.selectedProperty().bindBidirectional(vm.preprocessProperty());
        Tooltip preTip = new Tooltip();
        preTip.textProperty().bind(Bindings.when(fashion()).then(i18n.bind("drawpad.preprocess.fashion.tooltip"))
                .otherwise(i18n.bind("drawpad.preprocess.tooltip")));
        preTip.setWrapText(true);
        preTip.setMaxWidth(340);
        preprocess.setTooltip(preTip);

        Label problem = new Label();
        problem.setId("openProblem");
        problem.getStyleClass().add("open-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(PAD);
        problem.textProperty().bind(Bindings.createStringBinding(() -> {
            DrawPadViewModel.OpenProblem p = vm.openProblemProperty().get();
            return p == null ? "" : i18n.get("drawpad.open.problem", p.fileName());
        }, vm.openProblemProperty(), i18n.localeProperty()));
        problem.managedProperty().bind(vm.openProblemProperty().isNotNull());
        problem.visibleProperty().bind(vm.openProblemProperty().isNotNull());
        vm.openProblemProperty().addListener((o, a, p) -> problem.setTooltip(p == null ? null : new Tooltip(p.detail())));

        VBox col = new VBox(8, pad, row1, row2, ControlGroup.mark(preprocess, ControlGroup.ADVANCED), problem);
        col.getStyleClass().add("pad-column");
        return col;
    }

    private VBox stepsColumn() {
        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.textProperty().bind(i18n.bind("drawpad.steps.title"));
        VBox col = new VBox(6, title, steps);
        col.getStyleClass().add("steps-column");
        return col;
    }

    private VBox resultColumn() {
        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.textProperty().bind(i18n.bind("drawpad.result.title"));
        guess.setId("guessLabel");
        guess.getStyleClass().add("guess");
        guessDetail.setId("guessDetail");
        guessDetail.getStyleClass().add("guess-detail");
        guessDetail.setWrapText(true);
        runnerUp.setId("runnerUpLabel");
        runnerUp.getStyleClass().add("muted");
        // one under the other: a class name like "Ankle boot" in the big font needs the whole width
        guess.setMinWidth(Region.USE_PREF_SIZE);
        explain.setId("drawExplainButton");
        explain.textProperty().bind(i18n.bind("drawpad.explain"));
        Tooltip explainTip = new Tooltip();
        explainTip.textProperty().bind(i18n.bind("drawpad.explain.tooltip"));
        explain.setTooltip(explainTip);
        explain.setVisible(false); // until there is an Explain view to send the drawing to
        explain.managedProperty().bind(explain.visibleProperty());
        explain.disableProperty().bind(vm.blankProperty());
        explain.setOnAction(e -> {
            vm.probeDrawing();
            onExplain.run();
        });
        VBox top = new VBox(2, guess, guessDetail, runnerUp);
        VBox col = new VBox(8, title, top, bars, explain);
        col.getStyleClass().add("result-column");
        col.setMinWidth(250);
        col.setPrefWidth(300);
        HBox.setHgrow(col, Priority.ALWAYS);
        return col;
    }

    private Region gallery(ObservableList<Sample> samples) {
        Label title = new Label();
        title.getStyleClass().add("muted");
        title.textProperty().bind(Bindings.when(fashion()).then(i18n.bind("drawpad.gallery.fashion")).otherwise(i18n.bind("drawpad.gallery")));
        FlowPane thumbs = new FlowPane(6, 6);
        thumbs.setId("sampleGallery");
        Runnable rebuild = () -> {
            thumbs.getChildren().clear();
            for (Sample s : samples) {
                ImageView img = new ImageView(Images.gray(s.pixels(), s.width(), s.height()));
                img.setSmooth(false);
                img.setFitWidth(40);
                img.setFitHeight(40);
                Button b = new Button(null, img);
                b.getStyleClass().add("sample-button");
                b.setOnAction(e -> vm.showImage(new GrayImage(s.width(), s.height(), s.pixels().clone())));
                thumbs.getChildren().add(b);
            }
        };
        samples.addListener((ListChangeListener<Sample>) c -> rebuild.run());
        rebuild.run();
        VBox box = new VBox(4, title, thumbs);
        box.getStyleClass().add("sample-gallery");
        box.visibleProperty().bind(Bindings.isNotEmpty(samples));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("drawpad.open.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("drawpad.open.filter"),
                "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp", "*.PNG", "*.JPG", "*.JPEG"));
        File f = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) vm.open(f.toPath());
    }

    private void showResult(DrawPadViewModel.Result r) {
        steps.show(r);
        bars.show(r);
        int top = r.ranked(0), second = r.ranked(1);
        if (r.blank() || top < 0) {
            guess.setText("?");
            guessDetail.setText(i18n.get(r.blank() ? (r.dataset() == DatasetKind.FASHION_MNIST ? "drawpad.result.blankFashion"
                    : "drawpad.result.blank") : "drawpad.result.noModel"));
            runnerUp.setText("");
            return;
        }
        java.util.List<String> names = r.dataset().classNames(i18n.locale());
        float[] p = r.probabilities();
        guess.setText(names.get(top));
        guessDetail.setText(i18n.get("drawpad.result.guess", String.format(Locale.ROOT, "%.1f%%", 100 * p[top])));
        runnerUp.setText(i18n.get("drawpad.result.second", names.get(second), String.format(Locale.ROOT, "%.1f%%", 100 * p[second])));
    }

    /** Shows the "Why?" button under the answer: it makes the drawing the probe and runs {@code onExplain}. */
    public void setOnExplain(Runnable onExplain) {
        this.onExplain = onExplain;
        explain.setVisible(true);
    }

    // Icon-only tools keep the row under the pad as wide as the pad; the name is in the tooltip.
    private ToggleButton toggle(String key, String icon, String id, ToggleGroup group) {
        ToggleButton b = new ToggleButton(null, Icons.of(icon));
        b.setId(id);
        b.setToggleGroup(group);
        Tooltip t = new Tooltip();
        t.textProperty().bind(i18n.bind(key));
        b.setTooltip(t);
        return b;
    }

    private Button iconButton(String key, String icon, String id, String tooltipKey) {
        Button b = new Button(null, Icons.of(icon));
        b.setId(id);
        Tooltip t = new Tooltip();
        t.textProperty().bind(Bindings.concat(i18n.bind(key), " \u2014 ", i18n.bind(tooltipKey)));
        b.setTooltip(t);
        return b;
    }

    /** For tests. */
    PadCanvas pad() {
        return pad;
    }

    ProbabilityBars bars() {
        return bars;
    }

    DrawPadViewModel.Result result() {
        return vm.resultProperty().get();
    }

    String guessText() {
        return guess.getText();
    }
}
