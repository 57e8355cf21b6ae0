package org.convscope.ui.help;

import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Side;

/**
 * Where a callout of w×h goes so that it sits beside its target without covering it and stays
 * inside the window: on the preferred side if it fits there, else the opposite side, else one of
 * the other two; and if it fits nowhere, on the preferred side pushed inside the window.
 *
 * @param x           left of the callout's body
 * @param y           top of the callout's body
 * @param side        the side of the target the callout is on
 * @param arrowOffset along the callout's edge that faces the target, where the arrow is
 * @param fits        false when the callout had to cover part of the target to stay inside
 */
public record CalloutPlacement(double x, double y, Side side, double arrowOffset, boolean fits) {

    /** Keeps the arrow off the callout's rounded corners. */
    static final double ARROW_INSET = 20;

    /**
     * @param target the controls pointed at
     * @param area   the window's content, in the same coordinates
     * @param gap    between target and callout (the arrow's length)
     * @param margin kept free along the window's edges
     */
    public static CalloutPlacement place(Bounds target, Bounds area, double w, double h, Side preferred,
                                         double gap, double margin) {
        Bounds inner = new BoundingBox(area.getMinX() + margin, area.getMinY() + margin,
                Math.max(0, area.getWidth() - 2 * margin), Math.max(0, area.getHeight() - 2 * margin));
        Bounds t = clip(target, inner);
        for (Side s : order(preferred)) {
            CalloutPlacement p = beside(t, inner, w, h, s, gap);
            if (p.fits) return p;
        }
        return beside(t, inner, w, h, preferred, gap);
    }

    private static List<Side> order(Side preferred) {
        Side opposite = switch (preferred) {
            case LEFT -> Side.RIGHT;
            case RIGHT -> Side.LEFT;
            case TOP -> Side.BOTTOM;
            case BOTTOM -> Side.TOP;
        };
        boolean horizontal = preferred.isVertical(); // LEFT/RIGHT in JavaFX's naming
        return horizontal ? List.of(preferred, opposite, Side.BOTTOM, Side.TOP)
                : List.of(preferred, opposite, Side.RIGHT, Side.LEFT);
    }

    private static CalloutPlacement beside(Bounds t, Bounds in, double w, double h, Side s, double gap) {
        double x, y;
        switch (s) {
            case RIGHT -> { x = t.getMaxX() + gap; y = t.getCenterY() - h / 2; }
            case LEFT -> { x = t.getMinX() - gap - w; y = t.getCenterY() - h / 2; }
            case BOTTOM -> { x = t.getCenterX() - w / 2; y = t.getMaxY() + gap; }
            default -> { x = t.getCenterX() - w / 2; y = t.getMinY() - gap - h; }
        }
        boolean acrossFits = s.isVertical() ? x >= in.getMinX() && x + w <= in.getMaxX()
                : y >= in.getMinY() && y + h <= in.getMaxY();
        // sliding along the target's side never covers it; only the other direction must fit as is
        x = clamp(x, in.getMinX(), in.getMaxX() - w);
        y = clamp(y, in.getMinY(), in.getMaxY() - h);
        double offset = s.isVertical() ? clamp(t.getCenterY() - y, ARROW_INSET, h - ARROW_INSET)
                : clamp(t.getCenterX() - x, ARROW_INSET, w - ARROW_INSET);
        return new CalloutPlacement(x, y, s, offset, acrossFits);
    }

    // a target partly outside the window (a scrolled panel) is pointed at where it is visible
    private static Bounds clip(Bounds t, Bounds in) {
        double x0 = clamp(t.getMinX(), in.getMinX(), in.getMaxX()), x1 = clamp(t.getMaxX(), in.getMinX(), in.getMaxX());
        double y0 = clamp(t.getMinY(), in.getMinY(), in.getMaxY()), y1 = clamp(t.getMaxY(), in.getMinY(), in.getMaxY());
        return new BoundingBox(x0, y0, x1 - x0, y1 - y0);
    }

    private static double clamp(double v, double lo, double hi) {
        return hi < lo ? lo : Math.max(lo, Math.min(hi, v));
    }
}
