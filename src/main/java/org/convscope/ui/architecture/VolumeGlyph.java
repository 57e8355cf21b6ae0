package org.convscope.ui.architecture;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import org.convscope.engine.tensor.Shape;

/**
 * A block's output drawn to {@link GlyphScale}: an H×W×C image as a box seen from the front-left
 * (the front face is one channel, the depth runs through the channels), a vector as a bar.
 */
final class VolumeGlyph extends Pane {
    // the depth axis recedes up and to the right
    private static final double DX = 0.75, DY = 0.45;

    private final Shape shape;
    private final GlyphScale scale;
    private Node kernelWindow;

    VolumeGlyph(Shape shape, GlyphScale scale) {
        this.shape = shape;
        this.scale = scale;
        getStyleClass().add("volume");
        if (shape.isImage()) {
            double w = scale.side(shape.width()), h = scale.side(shape.height()), d = scale.depth(shape.channels());
            getChildren().add(box(w, h, d, "volume-face"));
            fix(w + d * DX + 1, h + d * DY + 1);
        } else {
            drawVector();
        }
    }

    private void drawVector() {
        int n = shape.size();
        double length = scale.vectorLength(n);
        if (n <= GlyphScale.MAX_CELLS) {
            double cell = length / n;
            for (int i = 0; i < n; i++) {
                Rectangle r = new Rectangle(i * cell, 0, cell, GlyphScale.VECTOR_HEIGHT);
                r.getStyleClass().addAll("volume-face", "face-front");
                getChildren().add(r);
            }
        } else {
            Rectangle r = new Rectangle(0, 0, length, GlyphScale.VECTOR_HEIGHT);
            r.getStyleClass().addAll("volume-face", "face-front");
            getChildren().add(r);
        }
        fix(length + 1, GlyphScale.VECTOR_HEIGHT + 1);
    }

    private void fix(double width, double height) {
        setMinSize(width, height);
        setPrefSize(width, height);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    }

    /** A w×h front face with depth d receding behind it, its top-left front corner at (0, d·DY). */
    private static Group box(double w, double h, double d, String faceClass) {
        double dx = d * DX, dy = d * DY;
        Polygon top = face(faceClass, "face-top", 0, dy, dx, 0, dx + w, 0, w, dy);
        Polygon side = face(faceClass, "face-side", w, dy, w + dx, 0, w + dx, h, w, dy + h);
        Polygon front = face(faceClass, "face-front", 0, dy, w, dy, w, dy + h, 0, dy + h);
        return new Group(top, side, front);
    }

    private static Polygon face(String faceClass, String which, double... points) {
        Polygon p = new Polygon(points);
        p.getStyleClass().addAll(faceClass, which);
        return p;
    }

    /**
     * Adds a hidden kh×kw window at the top-left corner, through every channel: the part of this
     * block that one filter of the next Conv2D reads at once.
     */
    void addKernelWindow(int kh, int kw) {
        if (!shape.isImage()) return;
        double d = scale.depth(shape.channels());
        Group window = box(Math.max(5, scale.side(kw)), Math.max(5, scale.side(kh)), d, "kernel-face");
        window.getStyleClass().add("kernel-window");
        window.setVisible(false);
        getChildren().add(window);
        kernelWindow = window;
    }

    /** The window added by {@link #addKernelWindow}, or null. */
    Node kernelWindow() {
        return kernelWindow;
    }

    Shape shape() {
        return shape;
    }
}
