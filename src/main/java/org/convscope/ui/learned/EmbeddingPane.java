package org.convscope.ui.learned;

import java.util.Locale;
import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.convscope.data.Dataset;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.Icons;
import org.convscope.ui.common.Images;
import org.convscope.ui.common.PixelView;

/**
 * The embedding map: 2,000 test images placed by a flat layer's activations (PCA, or t-SNE on demand), coloured
 * by their true class, with the drawing as a star. Beside it the legend, and the image pointed at or clicked with
 * what the network says, and buttons that open the clicked image in Feature maps or Explain.
 */
final class EmbeddingPane extends BorderPane {
    private final EmbeddingViewModel vm;
    private final I18n i18n;
    private final EmbeddingCanvas canvas;
    private final Label layerLabel = new Label();
    private final ComboBox<EmbeddingViewModel.LayerChoice> layer = new ComboBox<>();
    private final ToggleButton pca = new ToggleButton(), tsne = new ToggleButton();
    private final CheckBox mistakes = new CheckBox();
    private final Button recompute = new Button();
    private final Label status = new Label();
    private final VBox legend = new VBox(2);
    private final PixelView image = new PixelView();
    private final Label about = new Label();
    private final Button featureMaps = new Button(), explain = new Button();
    private final Label starNote = new Label();
    private boolean adjusting;
    private IntConsumer onFeatureMaps = i -> { };
    private IntConsumer onExplain = i -> { };

    EmbeddingPane(EmbeddingViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        getStyleClass().add("embedding-pane");
        canvas = new EmbeddingCanvas(vm);
        setTop(new VBox(4, controls(), status));
        HBox.setHgrow(canvas, Priority.ALWAYS);
        HBox centre = new HBox(12, canvas, side());
        centre.getStyleClass().add("embedding-centre");
        setCenter(centre);
        vm.mapProperty().addListener((o, a, b) -> refresh());
        vm.busyProperty().addListener((o, a, b) -> showStatus());
        vm.outdatedProperty().addListener((o, a, b) -> showStatus());
        vm.errorProperty().addListener((o, a, b) -> showStatus());
        vm.mistakesOnlyProperty().addListener((o, a, b) -> showStatus());
        vm.hoveredProperty().addListener((o, a, b) -> showImage());
        vm.pickedProperty().addListener((o, a, b) -> showImage());
        vm.layers().addListener((javafx.collections.ListChangeListener<EmbeddingViewModel.LayerChoice>) c -> fillLayers());
        vm.layerProperty().addListener((o, a, b) -> selectLayer());
        vm.methodProperty().addListener((o, a, b) -> selectMethod());
        i18n.localeProperty().addListener((o, a, b) -> refreshTexts());
        fillLayers();
        selectMethod();
        refreshTexts();
    }

    void setRoutes(IntConsumer onFeatureMaps, IntConsumer onExplain) {
        this.onFeatureMaps = onFeatureMaps;
        this.onExplain = onExplain;
    }

    private FlowPane controls() {
        layer.setId("embeddingLayer");
        layer.setCellFactory(l -> new LayerCell());
        layer.setButtonCell(new LayerCell());
        layer.valueProperty().addListener((o, a, c) -> {
            if (!adjusting && c != null) vm.layerProperty().set(c.index());
        });
        ToggleGroup group = new ToggleGroup();
        pca.setId("embeddingPca");
        tsne.setId("embeddingTsne");
        pca.setToggleGroup(group);
        tsne.setToggleGroup(group);
        pca.getStyleClass().add("left-pill");
        tsne.getStyleClass().add("right-pill");
        pca.setOnAction(e -> vm.methodProperty().set(Projection.PCA));
        tsne.setOnAction(e -> vm.methodProperty().set(Projection.TSNE));
        HBox pills = new HBox(pca, tsne);
        mistakes.setId("embeddingMistakes");
        mistakes.selectedProperty().bindBidirectional(vm.mistakesOnlyProperty());
        recompute.setId("embeddingRecompute");
        recompute.setGraphic(Icons.of(Icons.RESET));
        recompute.setOnAction(e -> vm.recompute());
        recompute.disableProperty().bind(vm.busyProperty());
        HBox layerBox = new HBox(6, layerLabel, layer);
        layerBox.setAlignment(Pos.CENTER_LEFT);
        for (Region r : new Region[] {layerLabel, pills, mistakes, recompute}) r.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane bar = new FlowPane(16, 6, layerBox, pills, recompute, mistakes);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("learned-toolbar");
        status.setId("embeddingStatus");
        status.getStyleClass().add("learned-status");
        status.setWrapText(true);
        return bar;
    }

    private VBox side() {
        legend.getStyleClass().add("embedding-legend");
        image.setId("embeddingImage");
        image.cellSizeProperty().set(4);
        about.setId("embeddingAbout");
        about.setWrapText(true);
        about.getStyleClass().add("learned-readout");
        featureMaps.setId("embeddingFeatureMaps");
        explain.setId("embeddingExplain");
        explain.setGraphic(Icons.of(Icons.EXPLAIN));
        featureMaps.disableProperty().bind(vm.pickedProperty().lessThan(0));
        explain.disableProperty().bind(vm.pickedProperty().lessThan(0));
        featureMaps.setOnAction(e -> onFeatureMaps.accept(vm.pickedProperty().get()));
        explain.setOnAction(e -> onExplain.accept(vm.pickedProperty().get()));
        starNote.setWrapText(true);
        starNote.getStyleClass().add("learned-readout");
        VBox side = new VBox(8, legend, image, about, new HBox(6, featureMaps, explain), starNote);
        side.getStyleClass().add("embedding-side");
        side.setMinWidth(230);
        side.setPrefWidth(250);
        side.setMaxWidth(260);
        return side;
    }

    private void refresh() {
        selectLayer(); // the default layer is named once a map says which it is
        showLegend();
        showStatus();
        showImage();
    }

    private void showLegend() {
        EmbeddingMap m = vm.mapProperty().get();
        legend.getChildren().clear();
        if (m == null) return;
        int classes = m.dataset().classCount();
        FlowPane chips = new FlowPane(10, 2);
        for (int c = 0; c < classes; c++) {
            Label l = new Label(m.dataset().className(c, i18n.locale()), new Circle(5, ClassColours.of(c)));
            l.getStyleClass().add("legend-chip");
            chips.getChildren().add(l);
        }
        legend.getChildren().add(chips);
    }

    private void showStatus() {
        EmbeddingMap m = vm.mapProperty().get();
        String err = vm.errorProperty().get();
        recompute.setVisible(vm.methodProperty().get() == Projection.TSNE);
        recompute.setManaged(recompute.isVisible());
        if (err != null) {
            status.setText(i18n.get("learned.embedding.failed", err));
            return;
        }
        if (m == null) {
            status.setText(i18n.get(vm.methodProperty().get() == Projection.TSNE ? "learned.embedding.tsneWorking" : "learned.embedding.working"));
            return;
        }
        String what = i18n.get(m.method() == Projection.PCA ? "learned.embedding.pca" : "learned.embedding.tsne",
                String.format(Locale.ROOT, "%,d", m.count()), m.layerName(), Integer.toString(m.activations().dims()),
                m.pca() == null ? "" : percent(m.pca().share(0)), m.pca() == null ? "" : percent(m.pca().share(1)));
        String extra = vm.mistakesOnlyProperty().get() ? " " + i18n.get("learned.embedding.mistakes", Integer.toString(m.mistakes())) : "";
        if (vm.busyProperty().get()) extra += " " + i18n.get(vm.methodProperty().get() == Projection.TSNE ? "learned.embedding.tsneWorking" : "learned.embedding.updating");
        else if (vm.outdatedProperty().get()) extra += " " + i18n.get("learned.embedding.outdated");
        status.setText(what + extra);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    private void showImage() {
        EmbeddingMap m = vm.mapProperty().get();
        int i = vm.hoveredProperty().get() >= 0 ? vm.hoveredProperty().get() : vm.pickedProperty().get();
        starNote.setText(m != null && m.star() != null ? i18n.get("learned.embedding.star") : "");
        if (m == null || i < 0 || i >= m.count()) {
            image.setImage(null);
            about.setText(i18n.get("learned.embedding.hint"));
            return;
        }
        Dataset test = m.test();
        float[] px = new float[test.imageSize()];
        test.writeNormalised(i, px, 0);
        image.setImage(Images.gray(px, test.width(), test.height()));
        Locale l = i18n.locale();
        String truth = m.dataset().className(m.label(i), l), said = m.dataset().className(m.predicted(i), l);
        about.setText(i18n.get(m.mistake(i) ? "learned.embedding.point.wrong" : "learned.embedding.point.right", Integer.toString(i), truth, said)
                + (i == vm.pickedProperty().get() ? "" : "\n" + i18n.get("learned.embedding.clickToKeep")));
    }

    private void fillLayers() {
        adjusting = true;
        try {
            layer.getItems().setAll(vm.layers());
        } finally {
            adjusting = false;
        }
        selectLayer();
    }

    private void selectLayer() {
        EmbeddingMap m = vm.mapProperty().get();
        Integer asked = vm.layerProperty().get();
        int index = asked != null ? asked : m != null ? m.layer() : -1;
        adjusting = true;
        try {
            layer.setValue(layer.getItems().stream().filter(c -> c.index() == index).findFirst().orElse(null));
        } finally {
            adjusting = false;
        }
    }

    private void selectMethod() {
        pca.setSelected(vm.methodProperty().get() == Projection.PCA);
        tsne.setSelected(vm.methodProperty().get() == Projection.TSNE);
        showStatus();
    }

    private void refreshTexts() {
        layerLabel.setText(i18n.get("learned.embedding.layer"));
        pca.setText(i18n.get("learned.embedding.method.pca"));
        tsne.setText(i18n.get("learned.embedding.method.tsne"));
        mistakes.setText(i18n.get("learned.embedding.mistakesOnly"));
        recompute.setText(i18n.get("learned.embedding.recompute"));
        featureMaps.setText(i18n.get("learned.open.featureMaps"));
        explain.setText(i18n.get("learned.open.explain"));
        layer.setButtonCell(new LayerCell());
        refresh();
    }

    private final class LayerCell extends ListCell<EmbeddingViewModel.LayerChoice> {
        @Override
        protected void updateItem(EmbeddingViewModel.LayerChoice c, boolean empty) {
            super.updateItem(c, empty);
            setText(empty || c == null ? null : i18n.get("learned.embedding.layerItem", c.name(), Integer.toString(c.units())));
        }
    }

    EmbeddingCanvas canvas() {
        return canvas;
    }

    String statusText() {
        return status.getText();
    }
}
