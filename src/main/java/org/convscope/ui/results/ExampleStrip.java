package org.convscope.ui.results;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import javafx.beans.value.ObservableValue;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.convscope.data.Dataset;
import org.convscope.ui.common.CanvasRegion;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.Icons;
import org.convscope.ui.common.Images;

/**
 * The test images of one cell, each with how sure the model was; a click opens it inside the network, and
 * its lightbulb ("Why?", when the strip has somewhere to send it) in the Explain view.
 *
 * <p>Drawn on one canvas, with one tooltip that follows the pointer: as sixty boxes of image, label and
 * button the strip was some 480 nodes, and every one of them was styled anew each time the view came back
 * into the scene (about 60 ms of a frame while training, on a 2-core machine). Its colours and font come
 * from the style sheet ({@code -cs-tile-border}, {@code -cs-tile-hover}, {@code -cs-text-fill},
 * {@code -fx-font}), so themes and presentation mode reach it as they reach a label.
 */
final class ExampleStrip extends CanvasRegion {
    private static final StyleablePropertyFactory<ExampleStrip> CSS = new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    static final double IMAGE = 56, PAD = 3, GAP = 8;

    private final StyleableProperty<Font> font = CSS.createStyleableFontProperty(this, "font", "-fx-font", s -> s.font, Font.getDefault(), true);
    private final StyleableProperty<Color> textFill = CSS.createStyleableColorProperty(this, "textFill", "-cs-text-fill", s -> s.textFill, Color.GRAY);
    private final StyleableProperty<Color> tileBorder = CSS.createStyleableColorProperty(this, "tileBorder", "-cs-tile-border", s -> s.tileBorder, Color.LIGHTGRAY);
    private final StyleableProperty<Color> tileHover = CSS.createStyleableColorProperty(this, "tileHover", "-cs-tile-hover", s -> s.tileHover, Color.DODGERBLUE);

    private final I18n i18n;
    private final String why = Icons.glyph(Icons.EXPLAIN);
    private Font whyFont; // the icons' font at iconSize(), made again when the text size changes
    private final Tooltip tip = new Tooltip();
    private final Map<Integer, Image> images = new HashMap<>(); // test index → its picture, while shown
    private IntConsumer onOpen = i -> { };
    private IntConsumer onExplain = i -> { };
    private boolean explainable;
    private List<Example> examples = List.of();
    private IntFunction<String> names = String::valueOf;
    private Dataset shownFrom;
    private int hovered = -1; // position in examples under the pointer, or -1
    private boolean hoveredWhy;

    ExampleStrip(I18n i18n) {
        super("results-examples");
        this.i18n = i18n;
        setId("resultExamples");
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        canvas().setOnMouseMoved(e -> hover(e.getX(), e.getY()));
        canvas().setOnMouseExited(e -> hover(-1, -1));
        canvas().setOnMouseClicked(e -> {
            int at = tileAt(e.getX(), e.getY());
            if (at < 0) return;
            int index = examples.get(at).index();
            if (explainable && onWhy(at, e.getX(), e.getY())) onExplain.accept(index);
            else onOpen.accept(index);
        });
        // the factory's properties are observable; StyleableProperty itself does not say so
        ((ObservableValue<?>) font).addListener(o -> requestLayout());
        for (StyleableProperty<Color> c : List.of(textFill, tileBorder, tileHover)) {
            ((ObservableValue<?>) c).addListener(o -> redraw());
        }
    }

    void setOnOpen(IntConsumer onOpen) {
        this.onOpen = onOpen;
    }

    void setOnExplain(IntConsumer onExplain) {
        this.onExplain = onExplain;
        explainable = true;
        redraw();
    }

    // A new result (once per epoch while training) mostly keeps the same images: their pictures are
    // kept, so the FX thread does not make sixty images again each time.
    void show(List<Example> shown, Dataset test, IntFunction<String> classNames) {
        if (test != shownFrom) images.clear();
        shownFrom = test;
        names = classNames;
        examples = test == null ? List.of() : List.copyOf(shown);
        Map<Integer, Image> kept = new HashMap<>();
        for (Example e : examples) {
            Image img = images.get(e.index());
            if (img == null) {
                float[] pixels = new float[test.imageSize()]; // one image: [H·W], 0..1
                test.writeNormalised(e.index(), pixels, 0);
                img = Images.gray(pixels, test.width(), test.height());
            }
            kept.put(e.index(), img);
        }
        images.clear();
        images.putAll(kept);
        hovered = -1;
        Tooltip.uninstall(canvas(), tip);
        requestLayout();
        redraw();
    }

    /** How many images are drawn. */
    int shownCount() {
        return examples.size();
    }

    /** The middle of test image {@code index}'s picture, or of its lightbulb, on screen; null when it is not shown. */
    Point2D onScreen(int index, boolean why) {
        for (int at = 0; at < examples.size(); at++) {
            if (examples.get(at).index() != index) continue;
            double x = tileX(at), y = tileY(at);
            return why ? canvas().localToScreen(x + tileWidth() - PAD - iconSize() / 2, y + PAD + IMAGE + lineHeight() / 2)
                    : canvas().localToScreen(x + tileWidth() / 2, y + PAD + IMAGE / 2);
        }
        return null;
    }

    private double fontSize() {
        return font.getValue().getSize();
    }

    private double lineHeight() {
        return Math.ceil(fontSize() * 1.4);
    }

    private double iconSize() {
        return Math.ceil(fontSize() * 1.2);
    }

    private double tileWidth() {
        return 2 * PAD + Math.max(IMAGE + 4, Math.ceil(fontSize() * 4.6)); // "100%" and the lightbulb under the image
    }

    private double tileHeight() {
        return 2 * PAD + IMAGE + lineHeight();
    }

    private int columns(double width) {
        double inner = width - snappedLeftInset() - snappedRightInset();
        return Math.max(1, (int) Math.floor((inner + GAP) / (tileWidth() + GAP)));
    }

    private double tileX(int at) {
        return (at % columns(getWidth())) * (tileWidth() + GAP);
    }

    private double tileY(int at) {
        return (at / columns(getWidth())) * (tileHeight() + GAP);
    }

    private double heightFor(int columns) {
        int rows = (examples.size() + columns - 1) / columns;
        return rows == 0 ? 0 : rows * tileHeight() + (rows - 1) * GAP;
    }

    private int tileAt(double x, double y) {
        double w = tileWidth() + GAP, h = tileHeight() + GAP;
        int c = (int) Math.floor(x / w), r = (int) Math.floor(y / h);
        if (x < 0 || y < 0 || x - c * w > tileWidth() || y - r * h > tileHeight() || c >= columns(getWidth())) return -1;
        int at = r * columns(getWidth()) + c;
        return at < examples.size() ? at : -1;
    }

    private boolean onWhy(int at, double x, double y) {
        return x >= tileX(at) + tileWidth() - PAD - iconSize() - 2 && y >= tileY(at) + PAD + IMAGE;
    }

    private void hover(double x, double y) {
        int at = tileAt(x, y);
        boolean why = at >= 0 && explainable && onWhy(at, x, y);
        if (at == hovered && why == hoveredWhy) return;
        if (at < 0) {
            Tooltip.uninstall(canvas(), tip);
        } else {
            Example e = examples.get(at);
            tip.setText(why ? i18n.get("results.example.explain") : i18n.get("results.example.tooltip", e.index(),
                    names.apply(e.actual()), names.apply(e.guessed()), String.format(i18n.locale(), "%.1f%%", 100 * e.confidence())));
            if (hovered < 0) Tooltip.install(canvas(), tip);
        }
        canvas().setCursor(at < 0 ? Cursor.DEFAULT : Cursor.HAND);
        hovered = at;
        hoveredWhy = why;
        redraw();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL; // as a flow: the narrower, the taller
    }

    @Override
    protected double computePrefWidth(double height) {
        int columns = 5; // not the images' count: the view's columns stay put as cells are picked
        return snappedLeftInset() + columns * tileWidth() + (columns - 1) * GAP + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        int columns = width < 0 ? 5 : columns(width);
        return snappedTopInset() + heightFor(columns) + snappedBottomInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + tileWidth() + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        canvas().relocate(snappedLeftInset(), snappedTopInset());
        double w = Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset());
        sizeCanvas(w, heightFor(columns(getWidth())));
        redraw(); // the columns may change with the width alone
    }

    @Override
    protected void paint(GraphicsContext g, double width, double height) {
        Font f = font.getValue();
        if (whyFont == null || whyFont.getSize() != iconSize()) whyFont = Icons.font(Icons.EXPLAIN, iconSize());
        g.setImageSmoothing(false);
        g.setTextBaseline(VPos.CENTER);
        for (int at = 0; at < examples.size(); at++) {
            Example e = examples.get(at);
            double x = tileX(at), y = tileY(at), w = tileWidth(), textY = y + PAD + IMAGE + lineHeight() / 2;
            g.setStroke(at == hovered && !hoveredWhy ? tileHover.getValue() : tileBorder.getValue());
            g.setLineWidth(1);
            g.strokeRoundRect(x + 0.5, y + 0.5, w - 1, tileHeight() - 1, 6, 6);
            g.drawImage(images.get(e.index()), x + (w - IMAGE) / 2, y + PAD, IMAGE, IMAGE);
            g.setFill(textFill.getValue());
            g.setFont(f);
            double textRight = explainable ? x + w - PAD - iconSize() - 2 : x + w - PAD;
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(String.format(i18n.locale(), "%.0f%%", 100 * e.confidence()), (x + PAD + textRight) / 2, textY);
            if (explainable) {
                g.setFill(at == hovered && hoveredWhy ? tileHover.getValue() : textFill.getValue());
                g.setFont(whyFont);
                g.fillText(why, x + w - PAD - iconSize() / 2, textY);
            }
        }
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS.getCssMetaData();
    }
}
