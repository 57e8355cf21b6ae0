package org.convscope.ui.drawpad;

import java.util.Arrays;
import org.convscope.data.GrayImage;

/**
 * The pad's pixels: a square of ink values (0 black, 1 white ink), drawn with a round brush whose
 * edges are anti-aliased by how much of each pixel the brush covers. Pure Java, so the drawing a
 * test makes is the drawing a user makes.
 */
final class InkCanvas {
    static final int SIZE = 280;
    private final float[] ink = new float[SIZE * SIZE];

    /** The live pixels, row-major; read them on the thread that draws. */
    float[] pixels() {
        return ink;
    }

    GrayImage copy() {
        return new GrayImage(SIZE, SIZE, ink.clone());
    }

    void clear() {
        Arrays.fill(ink, 0f);
    }

    /** Replaces every pixel with {@code image}'s (which must be SIZE × SIZE). */
    void set(GrayImage image) {
        System.arraycopy(image.pixels(), 0, ink, 0, ink.length);
    }

    /**
     * Draws the brush of radius {@code r} along the segment from (x0, y0) to (x1, y1), in pixel
     * coordinates (0..SIZE). The eraser takes ink away as the pen puts it on.
     *
     * @return the changed rectangle {left, top, right, bottom} (exclusive), or null if none
     */
    int[] segment(double x0, double y0, double x1, double y1, double r, boolean erase) {
        int left = Math.max(0, (int) Math.floor(Math.min(x0, x1) - r - 1));
        int top = Math.max(0, (int) Math.floor(Math.min(y0, y1) - r - 1));
        int right = Math.min(SIZE, (int) Math.ceil(Math.max(x0, x1) + r + 1));
        int bottom = Math.min(SIZE, (int) Math.ceil(Math.max(y0, y1) + r + 1));
        if (left >= right || top >= bottom) return null;
        double dx = x1 - x0, dy = y1 - y0, len2 = dx * dx + dy * dy;
        for (int y = top; y < bottom; y++) {
            for (int x = left; x < right; x++) {
                double px = x + 0.5 - x0, py = y + 0.5 - y0;
                double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / len2));
                double ex = px - t * dx, ey = py - t * dy;
                // coverage of a pixel by the brush edge, approximated by the distance to the edge
                float cover = (float) Math.max(0, Math.min(1, r + 0.5 - Math.sqrt(ex * ex + ey * ey)));
                if (cover == 0) continue;
                int i = y * SIZE + x;
                ink[i] = erase ? Math.min(ink[i], 1 - cover) : Math.max(ink[i], cover);
            }
        }
        return new int[] {left, top, right, bottom};
    }
}
