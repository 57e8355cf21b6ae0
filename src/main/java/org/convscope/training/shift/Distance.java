package org.convscope.training.shift;

import org.convscope.engine.tensor.Shape;

/** How far apart two maps are, relative to the size of the reference: ‖a − b‖ / ‖b‖ (0 when b is all zero). */
final class Distance {
    private Distance() {
    }

    static double relative(float[] a, float[] b) {
        double diff = 0, norm = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            diff += d * d;
            norm += (double) b[i] * b[i];
        }
        return norm == 0 ? 0 : Math.sqrt(diff / norm);
    }

    /**
     * {@code a} against {@code b} moved {@code mx} cells right and {@code my} down ([C,H,W] of {@code shape}),
     * over the cells where the moved {@code b} is known: what moved in from beyond the edge is left out.
     */
    static double relativeMoved(float[] a, float[] b, Shape shape, int mx, int my) {
        int c = shape.channels(), h = shape.height(), w = shape.width();
        double diff = 0, norm = 0;
        for (int ch = 0; ch < c; ch++) {
            for (int y = Math.max(0, my); y < Math.min(h, h + my); y++) {
                for (int x = Math.max(0, mx); x < Math.min(w, w + mx); x++) {
                    float ref = b[(ch * h + y - my) * w + x - mx];
                    double d = a[(ch * h + y) * w + x] - ref;
                    diff += d * d;
                    norm += (double) ref * ref;
                }
            }
        }
        return norm == 0 ? 0 : Math.sqrt(diff / norm);
    }
}
