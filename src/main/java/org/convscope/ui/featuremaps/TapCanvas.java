package org.convscope.ui.featuremaps;

import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.convscope.ui.common.CanvasRegion;

/**
 * One tap's values on a canvas that wraps to the width it is given, its height following: what the
 * map grid and the vector strip share. It keeps the tap, the ink of frames and ticks (the caption's
 * text colour, so both themes read), and the item under the pointer, which it reports to
 * {@link MapEvents}.
 */
abstract class TapCanvas extends CanvasRegion {
    final ObjectProperty<Paint> ink = new SimpleObjectProperty<>(Color.GRAY);
    MapEvents events;
    TapImage tap;
    int hovered = -1; // the item under the pointer (a map, an element), −1 for none
    private Predicate<Node> seen = n -> true;
    private boolean stale; // a tap came while the canvas was out of sight: painted when it is seen (reveal)

    TapCanvas(String styleClass) {
        super(styleClass);
        ink.addListener((o, a, b) -> redraw());
        canvas().setOnMouseMoved(e -> pointerAt(e.getX(), e.getY()));
        canvas().setOnMouseExited(e -> {
            setHovered(-1);
            events.exit();
        });
    }

    /** The pointer moved to (x, y): mark the item under it ({@link #setHovered}) and tell the events. */
    abstract void pointerAt(double x, double y);

    /** The height the tap takes when wrapped to {@code width}. */
    abstract double heightAt(double width);

    /** Paints the tap (there is one) wrapped to {@code width}, its values as square unsmoothed pixels. */
    abstract void paintTap(GraphicsContext g, double width);

    /**
     * Paints a new tap only while {@code seen} holds for this canvas (the view: inside its scroll pane's viewport);
     * one that comes while it does not waits for {@link #reveal}. While training, new maps come three times a
     * second, and most of the network's maps are scrolled out of sight: painted anyway, they took half the
     * renderer's time (perf sched, 10 s of training at 1280×720: 415 ms, against 209 ms while they wait), time taken
     * from training on two cores.
     */
    void paintOnlyWhere(Predicate<Node> seen) {
        this.seen = seen;
    }

    /** Paints the current tap now if the canvas is seen, else when {@link #reveal} finds it seen. */
    final void repaint() {
        if (seen.test(this)) redraw(); // paint clears stale
        else stale = true;
    }

    /** Paints a tap that came while the canvas was out of sight, if it is seen now. */
    final void reveal() {
        if (stale && seen.test(this)) repaint();
    }

    /** True while the last tap waits to be seen. */
    boolean stale() {
        return stale;
    }

    void setEvents(MapEvents events) {
        this.events = events;
    }

    ObjectProperty<Paint> inkProperty() {
        return ink;
    }

    void setHovered(int item) {
        if (item == hovered) return;
        hovered = item;
        redraw();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        if (tap == null) return 0;
        return heightAt(width < 0 ? computePrefWidth(-1) : width);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        // only a new size needs a new drawing; a new tap and the pointer redraw for themselves
        if (sizeCanvas(getWidth(), computePrefHeight(getWidth()))) redraw();
    }

    @Override
    protected void paint(GraphicsContext g, double width, double height) {
        stale = false; // whatever asked for it, the current tap is painted
        if (tap == null || width <= 0) return;
        g.setImageSmoothing(false);
        paintTap(g, width);
    }
}
