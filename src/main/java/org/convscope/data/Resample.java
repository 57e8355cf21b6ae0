package org.convscope.data;

/**
 * Image resizing by area averaging: each output pixel is the mean of the input area it covers
 * (enlarging, that is nearest-neighbour with blended seams).
 */
public final class Resample {
    private Resample() {
    }

    public static GrayImage area(GrayImage src, int width, int height) {
        Footprints fx = Footprints.of(src.width(), width);
        Footprints fy = Footprints.of(src.height(), height);
        // horizontal pass: [src.height × width]
        float[] tmp = new float[src.height() * width];
        float[] px = src.pixels();
        for (int y = 0; y < src.height(); y++) {
            int row = y * src.width();
            for (int x = 0; x < width; x++) {
                double s = 0;
                float[] w = fx.weights[x];
                for (int i = 0; i < w.length; i++) s += w[i] * px[row + fx.first[x] + i];
                tmp[y * width + x] = (float) s;
            }
        }
        float[] out = new float[width * height];
        for (int y = 0; y < height; y++) {
            float[] w = fy.weights[y];
            for (int x = 0; x < width; x++) {
                double s = 0;
                for (int i = 0; i < w.length; i++) s += w[i] * tmp[(fy.first[y] + i) * width + x];
                out[y * width + x] = (float) s;
            }
        }
        return new GrayImage(width, height, out);
    }

    /**
     * For each output cell o, the input cells it covers: from {@code first[o]}, with
     * {@code weights[o][i]} the fraction of o covered by input cell first[o] + i (summing to 1).
     * Only the covering cells are kept, so shrinking costs the input's size, not input × output.
     */
    private record Footprints(int[] first, float[][] weights) {
        static Footprints of(int in, int out) {
            int[] first = new int[out];
            float[][] weights = new float[out][];
            double scale = (double) in / out;
            for (int o = 0; o < out; o++) {
                double from = o * scale, to = (o + 1) * scale;
                int lo = (int) Math.floor(from), hi = Math.min(in, (int) Math.ceil(to));
                first[o] = lo;
                weights[o] = new float[Math.max(0, hi - lo)];
                for (int i = lo; i < hi; i++) {
                    double overlap = Math.min(to, i + 1) - Math.max(from, i);
                    if (overlap > 0) weights[o][i - lo] = (float) (overlap / scale);
                }
            }
            return new Footprints(first, weights);
        }
    }
}
