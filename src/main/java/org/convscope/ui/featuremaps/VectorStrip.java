package org.convscope.ui.featuremaps;

import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A vector as a heat bar, one cell per value in order. A flattened vector keeps whole channels on a
 * row and ticks where each channel starts (numbered every few), so C·H·W order can be read off.
 */
final class VectorStrip extends TapCanvas {
    private static final double MIN_CELL = 3, MAX_CELL = 32, BAR = 20, TICKS = 16, ROW_GAP = 6, MARGIN = 1;
    private WritableImage strip;
    private TapImage stripOf; // the tap the strip holds
    private int group = 1; // values per channel of a flattened image; 1 for a plain vector

    VectorStrip() {
        super("vector-strip");
    }

    void show(TapImage t) {
        boolean relayout = tap == null || tap.shape().size() != t.shape().size();
        tap = t;
        stripOf = null;
        group = t.kind().equals("flatten") && t.inputShape().isImage() ? t.inputShape().height() * t.inputShape().width() : 1;
        if (relayout) requestLayout();
        repaint();
    }

    // the tap's colours into the strip, at the first paint that needs them
    private void writeStrip() {
        if (stripOf == tap) return;
        stripOf = tap;
        int n = tap.values().length;
        if (strip == null || strip.getWidth() != n) strip = new WritableImage(n, 1);
        strip.getPixelWriter().setPixels(0, 0, n, 1, PixelFormat.getIntArgbInstance(), tap.argb(), 0, n);
    }

    private int count() {
        return tap == null ? 0 : tap.values().length;
    }

    /** Values on one row: as many whole channels as fit at the smallest readable cell. */
    private int perRow(double width) {
        int n = count();
        int fit = (int) Math.max(1, Math.floor((width - 2 * MARGIN) / MIN_CELL));
        if (group > 1) fit = Math.max(group, fit / group * group);
        return Math.max(1, Math.min(n, fit));
    }

    private double cell(double width) {
        return Math.min(MAX_CELL, (width - 2 * MARGIN) / perRow(width));
    }

    private double rowHeight() {
        return BAR + (group > 1 ? TICKS : 0);
    }

    private int rows(double width) {
        return (count() + perRow(width) - 1) / perRow(width);
    }

    /** Centre of element {@code i}, in this node's coordinates. */
    Point2D pointOf(int i) {
        int per = perRow(getWidth());
        double c = cell(getWidth());
        return new Point2D(MARGIN + (i % per + 0.5) * c, MARGIN + i / per * (rowHeight() + ROW_GAP) + BAR / 2);
    }

    private int hit(double x, double y) {
        if (tap == null) return -1;
        int per = perRow(getWidth());
        double c = cell(getWidth());
        int col = (int) Math.floor((x - MARGIN) / c), row = (int) Math.floor((y - MARGIN) / (rowHeight() + ROW_GAP));
        double inY = y - MARGIN - row * (rowHeight() + ROW_GAP);
        int i = row * per + col;
        if (x < MARGIN || y < MARGIN || col >= per || inY >= BAR || i >= count()) return -1;
        return i;
    }

    @Override
    void pointerAt(double x, double y) {
        int i = hit(x, y);
        setHovered(i);
        if (i < 0) events.exit();
        else events.hover(tap, 0, 0, i);
    }

    @Override
    protected double computePrefWidth(double height) {
        return tap == null ? 0 : Math.min(count() * MAX_CELL, 600) + 2 * MARGIN;
    }

    @Override
    protected double computeMinWidth(double height) {
        return tap == null ? 0 : Math.min(count(), 10) * MIN_CELL;
    }

    @Override
    double heightAt(double width) {
        return rows(width) * (rowHeight() + ROW_GAP) - ROW_GAP + 2 * MARGIN;
    }

    @Override
    void paintTap(GraphicsContext g, double width) {
        writeStrip();
        int n = count(), per = perRow(width);
        double c = cell(width);
        g.setFont(Font.font(10));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        int labelEvery = labelEvery(c);
        for (int start = 0, row = 0; start < n; start += per, row++) {
            int len = Math.min(per, n - start);
            double y = MARGIN + row * (rowHeight() + ROW_GAP);
            g.setFill(Ink.of(ink.get(), 0.3));
            Ink.outline(g, MARGIN, y, len * c, BAR, 1);
            g.drawImage(strip, start, 0, len, 1, MARGIN, y, len * c, BAR);
            if (group > 1) ticks(g, start, len, y + BAR, c, labelEvery);
        }
        if (hovered >= 0) {
            g.setFill(Ink.of(ink.get(), 0.9));
            double x = MARGIN + hovered % per * c, y = MARGIN + hovered / per * (rowHeight() + ROW_GAP);
            double w = Math.max(1, c);
            Ink.outline(g, x, y, w, BAR, 1);
        }
    }

    // a tick at each channel's first value; every labelEvery-th channel gets a longer tick and its number
    private void ticks(GraphicsContext g, int start, int len, double y, double cell, int labelEvery) {
        for (int i = start; i < start + len; i += group) {
            int channel = i / group;
            double x = Math.round(MARGIN + (i - start) * cell);
            boolean major = channel % labelEvery == 0;
            g.setFill(Ink.of(ink.get(), major ? 0.8 : 0.45));
            g.fillRect(x, y + 1, 1, major ? 6 : 3);
            if (major) g.fillText(Integer.toString(channel), x + 2, y + 3);
        }
    }

    // channel numbers at least ~28 px apart: every 1, 2, 4, 8, … channels
    private int labelEvery(double cell) {
        int every = 1;
        while (every * group * cell < 28) every *= 2;
        return every;
    }
}
