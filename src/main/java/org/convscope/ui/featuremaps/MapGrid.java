package org.convscope.ui.featuremaps;

import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Every map (channel) of one layer output on a single canvas, in channel order, wrapping to the
 * width: one node however many maps there are. Maps are drawn with square unsmoothed pixels at an
 * integer zoom; the pointer is resolved to (channel, row, column).
 */
final class MapGrid extends TapCanvas {
    static final double GAP = 4;
    private static final double MARGIN = 2; // room for the outline of the enlarged map
    private WritableImage atlas; // the maps stacked vertically: W × (H·C)
    private TapImage atlasOf; // the tap the atlas holds
    private int scale = 1;
    private int selected = -1;

    MapGrid() {
        super("map-grid");
        canvas().setOnMouseClicked(e -> {
            int[] hit = hit(e.getX(), e.getY());
            if (hit == null) return; // a click between maps counts as outside: it closes the enlargement
            e.consume();
            events.click(tap, hit[0]);
        });
    }

    /** Paints {@code t}, each map about {@code targetSize} pixels wide. */
    void show(TapImage t, double targetSize) {
        tap = t;
        atlasOf = null;
        int s = (int) Math.max(1, Math.round(targetSize / t.shape().width()));
        if (s != scale) {
            scale = s;
            requestLayout();
        }
        repaint();
    }

    // the tap's pixels into the atlas, at the first paint that needs them (a tap out of sight is never written)
    private void writeAtlas() {
        if (atlasOf == tap) return;
        atlasOf = tap;
        int w = tap.shape().width(), h = tap.shape().height() * tap.shape().channels();
        if (atlas == null || atlas.getWidth() != w || atlas.getHeight() != h) atlas = new WritableImage(w, h);
        atlas.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), tap.argb(), 0, w);
    }

    void setSelected(int channel) {
        if (channel == selected) return;
        selected = channel;
        redraw();
    }

    int mapCount() {
        return tap == null ? 0 : tap.mapCount();
    }

    /** Pixels per value. */
    int scale() {
        return scale;
    }

    private double mapWidth() {
        return tap.shape().width() * scale;
    }

    private double mapHeight() {
        return tap.shape().height() * scale;
    }

    private int columns(double width) {
        double usable = width - 2 * MARGIN;
        return (int) Math.max(1, Math.min(tap.mapCount(), Math.floor((usable + GAP) / (mapWidth() + GAP))));
    }

    private int rows(double width) {
        return (tap.mapCount() + columns(width) - 1) / columns(width);
    }

    /** Centre of value (row, column) of map {@code channel}, in this node's coordinates. */
    Point2D pointOf(int channel, int row, int column) {
        int cols = columns(getWidth());
        double x = MARGIN + channel % cols * (mapWidth() + GAP) + (column + 0.5) * scale;
        double y = MARGIN + channel / cols * (mapHeight() + GAP) + (row + 0.5) * scale;
        return new Point2D(x, y);
    }

    /** {channel, row, column} under (x, y), or null between maps. */
    private int[] hit(double x, double y) {
        if (tap == null) return null;
        int cols = columns(getWidth());
        x -= MARGIN;
        y -= MARGIN;
        int col = (int) Math.floor(x / (mapWidth() + GAP)), row = (int) Math.floor(y / (mapHeight() + GAP));
        double inX = x - col * (mapWidth() + GAP), inY = y - row * (mapHeight() + GAP);
        int channel = row * cols + col;
        if (x < 0 || y < 0 || col >= cols || inX >= mapWidth() || inY >= mapHeight() || channel >= tap.mapCount()) return null;
        return new int[] {channel, (int) (inY / scale), (int) (inX / scale)};
    }

    @Override
    void pointerAt(double x, double y) {
        int[] hit = hit(x, y);
        setHovered(hit == null ? -1 : hit[0]);
        if (hit == null) events.exit();
        else events.hover(tap, hit[0], hit[1], hit[2]);
    }

    @Override
    protected double computePrefWidth(double height) {
        return tap == null ? 0 : Math.min(tap.mapCount(), 16) * (mapWidth() + GAP) - GAP + 2 * MARGIN;
    }

    @Override
    protected double computeMinWidth(double height) {
        return tap == null ? 0 : mapWidth() + 2 * MARGIN;
    }

    @Override
    double heightAt(double width) {
        return rows(width) * (mapHeight() + GAP) - GAP + 2 * MARGIN;
    }

    @Override
    void paintTap(GraphicsContext g, double width) {
        writeAtlas();
        int cols = columns(width);
        double mw = mapWidth(), mh = mapHeight();
        int h = tap.shape().height();
        Color frame = Ink.of(ink.get(), 0.25), hover = Ink.of(ink.get(), 0.9);
        // a frame round each map, as a map of zeros is white and must not vanish into the page: thin fills, not
        // strokes, the cheap path of the software renderer; the canvas is clear, so the map goes straight onto it
        for (int c = 0; c < tap.mapCount(); c++) {
            double x = MARGIN + c % cols * (mw + GAP), y = MARGIN + c / cols * (mh + GAP);
            boolean chosen = c == selected;
            g.setFill(chosen ? Ink.SELECTED : c == hovered ? hover : frame);
            Ink.outline(g, x, y, mw, mh, chosen ? 2 : 1);
            g.drawImage(atlas, 0, c * h, tap.shape().width(), h, x, y, mw, mh);
        }
    }
}
