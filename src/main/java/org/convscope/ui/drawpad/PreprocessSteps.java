package org.convscope.ui.drawpad;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.convscope.data.DigitPreprocessor;
import org.convscope.data.GrayImage;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.Images;
import org.convscope.ui.common.PixelView;

/**
 * MNIST's recipe, one picture per step: the ink's bounding box, the box scaled so its longer side
 * is 20 pixels, the result placed in 28×28 with its centre of mass on pixel (14, 14), and the
 * 28×28 input as the network gets it (hover a pixel for its value). With the preprocessing
 * switched off the first three are greyed and the last is the whole pad shrunk to 28×28.
 */
final class PreprocessSteps extends GridPane {
    /** Every step is shown this many pixels wide, whatever its size. */
    static final double TILE = 112;
    /** Room beside each image for its title and caption. */
    private static final double MARGIN = 36;
    // Okabe–Ito vermillion: visible on the black of the images in both themes
    private static final Color MARK = Color.web("#D55E00");

    private final I18n i18n;
    private final Tile crop = new Tile("cropStep");
    private final Tile scale = new Tile("scaleStep");
    private final Tile place = new Tile("placeStep");
    private final Tile input = new Tile("inputStep");
    private DrawPadViewModel.Result shown;
    private int[] hovered;

    private final class Tile extends VBox {
        final Label title = new Label();
        final PixelView pixels = new PixelView();
        final Label caption = new Label();

        Tile(String id) {
            setId(id);
            getStyleClass().add("step-tile");
            title.getStyleClass().add("step-title");
            title.setWrapText(true);
            title.setMaxWidth(TILE + MARGIN);
            caption.getStyleClass().add("step-caption");
            caption.setWrapText(true);
            caption.setMaxWidth(TILE + MARGIN);
            setMinWidth(TILE + MARGIN);
            setPrefWidth(TILE + MARGIN);
            pixels.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE); // centred in its frame, not stretched
            StackPane frame = new StackPane(pixels);
            frame.getStyleClass().add("step-frame");
            frame.setMinSize(TILE, TILE);
            frame.setPrefSize(TILE, TILE);
            frame.setMaxSize(TILE, TILE);
            getChildren().addAll(title, frame, caption);
        }

        void image(GrayImage img) {
            pixels.cellSizeProperty().set(TILE / Math.max(img.width(), img.height()));
            pixels.setImage(Images.gray(img.pixels(), img.width(), img.height()));
        }
    }

    PreprocessSteps(I18n i18n) {
        this.i18n = i18n;
        getStyleClass().add("preprocess-steps");
        setHgap(14);
        setVgap(10);
        add(crop, 0, 0);
        add(scale, 1, 0);
        add(place, 0, 1);
        add(input, 1, 1);
        for (Tile t : new Tile[] {crop, scale, place, input}) GridPane.setValignment(t, javafx.geometry.VPos.TOP);
        input.pixels.setGrid(false);
        input.pixels.setOnPixelHover((r, c) -> {
            hovered = new int[] {r, c};
            update();
        });
        input.pixels.setOnPixelExit(() -> {
            hovered = null;
            update();
        });
        Tooltip.install(input, tooltip("drawpad.step.input.tooltip"));
        i18n.localeProperty().addListener((o, a, b) -> update());
    }

    private Tooltip tooltip(String key) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(i18n.bind(key));
        t.setWrapText(true);
        t.setMaxWidth(320);
        return t;
    }

    void show(DrawPadViewModel.Result r) {
        boolean sameImages = shown != null && shown.steps() == r.steps() && shown.input() == r.input();
        shown = r;
        if (sameImages) {
            // only the weights changed (training): the pictures are the same, skip rebuilding them
            update();
            return;
        }
        DigitPreprocessor.Steps s = r.steps();
        if (s.blank()) {
            crop.image(r.source());
            crop.pixels.setHighlights(MARK);
            scale.image(GrayImage.blank(DigitPreprocessor.DIGIT_BOX, DigitPreprocessor.DIGIT_BOX));
            place.image(s.input());
            place.pixels.setHighlights(MARK);
        } else {
            crop.image(r.source());
            int[] b = s.box();
            crop.pixels.setHighlights(MARK, new int[] {b[0], b[1], b[2] - b[0] + 1, b[3] - b[1] + 1});
            scale.image(s.scaled());
            place.image(s.input());
            int[] at = s.offset();
            int[] placed = {at[0], at[1], s.scaled().height(), s.scaled().width()};
            int centre = DigitPreprocessor.SIZE / 2;
            if (digitMode()) place.pixels.setHighlights(MARK, placed, new int[] {centre, centre, 1, 1});
            else place.pixels.setHighlights(MARK, placed);
        }
        input.image(r.input());
        for (Tile t : new Tile[] {crop, scale, place}) t.setOpacity(r.preprocessed() ? 1 : 0.35);
        update();
    }

    private boolean digitMode() {
        return shown != null && DigitPreprocessor.modeFor(shown.dataset()) == DigitPreprocessor.Mode.DIGIT;
    }

    private void update() {
        if (shown == null) return;
        DigitPreprocessor.Steps s = shown.steps();
        boolean digits = digitMode();
        crop.title.setText(i18n.get("drawpad.step.crop"));
        scale.title.setText(i18n.get(digits ? "drawpad.step.scale" : "drawpad.step.scaleFill"));
        place.title.setText(i18n.get(digits ? "drawpad.step.place" : "drawpad.step.placeFill"));
        input.title.setText(i18n.get("drawpad.step.input"));
        if (!shown.preprocessed()) {
            crop.caption.setText(i18n.get("drawpad.step.skipped"));
            scale.caption.setText(i18n.get("drawpad.step.skipped"));
            place.caption.setText(i18n.get("drawpad.step.skipped"));
        } else if (s.blank()) {
            crop.caption.setText(i18n.get("drawpad.step.crop.blank"));
            scale.caption.setText("");
            place.caption.setText("");
        } else {
            int[] b = s.box();
            crop.caption.setText(i18n.get("drawpad.step.crop.caption", b[3] - b[1] + 1, b[2] - b[0] + 1));
            scale.caption.setText(i18n.get(digits ? "drawpad.step.scale.caption" : "drawpad.step.scaleFill.caption",
                    s.scaled().width(), s.scaled().height()));
            place.caption.setText(i18n.get(digits ? "drawpad.step.place.caption" : "drawpad.step.placeFill.caption"));
        }
        if (hovered != null) {
            float v = shown.input().get(hovered[0], hovered[1]);
            input.caption.setText(i18n.get("drawpad.step.input.hover", hovered[0], hovered[1], String.format(i18n.locale(), "%.2f", v)));
        } else {
            input.caption.setText(i18n.get(shown.preprocessed() ? "drawpad.step.input.caption" : "drawpad.step.input.shrunk"));
        }
    }
}
