package org.convscope.engine.explain;

/**
 * Bilinear resizing with half-pixel centres, as {@code tf.image.resize} (TensorFlow 2), OpenCV's
 * {@code INTER_LINEAR} and PyTorch's {@code align_corners=False} do it: output pixel d samples the input at
 * (d + ½)·in/out − ½, clamped to the edge pixels.
 */
public final class Bilinear {
    private Bilinear() {
    }

    /** src: [h·w] row-major; returns [outH·outW]. */
    public static float[] resize(float[] src, int h, int w, int outH, int outW) {
        if (src.length != h * w) throw new IllegalArgumentException(src.length + " values are not " + h + "×" + w);
        float[] out = new float[outH * outW];
        for (int y = 0; y < outH; y++) {
            double sy = clamp((y + 0.5) * h / outH - 0.5, h);
            int y0 = (int) Math.floor(sy), y1 = Math.min(y0 + 1, h - 1);
            double fy = sy - y0;
            for (int x = 0; x < outW; x++) {
                double sx = clamp((x + 0.5) * w / outW - 0.5, w);
                int x0 = (int) Math.floor(sx), x1 = Math.min(x0 + 1, w - 1);
                double fx = sx - x0;
                double top = src[y0 * w + x0] * (1 - fx) + src[y0 * w + x1] * fx;
                double bottom = src[y1 * w + x0] * (1 - fx) + src[y1 * w + x1] * fx;
                out[y * outW + x] = (float) (top * (1 - fy) + bottom * fy);
            }
        }
        return out;
    }

    private static double clamp(double s, int n) {
        return Math.max(0, Math.min(n - 1, s));
    }
}
