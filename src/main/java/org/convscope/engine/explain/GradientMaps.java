package org.convscope.engine.explain;

import org.convscope.engine.tensor.Shape;

/** Input gradients made into one value per pixel: saliency (Simonyan et al. 2014) and gradient × input. */
final class GradientMaps {
    private GradientMaps() {
    }

    /** max over channels of |g|. g: [H,W,C] of one example at {@code off}; returns [H·W]. */
    static float[] saliency(float[] g, int off, Shape in) {
        int c = in.channels(), pixels = in.height() * in.width();
        float[] map = new float[pixels];
        for (int p = 0; p < pixels; p++) {
            float m = 0;
            for (int ch = 0; ch < c; ch++) m = Math.max(m, Math.abs(g[off + p * c + ch]));
            map[p] = m;
        }
        return map;
    }

    /** Σ over channels of g·x. g, x: [H,W,C] of one example at offset 0; returns [H·W]. */
    static float[] gradTimesInput(float[] g, float[] x, Shape in) {
        int c = in.channels(), pixels = in.height() * in.width();
        float[] map = new float[pixels];
        for (int p = 0; p < pixels; p++) {
            double s = 0;
            for (int ch = 0; ch < c; ch++) s += (double) g[p * c + ch] * x[p * c + ch];
            map[p] = (float) s;
        }
        return map;
    }
}
