package org.convscope.ui.stepper;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.convscope.ui.common.CanvasRegion;

/**
 * A grid of coloured cells for the steppers: a feature map, a kernel, a window. Cells may carry
 * their number (drawn when they are big enough to read), a ring of padding zeros can be drawn
 * hatched around the map, cells past {@link #setRevealed} are left empty (an output map filling
 * in), and marks outline the window, the current cell or the winner. The cell size follows the
 * space the layout gives it, between a minimum and a maximum.
 *
 * <p>Coordinates are the map's own: padding cells have negative rows/columns or ones past the end.
 */
public final class CellGrid extends CanvasRegion {
    /** How a mark is drawn: the focus (window ↔ kernel ↔ output cell share it), a thin outline, the pooling winner. */
    public enum MarkStyle { FOCUS, OUTLINE, WINNER }

    /** A rectangle of cells to outline. */
    public record Mark(int row, int column, int rows, int columns, MarkStyle style) {
        public static Mark cell(int row, int column, MarkStyle style) {
            return new Mark(row, column, 1, 1, style);
        }
    }

    /** What a pointer did on a cell. */
    public interface CellHandler {
        void handle(int row, int column, MouseEvent event);
    }

    /** The wheel turned over a cell: +1 up, −1 down. */
    public interface ScrollHandler {
        void scrolled(int row, int column, int direction);
    }

    // Okabe–Ito: vermillion for what is being computed now, bluish green for the pooling winner
    private static final Color FOCUS = Color.web("#D55E00");
    private static final Color WINNER = Color.web("#009E73");
    private static final Color GRID = Color.gray(0.5, 0.35);
    private static final Color PADDING = Color.gray(0.55, 0.25);

    private int rows, columns, padTop, padLeft, padBottom, padRight;
    private int[] colors = new int[0];
    private float[] numbers;
    private int numbersOffset;
    private int revealed = Integer.MAX_VALUE;
    private List<Mark> marks = List.of();
    private double minCell = 2, prefCell = 12, maxCell = 48;
    private double cell = 1;
    private CellHandler onPress = (r, c, e) -> { };
    private CellHandler onHover = (r, c, e) -> { };
    private ScrollHandler onScroll = (r, c, d) -> { };
    private Runnable onExit = () -> { };
    private int dragRow = Integer.MIN_VALUE, dragColumn = Integer.MIN_VALUE;

    public CellGrid() {
        super("cell-grid");
        canvas().setOnMousePressed(e -> {
            dragRow = Integer.MIN_VALUE;
            report(e, onPress, true);
        });
        canvas().setOnMouseDragged(e -> report(e, onPress, true));
        canvas().setOnMouseMoved(e -> report(e, onHover, false));
        canvas().setOnMouseExited(e -> onExit.run());
        canvas().setOnScroll(e -> {
            int c = (int) Math.floor(e.getX() / cell) - padLeft, r = (int) Math.floor(e.getY() / cell) - padTop;
            if (onCells(r, c) && e.getDeltaY() != 0) {
                onScroll.scrolled(r, c, e.getDeltaY() > 0 ? 1 : -1);
                e.consume();
            }
        });
    }

    private boolean onCells(int r, int c) {
        return r >= -padTop && c >= -padLeft && r < rows + padBottom && c < columns + padRight;
    }

    // a drag reports each cell once, as it enters it
    private void report(MouseEvent e, CellHandler sink, boolean drag) {
        int c = (int) Math.floor(e.getX() / cell) - padLeft, r = (int) Math.floor(e.getY() / cell) - padTop;
        if (!onCells(r, c)) return;
        if (drag) {
            if (r == dragRow && c == dragColumn) return;
            dragRow = r;
            dragColumn = c;
        }
        sink.handle(r, c, e);
    }

    /** A rows × columns map with one ARGB colour per cell (row-major), and zero padding around it. */
    public void setCells(int rows, int columns, int[] argb, int padTop, int padLeft, int padBottom, int padRight) {
        boolean resized = rows != this.rows || columns != this.columns || padTop != this.padTop || padLeft != this.padLeft
                || padBottom != this.padBottom || padRight != this.padRight;
        this.rows = rows;
        this.columns = columns;
        this.colors = argb;
        this.padTop = padTop;
        this.padLeft = padLeft;
        this.padBottom = padBottom;
        this.padRight = padRight;
        if (resized) requestLayout();
        redraw();
    }

    public void setCells(int rows, int columns, int[] argb) {
        setCells(rows, columns, argb, 0, 0, 0, 0);
    }

    /**
     * Prints values[offset + row·columns + column] in each cell once the cells are big enough to read
     * (null: no numbers); padding cells then print "0". Formatted only when drawn, so a large map
     * shown small costs nothing extra.
     */
    public void setNumbers(float[] values, int offset) {
        this.numbers = values;
        this.numbersOffset = offset;
        redraw();
    }

    /** Only the first {@code n} cells (row-major) are drawn; the rest wait empty. */
    public void setRevealed(int n) {
        revealed = n;
        redraw();
    }

    public void setMarks(List<Mark> marks) {
        this.marks = marks;
        redraw();
    }

    /** Cell size bounds in pixels; the preferred one sizes the grid when there is room. */
    public void setCellSizes(double min, double pref, double max) {
        minCell = min;
        prefCell = pref;
        maxCell = max;
        requestLayout();
    }

    public void setOnCellPress(CellHandler h) { onPress = h; }
    public void setOnCellHover(CellHandler h) { onHover = h; }
    public void setOnCellScroll(ScrollHandler h) { onScroll = h; }
    public void setOnExit(Runnable r) { onExit = r; }

    private int totalRows() {
        return rows + padTop + padBottom;
    }

    private int totalColumns() {
        return columns + padLeft + padRight;
    }

    /** The centre of cell (row, column) in this grid's coordinates (for pointers placed by tests or overlays). */
    public javafx.geometry.Point2D cellCenter(int row, int column) {
        return new javafx.geometry.Point2D(canvas().getLayoutX() + (column + padLeft + 0.5) * cell,
                canvas().getLayoutY() + (row + padTop + 0.5) * cell);
    }

    /** The cell size the grid is drawn at now. */
    public double cellSize() {
        return cell;
    }

    @Override
    protected double computePrefWidth(double height) {
        return totalColumns() * prefCell + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return totalRows() * prefCell + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return totalColumns() * minCell + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return totalRows() * minCell + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computeMaxWidth(double height) {
        return totalColumns() * maxCell + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computeMaxHeight(double width) {
        return totalRows() * maxCell + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset(), h = getHeight() - snappedTopInset() - snappedBottomInset();
        int tr = Math.max(1, totalRows()), tc = Math.max(1, totalColumns());
        cell = Math.max(minCell, Math.min(maxCell, Math.floor(Math.min(w / tc, h / tr))));
        double cw = tc * cell, ch = tr * cell;
        canvas().setLayoutX(snappedLeftInset() + Math.floor((w - cw) / 2));
        canvas().setLayoutY(snappedTopInset()); // top-aligned: grids side by side start on one line
        sizeCanvas(cw, ch);
        redraw(); // also at the same size: the cells may have changed size and number
    }

    @Override
    protected void paint(GraphicsContext g, double width, double height) {
        if (rows == 0 || columns == 0) return;
        double s = cell;
        String[] texts = numbers != null && s >= 18 ? format() : null;
        boolean drawNumbers = texts != null;
        if (drawNumbers) {
            int longest = 1;
            for (String t : texts) longest = Math.max(longest, t.length());
            double size = Math.min(Math.min(15, s * 0.32), (s - 4) / (0.62 * longest));
            drawNumbers = size >= 8;
            g.setFont(Font.font(null, FontWeight.NORMAL, Math.max(8, size)));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
        }
        for (int r = -padTop; r < rows + padBottom; r++) {
            for (int c = -padLeft; c < columns + padRight; c++) {
                double x = (c + padLeft) * s, y = (r + padTop) * s;
                boolean inside = r >= 0 && c >= 0 && r < rows && c < columns;
                if (!inside) {
                    hatch(g, x, y, s);
                    if (drawNumbers) {
                        g.setFill(Color.gray(0.45));
                        g.fillText("0", x + s / 2, y + s / 2);
                    }
                    continue;
                }
                int i = r * columns + c;
                if (i >= revealed || i >= colors.length) continue;
                int argb = colors[i];
                g.setFill(Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff));
                g.fillRect(x, y, s, s);
                if (drawNumbers && i < texts.length) {
                    g.setFill(light(argb) ? Color.BLACK : Color.WHITE);
                    g.fillText(texts[i], x + s / 2, y + s / 2, s - 2);
                }
            }
        }
        if (s >= 6) {
            g.setStroke(GRID);
            g.setLineWidth(1);
            for (int x = 0; x <= totalColumns(); x++) g.strokeLine(x * s + 0.5, 0, x * s + 0.5, height);
            for (int y = 0; y <= totalRows(); y++) g.strokeLine(0, y * s + 0.5, width, y * s + 0.5);
        }
        for (Mark m : marks) drawMark(g, m, s);
    }

    private String[] format() {
        int n = Math.min(rows * columns, numbers.length - numbersOffset);
        String[] t = new String[Math.max(0, n)];
        for (int i = 0; i < t.length; i++) t[i] = Numbers.cell(numbers[numbersOffset + i]);
        return t;
    }

    private void hatch(GraphicsContext g, double x, double y, double s) {
        g.setFill(PADDING);
        g.fillRect(x, y, s, s);
        if (s < 6) return;
        g.setStroke(GRID);
        g.setLineWidth(1);
        g.strokeLine(x, y + s, x + s, y);
    }

    private void drawMark(GraphicsContext g, Mark m, double s) {
        double x = (m.column() + padLeft) * s, y = (m.row() + padTop) * s, w = m.columns() * s, h = m.rows() * s;
        double line = switch (m.style()) {
            case OUTLINE -> Math.max(1, s / 12);
            case FOCUS -> Math.max(2, Math.min(4, s / 5));
            case WINNER -> Math.max(2, Math.min(5, s / 6));
        };
        g.setLineWidth(line);
        g.setStroke(switch (m.style()) {
            case FOCUS, OUTLINE -> FOCUS;
            case WINNER -> WINNER;
        });
        double inset = m.style() == MarkStyle.WINNER ? line * 1.5 : line / 2;
        g.strokeRect(x + inset, y + inset, Math.max(1, w - 2 * inset), Math.max(1, h - 2 * inset));
    }

    // relative luminance above the middle: dark text reads better
    private static boolean light(int argb) {
        double r = ((argb >> 16) & 0xff) / 255.0, gr = ((argb >> 8) & 0xff) / 255.0, b = (argb & 0xff) / 255.0;
        return 0.2126 * r + 0.7152 * gr + 0.0722 * b > 0.45;
    }
}
