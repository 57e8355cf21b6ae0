package org.convscope.ui.common;

import javafx.geometry.Pos;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * A track with a fill as wide as a fraction of it: a probability bar. Style classes {@code bar-track} (the
 * track) and {@code bar-fill} (the fill), so each view colours its own.
 */
public final class FractionBar extends StackPane {
    private final Region fill = new Region();
    private double fraction;

    public FractionBar() {
        getStyleClass().add("bar-track");
        fill.getStyleClass().add("bar-fill");
        getChildren().add(fill);
        setAlignment(Pos.CENTER_LEFT);
    }

    /** How much of the track the fill covers, 0..1. */
    public void setFraction(double f) {
        fraction = f;
        requestLayout();
    }

    public double fraction() {
        return fraction;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        fill.resizeRelocate(snappedLeftInset(), snappedTopInset(), Math.max(0, w * fraction),
                getHeight() - snappedTopInset() - snappedBottomInset());
    }
}
