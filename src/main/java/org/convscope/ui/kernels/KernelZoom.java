package org.convscope.ui.kernels;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The kernels view's zoom (screen pixels per weight) and its largest value for the layer shown. The view holds it and
 * its tool bar's slider steers it, so the kernels can be drawn before the tool bar is made.
 */
final class KernelZoom {
    static final double DEFAULT = 8, DEFAULT_MAX = 24;

    private final DoubleProperty value = new SimpleDoubleProperty(DEFAULT);
    private final DoubleProperty max = new SimpleDoubleProperty(DEFAULT_MAX);
    private final DoubleBinding cellSize = Bindings.createDoubleBinding(() -> Math.max(1, Math.rint(value.get())), value);

    DoubleProperty value() {
        return value;
    }

    DoubleProperty max() {
        return max;
    }

    /** A new largest zoom, the zoom brought within it (as the slider would). */
    void limit(double largest) {
        max.set(largest);
        if (value.get() > largest) value.set(largest);
    }

    /** Screen pixels per weight: the zoom rounded to whole pixels, so every weight is the same size. */
    DoubleBinding cellSize() {
        return cellSize;
    }
}
