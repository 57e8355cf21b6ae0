package org.convscope.ui.drawpad;

import java.util.ArrayList;
import java.util.List;
import org.convscope.data.GrayImage;
import org.convscope.data.Resample;

/**
 * What is on the pad and how it got there: strokes, pictures (an opened image, a test sample) and
 * clearings, in order, so that any of them can be undone by drawing the rest again.
 *
 * <p>A picture is shown fitted into the pad, but while nothing is drawn over it the network is
 * given the picture itself, at its own resolution: an opened file is then classified exactly as
 * {@code predict --image} classifies it.
 */
final class Drawing {
    static final int SIZE = InkCanvas.SIZE;

    private sealed interface Action permits Stroke, Picture, Clear {
    }

    private record Stroke(List<double[]> points, double radius, boolean erase) implements Action {
    }

    private record Picture(GrayImage original, GrayImage fitted) implements Action {
    }

    private record Clear() implements Action {
    }

    private final InkCanvas canvas = new InkCanvas();
    private final List<Action> history = new ArrayList<>();
    private Stroke current;
    private long version;

    /** Starts a stroke with a dot of diameter {@code width}; returns the changed rectangle. */
    int[] begin(double x, double y, double width, boolean erase) {
        current = new Stroke(new ArrayList<>(), width / 2, erase);
        current.points().add(new double[] {x, y});
        history.add(current);
        version++;
        return canvas.segment(x, y, x, y, current.radius(), erase);
    }

    /** Continues the stroke in progress to (x, y); returns the changed rectangle, or null. */
    int[] extend(double x, double y) {
        if (current == null) return null;
        double[] last = current.points().get(current.points().size() - 1);
        if (last[0] == x && last[1] == y) return null;
        current.points().add(new double[] {x, y});
        version++;
        return canvas.segment(last[0], last[1], x, y, current.radius(), current.erase());
    }

    void end() {
        current = null;
    }

    boolean drawing() {
        return current != null;
    }

    /** Puts {@code image} on the pad, fitted and centred, in place of what was there. */
    void picture(GrayImage image) {
        end();
        history.add(new Picture(image, fit(image)));
        redraw();
    }

    void clear() {
        end();
        if (isBlank()) return;
        history.add(new Clear());
        redraw();
    }

    /** Takes back the last stroke, picture or clearing; false if there is nothing to undo. */
    boolean undo() {
        end();
        if (history.isEmpty()) return false;
        history.remove(history.size() - 1);
        redraw();
        return true;
    }

    boolean canUndo() {
        return !history.isEmpty();
    }

    /** True when the pad shows nothing (no action since the last clearing). */
    boolean isBlank() {
        return history.isEmpty() || history.get(history.size() - 1) instanceof Clear;
    }

    /** Changes with every change of the pad. */
    long version() {
        return version;
    }

    float[] pixels() {
        return canvas.pixels();
    }

    /** What the network should look at: the picture itself if nothing was drawn over it, else the pad. */
    GrayImage source() {
        if (!history.isEmpty() && history.get(history.size() - 1) instanceof Picture p) return p.original();
        return canvas.copy();
    }

    private void redraw() {
        version++;
        canvas.clear();
        int start = 0;
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i) instanceof Clear || history.get(i) instanceof Picture) {
                start = i;
                break;
            }
        }
        for (Action a : history.subList(start, history.size())) {
            if (a instanceof Picture p) {
                canvas.set(p.fitted());
            } else if (a instanceof Stroke s) {
                List<double[]> pts = s.points();
                for (int i = 0; i < pts.size(); i++) {
                    double[] from = pts.get(Math.max(0, i - 1)), to = pts.get(i);
                    canvas.segment(from[0], from[1], to[0], to[1], s.radius(), s.erase());
                }
            }
        }
    }

    private static GrayImage fit(GrayImage image) {
        double scale = Math.min((double) SIZE / image.width(), (double) SIZE / image.height());
        int w = Math.max(1, Math.min(SIZE, (int) Math.round(image.width() * scale)));
        int h = Math.max(1, Math.min(SIZE, (int) Math.round(image.height() * scale)));
        GrayImage scaled = Resample.area(image, w, h);
        float[] out = new float[SIZE * SIZE];
        int top = (SIZE - h) / 2, left = (SIZE - w) / 2;
        for (int y = 0; y < h; y++) System.arraycopy(scaled.pixels(), y * w, out, (top + y) * SIZE + left, w);
        return new GrayImage(SIZE, SIZE, out);
    }
}
