package org.convscope.ui.featuremaps;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.convscope.data.Dataset;
import org.convscope.engine.model.Inspection;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.Icons;
import org.convscope.ui.common.Images;
import org.convscope.ui.common.PixelView;

/**
 * The probe image, large, with its true class and the network's guess, and the ways to choose it:
 * a number, back and forward, a random one, or a click on a thumbnail of the neighbouring images.
 */
final class ProbePicker extends VBox {
    private static final double IMAGE_CELL = 6, THUMB_CELL = 1.5;
    private static final PseudoClass RIGHT = PseudoClass.getPseudoClass("right");
    private static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private final ProbePickerModel model;
    private final FeatureMapsViewModel maps;
    private final I18n i18n;
    private final Label title = new Label();
    private final PixelView image = new PixelView();
    private final Label source = new Label();
    private final Label truth = new Label();
    private final Label prediction = new Label();
    private final Spinner<Integer> number = new Spinner<>();
    private final Button previous = new Button(null, Icons.of(Icons.PREVIOUS));
    private final Button next = new Button(null, Icons.of(Icons.NEXT));
    private final Button random = new Button(null, Icons.of(Icons.RANDOM));
    private final Button explain = new Button(null, Icons.of(Icons.EXPLAIN));
    private final Label thumbsTitle = new Label();
    private final List<StackPane> thumbs = new ArrayList<>();
    private final SpinnerValueFactory.IntegerSpinnerValueFactory numbers = new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 0);

    ProbePicker(ProbePickerModel model, FeatureMapsViewModel maps) {
        this.model = model;
        this.maps = maps;
        this.i18n = maps.i18n();
        getStyleClass().add("probe-picker");
        setId("probePicker");
        title.getStyleClass().add("picker-title");
        image.cellSizeProperty().set(IMAGE_CELL);
        image.getStyleClass().add("probe-image");
        image.setId("probeImage");
        image.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane imageFrame = new StackPane(image);
        imageFrame.getStyleClass().add("probe-image-frame");
        imageFrame.setAlignment(Pos.CENTER_LEFT);
        source.getStyleClass().add("picker-source");
        source.setId("probeSource");
        source.setWrapText(true);
        truth.setId("probeTruth");
        prediction.setId("probePrediction");
        prediction.getStyleClass().add("picker-prediction");
        prediction.setWrapText(true);
        truth.setWrapText(true);

        numbers.setWrapAround(true);
        numbers.setConverter(new javafx.util.converter.IntegerStringConverter() {
            // a typo keeps the current image instead of throwing on the FX thread
            @Override
            public Integer fromString(String text) {
                try {
                    return super.fromString(text == null ? null : text.trim());
                } catch (NumberFormatException e) {
                    return model.index();
                }
            }
        });
        number.setValueFactory(numbers);
        number.setEditable(true);
        number.setId("probeIndex");
        number.setPrefWidth(96);
        numbers.valueProperty().addListener((o, a, v) -> {
            if (v != null && v != model.index()) model.select(v);
        });
        previous.setId("probePrevious");
        next.setId("probeNext");
        random.setId("probeRandom");
        previous.setOnAction(e -> model.previous());
        next.setOnAction(e -> model.next());
        random.setOnAction(e -> model.randomImage());
        HBox steps = new HBox(4, previous, number, next, random);
        steps.setAlignment(Pos.CENTER_LEFT);
        explain.setId("probeExplain");
        explain.setVisible(false); // until the tab has an Explain view to send it to
        explain.managedProperty().bind(explain.visibleProperty());
        explain.disableProperty().bind(model.inspectionProperty().isNull());

        thumbsTitle.getStyleClass().add("picker-subtitle");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("thumb-grid");
        for (int k = 0; k < ProbePickerModel.PAGE; k++) {
            PixelView v = new PixelView();
            v.cellSizeProperty().set(THUMB_CELL);
            StackPane cell = new StackPane(v);
            cell.getStyleClass().add("probe-thumb");
            cell.setId("thumb" + k);
            int offset = k;
            cell.setOnMouseClicked(e -> model.select(model.pageStart() + offset));
            thumbs.add(cell);
            grid.add(cell, k % 4, k / 4);
        }
        getChildren().addAll(title, imageFrame, source, truth, prediction, explain, steps, thumbsTitle, grid);

        model.testSetProperty().addListener((o, a, d) -> update());
        model.testIndexProperty().addListener((o, a, b) -> update());
        model.drawingProperty().addListener((o, a, b) -> update());
        model.drawnImageProperty().addListener((o, a, b) -> update());
        model.inspectionProperty().addListener((o, a, b) -> updateTexts());
        model.trueLabelProperty().addListener((o, a, b) -> updateTexts());
        i18n.localeProperty().addListener((o, a, b) -> updateLanguage());
        updateLanguage();
        update();
    }

    /** Shows the "Why?" button, which runs {@code onExplain} (the app opens the probe in the Explain view). */
    void setOnExplain(Runnable onExplain) {
        explain.setOnAction(e -> onExplain.run());
        explain.setVisible(true);
    }

    private void update() {
        Dataset d = model.testSetProperty().get();
        boolean drawing = model.drawingProperty().get();
        if (drawing) {
            float[] px = model.drawnImageProperty().get();
            int side = (int) Math.round(Math.sqrt(px.length));
            image.setImage(Images.gray(px, side, side));
        } else if (d != null) {
            image.setImage(Images.gray(model.pixels(model.index()), d.width(), d.height()));
        }
        if (d != null) {
            numbers.setMax(d.size() - 1);
            if (numbers.getValue() == null || numbers.getValue() != model.index()) numbers.setValue(model.index());
            int start = model.pageStart();
            for (int k = 0; k < thumbs.size(); k++) {
                StackPane cell = thumbs.get(k);
                int i = start + k;
                boolean exists = i < d.size();
                cell.setVisible(exists);
                if (exists) ((PixelView) cell.getChildren().get(0)).setImage(Images.gray(model.pixels(i), d.width(), d.height()));
                cell.pseudoClassStateChanged(SELECTED, exists && i == model.index() && !drawing);
            }
        }
        updateTexts();
    }

    private void updateTexts() {
        Dataset d = model.testSetProperty().get();
        boolean drawing = model.drawingProperty().get();
        title.setText(i18n.get("featuremaps.probe.title"));
        source.setText(drawing ? i18n.get("featuremaps.probe.drawing")
                : i18n.get("featuremaps.probe.test", Integer.toString(model.index()), Integer.toString(d == null ? 0 : d.size())));
        Integer label = model.trueLabelProperty().get();
        if (drawing) label = null;
        else if (label == null && d != null) label = model.label(model.index());
        truth.setText(label == null ? i18n.get("featuremaps.probe.truthUnknown") : i18n.get("featuremaps.probe.truth", maps.className(label)));
        Inspection insp = model.inspectionProperty().get();
        if (insp == null) {
            prediction.setText(i18n.get("featuremaps.probe.noModel"));
        } else {
            int p = insp.predicted();
            String mark = label == null ? "" : label == p ? "✓ " : "✗ ";
            prediction.setText(mark + i18n.get("featuremaps.probe.prediction", maps.className(p), Values.percent(insp.probabilities()[p])));
        }
        // pseudo-classes: this runs with every inspection, and a style-class change restyles more
        prediction.pseudoClassStateChanged(RIGHT, insp != null && label != null && label == insp.predicted());
        prediction.pseudoClassStateChanged(WRONG, insp != null && label != null && label != insp.predicted());
    }

    private void updateLanguage() {
        thumbsTitle.setText(i18n.get("featuremaps.probe.thumbs"));
        previous.setTooltip(new Tooltip(i18n.get("featuremaps.probe.previous")));
        next.setTooltip(new Tooltip(i18n.get("featuremaps.probe.next")));
        random.setTooltip(new Tooltip(i18n.get("featuremaps.probe.random")));
        explain.setText(i18n.get("featuremaps.probe.explain"));
        explain.setTooltip(new Tooltip(i18n.get("featuremaps.probe.explain.tooltip")));
        updateTexts();
    }
}
