package org.convscope.ui.common;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * A region drawn on one canvas, as the app's grids, strips and pixel views are: one node however
 * many cells it shows. The subclass sizes the region (the compute… methods), gives the canvas its
 * size in layoutChildren ({@link #sizeCanvas}), and paints the whole picture in {@link #paint};
 * {@link #redraw} clears the canvas and paints it anew. The canvas takes the pointer, so hit tests
 * are in its coordinates.
 */
public abstract class CanvasRegion extends Region {
    private final Canvas canvas = new Canvas();

    protected CanvasRegion(String styleClass) {
        getStyleClass().add(styleClass);
        getChildren().add(canvas);
    }

    /** The canvas: to place it, and for its pointer events. */
    protected final Canvas canvas() {
        return canvas;
    }

    /** Gives the canvas width × height pixels; true when that changed its size. */
    protected final boolean sizeCanvas(double width, double height) {
        if (canvas.getWidth() == width && canvas.getHeight() == height) return false;
        canvas.setWidth(width);
        canvas.setHeight(height);
        return true;
    }

    /** Clears the canvas and paints the whole picture anew. */
    protected final void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight()); // covers the canvas: drops queued commands
        paint(g, canvas.getWidth(), canvas.getHeight());
    }

    /** Paints the picture on the cleared canvas, width × height pixels. */
    protected abstract void paint(GraphicsContext g, double width, double height);
}
