package org.convscope.ui.help;

import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Polygon;

/**
 * A tour callout: a box of text with Back / Next / Skip and an arrow on the edge that faces its
 * target. The box has a fixed width; around it a transparent band of {@link #GAP} holds the arrow
 * on whichever side it is.
 */
final class Callout extends Region {
    static final double GAP = 12;
    static final double BODY_WIDTH = 360;
    final Label counter = new Label();
    final Label title = new Label();
    final Label text = new Label();
    final Button back = new Button();
    final Button next = new Button();
    final Hyperlink skip = new Hyperlink();
    private final VBox body;
    private final Polygon arrow = new Polygon();
    private Side side = Side.RIGHT;
    private double offset = 40;

    Callout() {
        getStyleClass().add("tour-callout");
        setId("tourCallout");
        getStylesheets().add(HelpSystem.stylesheet());
        counter.setId("tourCounter");
        counter.getStyleClass().add("tour-counter");
        title.setId("tourTitle");
        title.getStyleClass().add("tour-title");
        title.setWrapText(true);
        text.setId("tourText");
        text.getStyleClass().add("tour-text");
        text.setWrapText(true);
        back.setId("tourBack");
        next.setId("tourNext");
        next.getStyleClass().add("accent");
        next.setDefaultButton(true);
        skip.setId("tourSkip");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox buttons = new HBox(8, skip, spring, back, next);
        buttons.setAlignment(Pos.CENTER_LEFT);
        body = new VBox(6, counter, title, text, buttons);
        body.getStyleClass().add("tour-callout-body");
        arrow.getStyleClass().add("tour-arrow");
        arrow.setManaged(false);
        getChildren().addAll(body, arrow);
    }

    /** Puts the arrow on the edge facing a target on {@code targetSide}, {@code offset} along it. */
    void pointTo(Side targetSide, double offset) {
        this.side = targetSide;
        this.offset = offset;
        requestLayout();
    }

    /** The arrow's tip, in this node's coordinates. */
    Point2D tip() {
        double w = getWidth() - 2 * GAP, h = getHeight() - 2 * GAP;
        return switch (side) {
            case LEFT -> new Point2D(0, GAP + Math.min(offset, h));
            case RIGHT -> new Point2D(GAP + w + GAP, GAP + Math.min(offset, h));
            case TOP -> new Point2D(GAP + Math.min(offset, w), 0);
            case BOTTOM -> new Point2D(GAP + Math.min(offset, w), GAP + h + GAP);
        };
    }

    @Override
    protected double computePrefWidth(double height) {
        return BODY_WIDTH + 2 * GAP;
    }

    @Override
    protected double computePrefHeight(double width) {
        return body.prefHeight(BODY_WIDTH) + 2 * GAP;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - 2 * GAP, h = getHeight() - 2 * GAP;
        body.resizeRelocate(GAP, GAP, w, h);
        Point2D t = tip();
        // the base overlaps the border by a pixel, so arrow and box read as one shape
        double a = GAP - 1;
        arrow.getPoints().setAll(switch (side) {
            case LEFT -> new Double[] {t.getX(), t.getY(), GAP + 1, t.getY() - a, GAP + 1, t.getY() + a};
            case RIGHT -> new Double[] {t.getX(), t.getY(), GAP + w - 1, t.getY() - a, GAP + w - 1, t.getY() + a};
            case TOP -> new Double[] {t.getX(), t.getY(), t.getX() - a, GAP + 1, t.getX() + a, GAP + 1};
            case BOTTOM -> new Double[] {t.getX(), t.getY(), t.getX() - a, GAP + h - 1, t.getX() + a, GAP + h - 1};
        });
    }
}
