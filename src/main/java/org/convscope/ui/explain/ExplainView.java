package org.convscope.ui.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.convscope.engine.explain.ExplainOptions;
import org.convscope.engine.explain.Explanation;
import org.convscope.engine.explain.Method;
import org.convscope.ui.classroom.ControlGroup;
import org.convscope.ui.common.ColorLegend;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.Icons;
import org.convscope.ui.common.TreeVisible;

/**
 * "Why did it say that?": the probe image with the chosen method's map over it (opacity slider, colour
 * legend, the value under the pointer), the ten probabilities as the class chooser, the method chooser, for
 * Grad-CAM the layer chooser, and the method explained in one paragraph in the course's words (the
 * glossary's). While training runs the map follows the weights.
 */
public final class ExplainView extends BorderPane {
    private static final String STYLESHEET = "/org/convscope/ui/explain/explain.css";
    /** The glossary term whose definition explains each method (the help bundle holds the texts). */
    static final Map<Method, String> TERMS = Map.of(Method.SALIENCY, "saliency", Method.GRADXINPUT, "gradientTimesInput",
            Method.SMOOTHGRAD, "smoothGrad", Method.GRADCAM, "gradCam", Method.OCCLUSION, "occlusion");

    private final ExplainViewModel vm;
    private final I18n i18n;
    private final List<ToggleButton> methodButtons = new ArrayList<>();
    private final Label methodLabel = new Label();
    private final Label layerLabel = new Label();
    private final ComboBox<LayerChoice> layerChoice = new ComboBox<>();
    private final HBox layerBox = new HBox(6, layerLabel, layerChoice);
    private final Label opacityLabel = new Label();
    private final Slider opacity = new Slider(0, 1, 0.9);
    private final ExplainPicture picture;
    private final Label readout = new Label();
    private final Label answer = new Label();
    private final Label explaining = new Label();
    private final ClassChooser chooser;
    private final Button backToAnswer = new Button();
    private final Label methodTitle = new Label();
    private final Label methodText = new Label();
    private final Label status = new Label();
    private boolean adjusting; // the layer box is being refilled

    public ExplainView(ExplainViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        getStyleClass().add("explain-view");
        setId("explainView");
        getStylesheets().add(ExplainView.class.getResource(STYLESHEET).toExternalForm());
        chooser = new ClassChooser(vm::explainClass);
        picture = new ExplainPicture(vm, i18n);
        setTop(toolbar());
        HBox centre = new HBox(20, imageColumn(), sideColumn());
        centre.getStyleClass().add("explain-centre");
        ScrollPane scroll = new ScrollPane(centre);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().addAll("edge-to-edge", "explain-scroll");
        setCenter(scroll);

        vm.explanationProperty().addListener((o, a, e) -> showExplanation());
        vm.trueLabelProperty().addListener((o, a, b) -> showExplanation());
        vm.errorProperty().addListener((o, a, b) -> showStatus());
        vm.liveProperty().addListener((o, a, b) -> showStatus());
        vm.methodProperty().addListener((o, a, m) -> {
            selectMethodButton();
            showMethod();
        });
        vm.layers().addListener((ListChangeListener<LayerChoice>) c -> fillLayers());
        vm.layerProperty().addListener((o, a, b) -> selectLayer());
        i18n.localeProperty().addListener((o, a, b) -> refreshTexts());
        vm.activeProperty().bind(TreeVisible.of(this));
        fillLayers();
        refreshTexts();
    }

    private FlowPane toolbar() {
        ToggleGroup group = new ToggleGroup();
        HBox pills = new HBox();
        pills.getStyleClass().add("method-pills");
        Method[] methods = Method.values();
        for (int i = 0; i < methods.length; i++) {
            Method m = methods[i];
            ToggleButton b = new ToggleButton();
            b.setId("method-" + m.id());
            b.setUserData(m);
            b.setToggleGroup(group);
            b.getStyleClass().add(i == 0 ? "left-pill" : i == methods.length - 1 ? "right-pill" : "center-pill");
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setOnAction(e -> {
                if (!b.isSelected()) b.setSelected(true); // one method is always chosen
                vm.methodProperty().set(m);
            });
            methodButtons.add(b);
            pills.getChildren().add(b);
        }
        selectMethodButton();
        HBox methodBox = new HBox(6, methodLabel, pills);
        methodBox.setAlignment(Pos.CENTER_LEFT);

        layerChoice.setId("explainLayer");
        layerChoice.setCellFactory(l -> new LayerCell());
        layerChoice.setButtonCell(new LayerCell());
        layerChoice.valueProperty().addListener((o, a, c) -> {
            if (!adjusting && c != null) vm.layerProperty().set(c.index());
        });
        layerBox.setAlignment(Pos.CENTER_LEFT);
        layerBox.visibleProperty().bind(vm.methodProperty().isEqualTo(Method.GRADCAM));
        layerBox.managedProperty().bind(layerBox.visibleProperty());

        for (Region r : List.<Region>of(methodLabel, layerLabel, pills, methodBox)) r.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane bar = new FlowPane(18, 6, methodBox, layerBox);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("explain-toolbar");
        return bar;
    }

    private VBox imageColumn() {
        picture.overlay().setOnPixelHover(this::hover);
        picture.overlay().setOnPixelExit(() -> readout.setText(i18n.get("explain.hint")));
        readout.setId("explainReadout");
        readout.getStyleClass().add("explain-readout");
        readout.setWrapText(true);
        // the map's opacity belongs to the picture: under it, beside nothing else
        opacity.setId("explainOpacity");
        opacity.valueProperty().bindBidirectional(vm.opacityProperty());
        HBox.setHgrow(opacity, Priority.ALWAYS);
        opacityLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox opacityBox = ControlGroup.mark(new HBox(8, opacityLabel, opacity), ControlGroup.ADVANCED);
        opacityBox.setAlignment(Pos.CENTER_LEFT);
        VBox col = new VBox(8, picture, opacityBox, readout);
        col.getStyleClass().add("explain-image-column");
        col.setMaxWidth(ExplainPicture.CELL * 28 + 4);
        col.setMinWidth(ExplainPicture.CELL * 28 + 4);
        return col;
    }

    private VBox sideColumn() {
        answer.setId("explainAnswer");
        answer.getStyleClass().add("explain-answer");
        answer.setWrapText(true);
        explaining.setId("explainExplaining");
        explaining.setWrapText(true);
        backToAnswer.setId("explainBackToAnswer");
        backToAnswer.setGraphic(Icons.of(Icons.RESET));
        backToAnswer.setOnAction(e -> vm.explainAnswer());
        backToAnswer.visibleProperty().bind(vm.chosenClassProperty().isNotNull());
        backToAnswer.managedProperty().bind(backToAnswer.visibleProperty());
        methodTitle.getStyleClass().add("section-title");
        methodText.setId("explainMethodText");
        methodText.getStyleClass().add("explain-method-text");
        methodText.setWrapText(true);
        methodText.setMinHeight(Region.USE_PREF_SIZE);
        status.setId("explainStatus");
        status.getStyleClass().add("explain-status");
        status.setWrapText(true);
        VBox col = new VBox(8, answer, status, explaining, chooser, backToAnswer, methodTitle, methodText);
        col.getStyleClass().add("explain-side-column");
        HBox.setHgrow(col, Priority.ALWAYS);
        col.setMinWidth(260);
        col.setPrefWidth(440);
        col.setMaxWidth(560);
        return col;
    }

    private void hover(int row, int column) {
        Explanation e = vm.explanationProperty().get();
        float[] img = vm.imageProperty().get();
        if (e == null || img == null) return;
        readout.setText(i18n.get("explain.hover", Integer.toString(row), Integer.toString(column),
                ColorLegend.format(e.at(row, column)), String.format(Locale.ROOT, "%.2f", img[row * e.width() + column])));
    }

    private void showExplanation() {
        Explanation e = vm.explanationProperty().get();
        Locale l = i18n.locale();
        Integer truth = vm.trueLabelProperty().get();
        if (e == null) {
            answer.setText("");
            explaining.setText("");
            chooser.show(null, vm.datasetProperty().get() == null ? 10 : vm.datasetProperty().get().classCount(),
                    c -> vm.className(c, l), -1, -1, -1, c -> "");
            return;
        }
        float[] p = e.probabilities();
        answer.setText(i18n.get("explain.answer", vm.className(e.predicted(), l), percent(p[e.predicted()])));
        String cls = vm.className(e.classIndex(), l);
        explaining.setText(i18n.get(e.classIndex() == e.predicted() ? "explain.explaining.answer" : "explain.explaining.other", cls));
        int t = truth == null ? -1 : truth;
        chooser.show(p, p.length, c -> vm.className(c, l), e.classIndex(), e.predicted(), t, c -> mark(c, e.predicted(), t));
    }

    private String mark(int c, int predicted, int truth) {
        if (c == predicted && c == truth) return i18n.get("explain.mark.both");
        if (c == predicted) return i18n.get("explain.mark.answer");
        if (c == truth) return i18n.get("explain.mark.truth");
        return "";
    }

    private static String percent(float p) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * p);
    }

    private void showStatus() {
        String err = vm.errorProperty().get();
        status.getStyleClass().remove("explain-error");
        if (err != null) {
            status.getStyleClass().add("explain-error");
            status.setText(i18n.get("explain.failed", err));
        } else {
            status.setText(vm.liveProperty().get() ? i18n.get("explain.live") : "");
        }
        status.setVisible(!status.getText().isEmpty());
        status.setManaged(status.isVisible());
    }

    private void showMethod() {
        Method m = vm.methodProperty().get();
        methodTitle.setText(i18n.get("explain.method." + m.id()));
        methodText.setText(i18n.get("help.term." + TERMS.get(m) + ".def"));
    }

    private void selectMethodButton() {
        for (ToggleButton b : methodButtons) b.setSelected(b.getUserData() == vm.methodProperty().get());
    }

    private void fillLayers() {
        adjusting = true;
        try {
            layerChoice.getItems().setAll(vm.layers());
        } finally {
            adjusting = false;
        }
        selectLayer();
    }

    private void selectLayer() {
        int asked = vm.layerProperty().get();
        List<LayerChoice> items = layerChoice.getItems();
        LayerChoice c = asked == ExplainOptions.LAST_CONV && !items.isEmpty() ? items.get(items.size() - 1)
                : items.stream().filter(l -> l.index() == asked).findFirst().orElse(null);
        adjusting = true;
        try {
            layerChoice.setValue(c);
        } finally {
            adjusting = false;
        }
    }

    private void refreshTexts() {
        methodLabel.setText(i18n.get("explain.method"));
        for (ToggleButton b : methodButtons) b.setText(i18n.get("explain.method." + ((Method) b.getUserData()).id()));
        layerLabel.setText(i18n.get("explain.layer"));
        opacityLabel.setText(i18n.get("explain.opacity"));
        backToAnswer.setText(i18n.get("explain.backToAnswer"));
        readout.setText(i18n.get("explain.hint"));
        showMethod();
        showExplanation();
        showStatus();
        // the layer cells show a localised "(last)" mark
        layerChoice.setButtonCell(new LayerCell());
    }

    private final class LayerCell extends ListCell<LayerChoice> {
        @Override
        protected void updateItem(LayerChoice c, boolean empty) {
            super.updateItem(c, empty);
            setText(empty || c == null ? null : c.name() + (c.equals(vm.layers().get(vm.layers().size() - 1))
                    ? " " + i18n.get("explain.layer.last") : ""));
        }
    }

    /** The view-model, for the shell's tests. */
    public ExplainViewModel viewModel() {
        return vm;
    }

    // ---- for tests ----------------------------------------------------------------------------

    ExplainPicture picture() {
        return picture;
    }

    String answerText() {
        return answer.getText();
    }

    String explainingText() {
        return explaining.getText();
    }

    String methodText() {
        return methodText.getText();
    }
}
