package org.convscope.training.shift;

import org.convscope.engine.tensor.Shape;

/** Moves an image or a feature map by whole cells; what comes in at the edge is 0 (the background of MNIST). */
public final class ImageShift {
    private ImageShift() {
    }

    /**
     * {@code values} [C,H,W] of {@code shape} moved {@code dx} cells right and {@code dy} down:
     * out(c, y, x) = values(c, y − dy, x − dx), or 0 where that is off the map.
     */
    public static float[] shift(float[] values, Shape shape, int dx, int dy) {
        int c = shape.channels(), h = shape.height(), w = shape.width();
        float[] out = new float[values.length];
        for (int ch = 0; ch < c; ch++) {
            for (int y = Math.max(0, dy); y < Math.min(h, h + dy); y++) {
                int from = (ch * h + y - dy) * w, to = (ch * h + y) * w;
                int x0 = Math.max(0, dx), x1 = Math.min(w, w + dx);
                if (x1 > x0) System.arraycopy(values, from + x0 - dx, out, to + x0, x1 - x0);
            }
        }
        return out;
    }
}
