package org.convscope.ui.results;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import javafx.beans.value.ObservableValue;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.convscope.ui.common.CanvasRegion;
import org.convscope.ui.common.I18n;

/**
 * The confusion matrix: rows are the true classes, columns the model's guesses, each cell the number of test
 * images, and a last column with each class's accuracy. The diagonal (right answers) is coloured in the accent
 * scale by the share of the row, the other cells (mistakes) in the danger scale relative to the most frequent
 * mistake, so that where the model goes wrong stands out at a glance, and the number is always there.
 *
 * <p>Drawn on one canvas with one tooltip that follows the pointer, as the images beside it are: as a grid of
 * cells it was some 380 nodes, styled anew each time the view came back into the scene, and made and styled
 * when the first result came (240 ms of a frame while training). The scales, colours, cell size and font come
 * from the style sheet ({@code results.css}).
 */
final class ConfusionGrid extends CanvasRegion {
    private static final StyleablePropertyFactory<ConfusionGrid> CSS = new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    private static final double GAP = 2, HEAD_PAD = 6, ARC = 6;
    private static final double HEAD_ANGLE = Math.toRadians(60); // column heads rise at 60°, as they fit under a narrow cell

    private final StyleableProperty<Font> font = CSS.createStyleableFontProperty(this, "font", "-fx-font", s -> s.font, Font.getDefault(), true);
    private final StyleableProperty<Number> cellWidth = CSS.createStyleableNumberProperty(this, "cellWidth", "-cs-cell-width", s -> s.cellWidth, 42);
    private final StyleableProperty<Number> cellHeight = CSS.createStyleableNumberProperty(this, "cellHeight", "-cs-cell-height", s -> s.cellHeight, 31);

    // the two colour scales, a property per level (-cs-right-0..9, -cs-wrong-1..9): CSS parses a list of colours
    // only for the properties it knows
    @SuppressWarnings("unchecked")
    private final StyleableProperty<Color>[] rightScale = new StyleableProperty[10], wrongScale = new StyleableProperty[10];
    private final StyleableProperty<Color> cellFill = CSS.createStyleableColorProperty(this, "cellFill", "-cs-cell-fill", s -> s.cellFill, Color.gray(0.95));
    private final StyleableProperty<Color> textFill = CSS.createStyleableColorProperty(this, "textFill", "-cs-text-fill", s -> s.textFill, Color.gray(0.1));
    private final StyleableProperty<Color> mutedFill = CSS.createStyleableColorProperty(this, "mutedFill", "-cs-muted-fill", s -> s.mutedFill, Color.gray(0.4));
    private final StyleableProperty<Color> zeroFill = CSS.createStyleableColorProperty(this, "zeroFill", "-cs-zero-fill", s -> s.zeroFill, Color.gray(0.6));
    private final StyleableProperty<Color> darkText = CSS.createStyleableColorProperty(this, "darkText", "-cs-dark-text", s -> s.darkText, Color.BLACK);
    private final StyleableProperty<Color> lightText = CSS.createStyleableColorProperty(this, "lightText", "-cs-light-text", s -> s.lightText, Color.WHITE);

    private final I18n i18n;
    private final Label corner = new Label();
    private final Tooltip tip = new Tooltip();
    private Consumer<Cell> onPick = c -> { };
    private TestResult result;
    private IntFunction<String> names = String::valueOf;
    private Cell selected;
    private Cell hovered;
    private int maxMiss;
    // measured from the names and the font (measure()): the row heads' width, the column heads' height, the last column
    private double rowHeadW, headH, accW;

    ConfusionGrid(I18n i18n) {
        super("confusion-grid");
        this.i18n = i18n;
        setId("confusionGrid");
        corner.textProperty().bind(i18n.bind("results.axes"));
        corner.getStyleClass().add("confusion-corner");
        corner.setWrapText(true);
        corner.setVisible(false);
        getChildren().add(corner);
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        canvas().setOnMouseMoved(e -> hover(cellAt(e.getX(), e.getY())));
        canvas().setOnMouseExited(e -> hover(null));
        canvas().setOnMouseClicked(e -> {
            Cell at = cellAt(e.getX(), e.getY());
            if (at != null) onPick.accept(at);
        });
        ((ObservableValue<?>) font).addListener(o -> requestLayout());
        ((ObservableValue<?>) cellWidth).addListener(o -> requestLayout());
        ((ObservableValue<?>) cellHeight).addListener(o -> requestLayout());
        for (int level = 0; level < 10; level++) {
            int k = level;
            Color grey = Color.gray(1 - 0.08 * level); // if the style sheet gives none
            rightScale[k] = CSS.createStyleableColorProperty(this, "right" + k, "-cs-right-" + k, g -> g.rightScale[k], grey);
            if (k > 0) wrongScale[k] = CSS.createStyleableColorProperty(this, "wrong" + k, "-cs-wrong-" + k, g -> g.wrongScale[k], grey);
        }
        List<StyleableProperty<?>> colours = new ArrayList<>(List.of(cellFill, textFill, mutedFill, zeroFill, darkText, lightText));
        for (StyleableProperty<Color> c : rightScale) colours.add(c);
        for (int k = 1; k < 10; k++) colours.add(wrongScale[k]);
        for (StyleableProperty<?> p : colours) ((ObservableValue<?>) p).addListener(o -> redraw());
    }

    void setOnPick(Consumer<Cell> onPick) {
        this.onPick = onPick;
    }

    /** Shows {@code r} ({@code null}: nothing); {@code names} gives each class's name in the current language. */
    void show(TestResult r, IntFunction<String> classNames, Cell picked) {
        result = r;
        names = classNames;
        selected = picked;
        maxMiss = 0;
        if (r != null) {
            int classes = classes();
            for (int a = 0; a < classes; a++) {
                for (int g = 0; g < classes; g++) if (a != g) maxMiss = Math.max(maxMiss, r.count(a, g));
            }
        }
        corner.setVisible(r != null);
        measure();
        hover(null);
        requestLayout();
        redraw();
    }

    /** The number written in cell (actual, guessed), or null when no result is shown. */
    String cellText(int actual, int guessed) {
        return result == null ? null : String.format(i18n.locale(), "%,d", result.count(actual, guessed));
    }

    /** The middle of cell (actual, guessed) on screen, or null when no result is shown. */
    Point2D cellOnScreen(int actual, int guessed) {
        if (result == null) return null;
        return canvas().localToScreen(cellX(guessed) + cellW() / 2, cellY(actual) + cellH() / 2);
    }

    private int classes() {
        return result == null ? 0 : result.evaluation().confusion().length;
    }

    private double fontSize() {
        return font.getValue().getSize();
    }

    private double cellW() {
        return cellWidth.getValue().doubleValue();
    }

    private double cellH() {
        return cellHeight.getValue().doubleValue();
    }

    private Font headFont() {
        return Font.font(font.getValue().getFamily(), fontSize() * 0.85);
    }

    private static double textWidth(String s, Font f) {
        Text t = new Text(s);
        t.setFont(f);
        return t.getLayoutBounds().getWidth();
    }

    // the widest class name in f
    private double widestName(Font f) {
        double w = 0;
        for (int c = 0; c < classes(); c++) w = Math.max(w, textWidth(names.apply(c), f));
        return w;
    }

    private void measure() {
        if (result == null) {
            rowHeadW = headH = accW = 0;
            return;
        }
        Font bold = Font.font(font.getValue().getFamily(), FontWeight.BOLD, fontSize());
        rowHeadW = Math.max(widestName(font.getValue()), Math.min(Math.ceil(corner.prefWidth(-1)), fontSize() * 8)) + HEAD_PAD;
        double rotated = widestName(headFont()) * Math.sin(HEAD_ANGLE) + fontSize() * Math.cos(HEAD_ANGLE) + 4;
        headH = Math.max(rotated, corner.prefHeight(rowHeadW - HEAD_PAD));
        accW = HEAD_PAD + Math.max(textWidth("100.0%", bold), textWidth(i18n.get("results.classAccuracy"), headFont()));
    }

    private double cellX(int guessed) {
        return rowHeadW + guessed * (cellW() + GAP);
    }

    private double cellY(int actual) {
        return headH + actual * (cellH() + GAP);
    }

    private Cell cellAt(double x, double y) {
        if (result == null) return null;
        int g = (int) Math.floor((x - rowHeadW) / (cellW() + GAP));
        int a = (int) Math.floor((y - headH) / (cellH() + GAP));
        if (x < rowHeadW || y < headH || g >= classes() || a >= classes()) return null;
        if (x > cellX(g) + cellW() || y > cellY(a) + cellH()) return null; // in a gap
        return new Cell(a, g);
    }

    private void hover(Cell at) {
        if (java.util.Objects.equals(at, hovered)) return;
        hovered = at;
        if (at == null) {
            Tooltip.uninstall(canvas(), tip);
            canvas().setCursor(Cursor.DEFAULT);
        } else {
            int n = result.count(at.actual(), at.guessed());
            tip.setText(i18n.get(at.correct() ? "results.cell.right" : "results.cell.wrong", names.apply(at.actual()),
                    names.apply(at.guessed()), n, result.rowTotal(at.actual()), percent(result.share(at.actual(), at.guessed()))));
            Tooltip.install(canvas(), tip);
            canvas().setCursor(Cursor.HAND);
        }
        redraw();
    }

    private double contentWidth() {
        int c = classes();
        return c == 0 ? 0 : rowHeadW + c * (cellW() + GAP) - GAP + accW;
    }

    private double contentHeight() {
        int c = classes();
        return c == 0 ? 0 : headH + c * (cellH() + GAP) - GAP;
    }

    @Override
    protected double computePrefWidth(double height) {
        measure(); // the names, the font or the corner's text may have changed since
        return snappedLeftInset() + contentWidth() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        measure();
        return snappedTopInset() + contentHeight() + snappedBottomInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        measure();
        double left = snappedLeftInset(), top = snappedTopInset();
        canvas().relocate(left, top);
        if (result != null) corner.resizeRelocate(left, top, rowHeadW - HEAD_PAD, headH);
        sizeCanvas(contentWidth(), contentHeight());
        redraw();
    }

    @Override
    protected void paint(GraphicsContext g, double width, double height) {
        if (result == null) return;
        int classes = classes();
        Font plain = font.getValue(), head = headFont(), count = Font.font(plain.getFamily(), fontSize() * 0.9);
        Font bold = Font.font(plain.getFamily(), FontWeight.BOLD, fontSize());
        Font boldCount = Font.font(plain.getFamily(), FontWeight.BOLD, fontSize() * 0.9);
        double headY = headH;
        g.setTextBaseline(VPos.CENTER);

        // column heads, rotated about their end just above the cell's middle
        g.setFont(head);
        g.setFill(textFill.getValue());
        g.setTextAlign(TextAlignment.LEFT);
        for (int c = 0; c < classes; c++) {
            g.save();
            g.translate(cellX(c) + cellW() / 2, headY - 4);
            g.rotate(-Math.toDegrees(HEAD_ANGLE));
            g.fillText(names.apply(c), 0, 0);
            g.restore();
        }
        g.setFill(mutedFill.getValue());
        g.fillText(i18n.get("results.classAccuracy"), cellX(classes) - GAP + HEAD_PAD, headY - fontSize() * 0.7);

        for (int a = 0; a < classes; a++) {
            double y = cellY(a), mid = y + cellH() / 2;
            g.setFont(plain);
            g.setFill(textFill.getValue());
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(names.apply(a), rowHeadW - HEAD_PAD, mid);
            for (int c = 0; c < classes; c++) paintCell(g, a, c, count, boldCount);
            g.setFont(bold);
            g.setFill(textFill.getValue());
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(percent(result.evaluation().perClassAccuracy()[a]), cellX(classes) - GAP + HEAD_PAD, mid);
        }
    }

    private void paintCell(GraphicsContext g, int a, int c, Font count, Font boldCount) {
        int n = result.count(a, c);
        int level; // 0-9 in its scale, -1 for an empty mistake
        Paint fill;
        if (a == c) {
            level = (int) Math.round(9 * result.share(a, c));
            fill = rightScale[level].getValue();
        } else if (n == 0) {
            level = -1;
            fill = cellFill.getValue();
        } else {
            level = 1 + (int) Math.round(8.0 * n / maxMiss);
            fill = wrongScale[level].getValue();
        }
        double x = cellX(c), y = cellY(a);
        g.setFill(fill);
        g.fillRoundRect(x, y, cellW(), cellH(), ARC, ARC);
        Cell here = new Cell(a, c);
        if (here.equals(selected) || here.equals(hovered)) {
            g.setStroke(here.equals(selected) ? textFill.getValue() : mutedFill.getValue());
            g.setLineWidth(2);
            g.strokeRoundRect(x + 1, y + 1, cellW() - 2, cellH() - 2, ARC, ARC);
        }
        // the colour scales are the same in light and dark themes, so the text on them is fixed too
        g.setFont(level >= 5 ? boldCount : count);
        g.setFill(level >= 5 ? lightText.getValue() : level >= 0 ? darkText.getValue() : zeroFill.getValue());
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(String.format(i18n.locale(), "%,d", n), x + cellW() / 2, y + cellH() / 2);
    }

    private String percent(double share) {
        return Double.isNaN(share) ? "–" : String.format(i18n.locale(), "%.1f%%", 100 * share);
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS.getCssMetaData();
    }
}
