package org.convscope.ui.learned;

import javafx.scene.paint.Color;

/** Ten colours that tell classes apart on the embedding map (matplotlib's and TensorBoard's tab10). */
final class ClassColours {
    private static final Color[] TAB10 = {
        Color.web("#1f77b4"), Color.web("#ff7f0e"), Color.web("#2ca02c"), Color.web("#d62728"), Color.web("#9467bd"),
        Color.web("#8c564b"), Color.web("#e377c2"), Color.web("#7f7f7f"), Color.web("#bcbd22"), Color.web("#17becf")};

    private ClassColours() {
    }

    /** Class {@code c}'s colour (they repeat after ten). */
    static Color of(int c) {
        return TAB10[Math.floorMod(c, TAB10.length)];
    }
}
