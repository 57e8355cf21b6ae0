package org.convscope.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Side;
import org.junit.jupiter.api.Test;

/** Where a tour callout goes beside its target: pure geometry, no window. */
class CalloutPlacementTest {
    private static final Bounds AREA = new BoundingBox(0, 0, 1000, 600);
    private static final double W = 200, H = 100, GAP = 12, MARGIN = 8;

    private static CalloutPlacement place(Bounds target, Side preferred) {
        return CalloutPlacement.place(target, AREA, W, H, preferred, GAP, MARGIN);
    }

    private static void assertInside(CalloutPlacement p) {
        assertTrue(p.x() >= MARGIN && p.x() + W <= AREA.getWidth() - MARGIN, "x inside: " + p);
        assertTrue(p.y() >= MARGIN && p.y() + H <= AREA.getHeight() - MARGIN, "y inside: " + p);
    }

    private static boolean covers(CalloutPlacement p, Bounds target) {
        return new BoundingBox(p.x(), p.y(), W, H).intersects(target);
    }

    @Test
    void sitsOnThePreferredSideWhenItFits() {
        Bounds target = new BoundingBox(400, 250, 100, 50);
        CalloutPlacement p = place(target, Side.RIGHT);
        assertEquals(Side.RIGHT, p.side());
        assertTrue(p.fits());
        assertEquals(500 + GAP, p.x(), 1e-9);
        assertEquals(275 - H / 2, p.y(), 1e-9, "centred on the target");
        assertEquals(H / 2, p.arrowOffset(), 1e-9, "the arrow points at the target's centre");
        assertFalse(covers(p, target));

        CalloutPlacement below = place(target, Side.BOTTOM);
        assertEquals(Side.BOTTOM, below.side());
        assertEquals(300 + GAP, below.y(), 1e-9);
        assertEquals(450 - W / 2, below.x(), 1e-9);
        assertEquals(W / 2, below.arrowOffset(), 1e-9);
    }

    @Test
    void fallsBackToTheOppositeSide() {
        Bounds nearRight = new BoundingBox(850, 250, 100, 50);
        CalloutPlacement p = place(nearRight, Side.RIGHT);
        assertEquals(Side.LEFT, p.side());
        assertTrue(p.fits());
        assertEquals(850 - GAP - W, p.x(), 1e-9);
        assertFalse(covers(p, nearRight));

        Bounds nearBottom = new BoundingBox(400, 520, 100, 50);
        CalloutPlacement up = place(nearBottom, Side.BOTTOM);
        assertEquals(Side.TOP, up.side());
        assertEquals(520 - GAP - H, up.y(), 1e-9);
        assertInside(up);
    }

    @Test
    void thenTriesTheOtherTwoSides() {
        // as wide as the area: neither left nor right has room, below does
        Bounds wide = new BoundingBox(20, 100, 960, 60);
        CalloutPlacement p = place(wide, Side.RIGHT);
        assertEquals(Side.BOTTOM, p.side());
        assertTrue(p.fits());
        assertFalse(covers(p, wide));
        assertInside(p);

        // wide and at the bottom: above it is
        Bounds wideLow = new BoundingBox(20, 480, 960, 60);
        assertEquals(Side.TOP, place(wideLow, Side.LEFT).side());

        // tall, and the vertical order falls back to right before left
        Bounds tall = new BoundingBox(100, 20, 60, 560);
        CalloutPlacement r = place(tall, Side.TOP);
        assertEquals(Side.RIGHT, r.side());
        assertFalse(covers(r, tall));
    }

    @Test
    void slidesAlongTheTargetToStayInsideAndClampsTheArrowOffTheCorners() {
        Bounds topLeftCorner = new BoundingBox(10, 10, 40, 20); // centre y = 20: centring would leave the area
        CalloutPlacement p = place(topLeftCorner, Side.RIGHT);
        assertEquals(Side.RIGHT, p.side());
        assertTrue(p.fits());
        assertInside(p);
        assertEquals(MARGIN, p.y(), 1e-9);
        assertEquals(CalloutPlacement.ARROW_INSET, p.arrowOffset(), 1e-9, "12 px from the top would be on the corner");

        Bounds bottomRight = new BoundingBox(960, 570, 30, 20);
        CalloutPlacement q = place(bottomRight, Side.TOP);
        assertEquals(Side.TOP, q.side());
        assertInside(q);
        assertEquals(W - CalloutPlacement.ARROW_INSET, q.arrowOffset(), 1e-9);
    }

    @Test
    void whenNothingFitsItStaysInsideOnThePreferredSideAndSaysSo() {
        Bounds almostAll = new BoundingBox(20, 20, 960, 560);
        CalloutPlacement p = place(almostAll, Side.BOTTOM);
        assertFalse(p.fits());
        assertEquals(Side.BOTTOM, p.side());
        assertInside(p);
    }

    @Test
    void aTargetPartlyOutsideIsPointedAtWhereItIsVisible() {
        Bounds scrolledAway = new BoundingBox(100, -200, 80, 260); // visible from y = 8 to 60
        CalloutPlacement p = place(scrolledAway, Side.RIGHT);
        assertEquals(Side.RIGHT, p.side());
        assertInside(p);
        assertEquals(MARGIN, p.y(), 1e-9);
        assertEquals(Math.max(CalloutPlacement.ARROW_INSET, (8 + 60) / 2.0 - MARGIN), p.arrowOffset(), 1e-9);
    }
}
