package org.convscope.ui.common;

import java.util.function.BiConsumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;

/**
 * An image drawn with square, unsmoothed pixels at an integer-free zoom, reporting which pixel the
 * pointer is on (for hover values). Optional highlight rectangles mark a window or a cell.
 */
public final class PixelView extends CanvasRegion {
    private final DoubleProperty cellSize = new SimpleDoubleProperty(8);
    private Image image;
    private BiConsumer<Integer, Integer> onHover = (r, c) -> { };
    private Runnable onExit = () -> { };
    private int[][] highlights = new int[0][];
    private Color highlightColor = Color.web("#D55E00");
    private boolean grid;

    public PixelView() {
        super("pixel-view");
        cellSize.addListener((o, a, b) -> requestLayout());
        canvas().setOnMouseMoved(e -> cellAt(e.getX(), e.getY(), onHover));
        canvas().setOnMouseExited(e -> onExit.run());
    }

    private void cellAt(double x, double y, BiConsumer<Integer, Integer> sink) {
        if (image == null) return;
        int c = (int) (x / cellSize.get()), r = (int) (y / cellSize.get());
        if (r >= 0 && c >= 0 && r < image.getHeight() && c < image.getWidth()) sink.accept(r, c);
    }

    public void setImage(Image img) {
        image = img;
        requestLayout();
        redraw();
    }

    public Image getImage() {
        return image;
    }

    public DoubleProperty cellSizeProperty() {
        return cellSize;
    }

    public void setOnPixelHover(BiConsumer<Integer, Integer> h) {
        onHover = h;
    }

    public void setOnPixelExit(Runnable r) {
        onExit = r;
    }

    /** Rectangles {row, col, height, width} outlined on top of the image. */
    public void setHighlights(Color color, int[]... rects) {
        highlightColor = color;
        highlights = rects;
        redraw();
    }

    /** Thin lines between pixels (useful from about 12 px per pixel). */
    public void setGrid(boolean on) {
        grid = on;
        redraw();
    }

    @Override
    protected double computePrefWidth(double height) {
        return image == null ? 0 : image.getWidth() * cellSize.get();
    }

    @Override
    protected double computePrefHeight(double width) {
        return image == null ? 0 : image.getHeight() * cellSize.get();
    }

    @Override
    protected void layoutChildren() {
        sizeCanvas(computePrefWidth(-1), computePrefHeight(-1));
        redraw();
    }

    @Override
    protected void paint(GraphicsContext g, double width, double height) {
        if (image == null) return;
        g.setImageSmoothing(false);
        g.drawImage(image, 0, 0, width, height);
        double s = cellSize.get();
        if (grid && s >= 8) {
            g.setStroke(Color.gray(0.5, 0.35));
            g.setLineWidth(1);
            for (int x = 1; x < image.getWidth(); x++) g.strokeLine(x * s + 0.5, 0, x * s + 0.5, height);
            for (int y = 1; y < image.getHeight(); y++) g.strokeLine(0, y * s + 0.5, width, y * s + 0.5);
        }
        g.setStroke(highlightColor);
        g.setLineWidth(Math.max(2, s / 6));
        for (int[] r : highlights) {
            if (r != null) g.strokeRect(r[1] * s + 1, r[0] * s + 1, r[3] * s - 2, r[2] * s - 2);
        }
    }
}
