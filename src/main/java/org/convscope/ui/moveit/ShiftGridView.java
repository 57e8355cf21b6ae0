package org.convscope.ui.moveit;

import java.util.function.BiConsumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.convscope.training.shift.ShiftGrid;
import org.convscope.ui.common.CanvasRegion;

/**
 * The 13 × 13 grid of Move it: one cell per shift, the class read there written in it, bluish green
 * where it is the unmoved image's class and vermillion where it is not, the stronger the surer the
 * network is. The middle cell (no shift) is outlined; the axes say how far the image moved.
 */
final class ShiftGridView extends CanvasRegion {
    private static final double CELL = 19, AXIS = 22;
    // Okabe–Ito: the same class as unmoved, another class
    private static final Color SAME = Color.web("#009E73"), OTHER = Color.web("#D55E00");
    private ShiftGrid grid;
    private Color ink = Color.gray(0.2);
    private BiConsumer<Integer, Integer> onHover = (dx, dy) -> { };

    ShiftGridView() {
        super("shift-grid");
        canvas().setOnMouseMoved(e -> {
            if (grid == null) return;
            int c = (int) Math.floor((e.getX() - AXIS) / CELL), r = (int) Math.floor((e.getY() - AXIS) / CELL);
            if (c >= 0 && r >= 0 && c < grid.side() && r < grid.side()) onHover.accept(c - grid.radius(), r - grid.radius());
        });
        canvas().setOnMouseExited(e -> onHover.accept(null, null));
    }

    /** Called with (dx, dy) as the pointer moves over a cell, and (null, null) when it leaves. */
    void setOnHover(BiConsumer<Integer, Integer> handler) {
        onHover = handler;
    }

    void show(ShiftGrid g) {
        grid = g;
        requestLayout();
        redraw();
    }

    /** The colour of the axis numbers (the theme's text colour). */
    void setInk(Color c) {
        ink = c;
        redraw();
    }

    private double side() {
        return AXIS + (grid == null ? 13 : grid.side()) * CELL + 2;
    }

    @Override
    protected double computePrefWidth(double height) {
        return side();
    }

    @Override
    protected double computePrefHeight(double width) {
        return side();
    }

    @Override
    protected double computeMinWidth(double height) {
        return side();
    }

    @Override
    protected double computeMinHeight(double width) {
        return side();
    }

    @Override
    protected void layoutChildren() {
        if (sizeCanvas(side(), side())) redraw();
    }

    @Override
    protected void paint(GraphicsContext g, double width, double height) {
        if (grid == null) return;
        int n = grid.side(), r = grid.radius(), centre = grid.predictedAt(0, 0);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(Font.font(null, FontWeight.NORMAL, 10));
        g.setFill(ink);
        for (int i = 0; i < n; i++) {
            if ((i - r) % 3 != 0) continue; // −6, −3, 0, 3, 6
            String label = (i - r > 0 ? "+" : "") + (i - r);
            g.fillText(label, AXIS + (i + 0.5) * CELL, AXIS / 2);
            g.fillText(label, AXIS / 2, AXIS + (i + 0.5) * CELL);
        }
        g.setFont(Font.font(null, FontWeight.BOLD, 12));
        for (int dy = -r; dy <= r; dy++) {
            for (int dx = -r; dx <= r; dx++) {
                int cls = grid.predictedAt(dx, dy);
                double sure = grid.confidenceAt(dx, dy);
                Color base = cls == centre ? SAME : OTHER;
                Color fill = base.deriveColor(0, 1, 1, 0.2 + 0.8 * sure);
                double x = AXIS + (dx + r) * CELL, y = AXIS + (dy + r) * CELL;
                g.setFill(fill);
                g.fillRect(x + 0.5, y + 0.5, CELL - 1, CELL - 1);
                g.setFill(sure > 0.55 ? Color.WHITE : ink);
                g.fillText(String.valueOf(cls), x + CELL / 2, y + CELL / 2 + 0.5);
            }
        }
        g.setStroke(ink);
        g.setLineWidth(2);
        g.strokeRect(AXIS + r * CELL + 1, AXIS + r * CELL + 1, CELL - 2, CELL - 2);
    }
}
