package org.convscope.data;

/** Image resizing by area averaging: each output pixel is the mean of the input area it covers. */
final class Resample {
    private Resample() {
    }

    static GrayImage area(GrayImage src, int width, int height) {
        float[][] wx = weights(src.width(), width);
        float[][] wy = weights(src.height(), height);
        // horizontal pass: [src.height × width]
        float[] tmp = new float[src.height() * width];
        for (int y = 0; y < src.height(); y++) {
            for (int x = 0; x < width; x++) {
                double s = 0;
                for (int i = 0; i < src.width(); i++) s += wx[x][i] * src.get(y, i);
                tmp[y * width + x] = (float) s;
            }
        }
        float[] out = new float[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double s = 0;
                for (int i = 0; i < src.height(); i++) s += wy[y][i] * tmp[i * width + x];
                out[y * width + x] = (float) s;
            }
        }
        return new GrayImage(width, height, out);
    }

    // weights[o][i]: the fraction of output cell o covered by input cell i, normalised to sum 1.
    private static float[][] weights(int in, int out) {
        float[][] w = new float[out][in];
        double scale = (double) in / out;
        for (int o = 0; o < out; o++) {
            double from = o * scale, to = (o + 1) * scale;
            for (int i = (int) Math.floor(from); i < Math.min(in, (int) Math.ceil(to)); i++) {
                double overlap = Math.min(to, i + 1) - Math.max(from, i);
                if (overlap > 0) w[o][i] = (float) (overlap / scale);
            }
        }
        return w;
    }
}
