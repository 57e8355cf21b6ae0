package org.convscope.ui.learned;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.convscope.ui.common.CanvasRegion;

/**
 * The embedding map: one dot per test image in its class's colour, the drawing as a star, the image under the
 * pointer enlarged and the one clicked ringed. The map's coordinates are fitted to the space (equal scale on both
 * axes, so distances mean the same across and up); pointing and clicking set the view-model's hovered and picked
 * image.
 */
final class EmbeddingCanvas extends CanvasRegion {
    private static final double DOT = 2.6, PICK_RADIUS = 7, MARGIN = 14;
    private final EmbeddingViewModel vm;
    private double scale = 1, originX, originY; // screen = origin + scale·(map), y upward

    EmbeddingCanvas(EmbeddingViewModel vm) {
        super("embedding-canvas");
        this.vm = vm;
        setId("embeddingCanvas");
        setMinSize(200, 200);
        setPrefSize(640, 520);
        vm.mapProperty().addListener((o, a, b) -> redraw());
        vm.mistakesOnlyProperty().addListener((o, a, b) -> redraw());
        vm.hoveredProperty().addListener((o, a, b) -> redraw());
        vm.pickedProperty().addListener((o, a, b) -> redraw());
        canvas().setOnMouseMoved(e -> vm.hoveredProperty().set(pointAt(e.getX(), e.getY())));
        canvas().setOnMouseExited(e -> vm.hoveredProperty().set(-1));
        canvas().setOnMouseClicked(e -> {
            int i = pointAt(e.getX(), e.getY());
            if (i >= 0) vm.pickedProperty().set(i);
        });
    }

    private int pointAt(double sx, double sy) {
        if (vm.mapProperty().get() == null) return -1;
        return vm.pointNear((sx - originX) / scale, (originY - sy) / scale, PICK_RADIUS / scale);
    }

    /** Where image {@code i} is drawn, in this region's coordinates (for tests). */
    double[] screenOf(int i) {
        EmbeddingMap m = vm.mapProperty().get();
        return new double[] {originX + scale * m.points()[2 * i], originY - scale * m.points()[2 * i + 1]};
    }

    @Override
    protected void layoutChildren() {
        sizeCanvas(getWidth(), getHeight());
        redraw();
    }

    @Override
    protected void paint(GraphicsContext g, double width, double height) {
        EmbeddingMap m = vm.mapProperty().get();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, width, height);
        if (m == null || width <= 2 * MARGIN || height <= 2 * MARGIN) return;
        fit(m, width, height);
        boolean mistakes = vm.mistakesOnlyProperty().get();
        for (int i = 0; i < m.count(); i++) {
            if (mistakes && !m.mistake(i)) continue;
            double[] s = screenOf(i);
            g.setFill(ClassColours.of(m.label(i)).deriveColor(0, 1, 1, 0.78));
            g.fillOval(s[0] - DOT, s[1] - DOT, 2 * DOT, 2 * DOT);
        }
        mark(g, m, vm.pickedProperty().get(), 7, 2.2);
        mark(g, m, vm.hoveredProperty().get(), 5, 1.5);
        if (m.star() != null) star(g, originX + scale * m.star()[0], originY - scale * m.star()[1], 11);
    }

    // equal scale on both axes, the points' bounds (and the star) filling the space less a margin
    private void fit(EmbeddingMap m, double width, double height) {
        double minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY, minY = minX, maxY = maxX;
        float[] p = m.points();
        for (int i = 0; i < m.count(); i++) {
            minX = Math.min(minX, p[2 * i]);
            maxX = Math.max(maxX, p[2 * i]);
            minY = Math.min(minY, p[2 * i + 1]);
            maxY = Math.max(maxY, p[2 * i + 1]);
        }
        if (m.star() != null) {
            minX = Math.min(minX, m.star()[0]);
            maxX = Math.max(maxX, m.star()[0]);
            minY = Math.min(minY, m.star()[1]);
            maxY = Math.max(maxY, m.star()[1]);
        }
        double spanX = Math.max(maxX - minX, 1e-9), spanY = Math.max(maxY - minY, 1e-9);
        scale = Math.min((width - 2 * MARGIN) / spanX, (height - 2 * MARGIN) / spanY);
        originX = width / 2 - scale * (minX + maxX) / 2;
        originY = height / 2 + scale * (minY + maxY) / 2;
    }

    private void mark(GraphicsContext g, EmbeddingMap m, int i, double r, double line) {
        if (i < 0 || i >= m.count()) return;
        double[] s = screenOf(i);
        g.setFill(ClassColours.of(m.label(i)));
        g.fillOval(s[0] - r, s[1] - r, 2 * r, 2 * r);
        g.setStroke(Color.BLACK);
        g.setLineWidth(line);
        g.strokeOval(s[0] - r, s[1] - r, 2 * r, 2 * r);
    }

    private static void star(GraphicsContext g, double cx, double cy, double r) {
        double[] xs = new double[10], ys = new double[10];
        for (int k = 0; k < 10; k++) {
            double a = -Math.PI / 2 + k * Math.PI / 5, rr = k % 2 == 0 ? r : r * 0.45;
            xs[k] = cx + rr * Math.cos(a);
            ys[k] = cy + rr * Math.sin(a);
        }
        g.setFill(Color.web("#FFD400"));
        g.fillPolygon(xs, ys, 10);
        g.setStroke(Color.BLACK);
        g.setLineWidth(1.6);
        g.strokePolygon(xs, ys, 10);
    }
}
