package org.convscope.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.convscope.engine.TestArrays;
import org.junit.jupiter.api.Test;

/**
 * row2im must be the adjoint (transpose) of im2row — that is what makes the convolution's input
 * gradient right: ⟨im2row(x), r⟩ = ⟨x, row2im(r)⟩ for every x and r.
 */
class Im2RowTest {

    @Test
    void row2imIsTheAdjointOfIm2row() {
        SplittableRandom rng = new SplittableRandom(9);
        for (int t = 0; t < 60; t++) {
            int kh = 1 + rng.nextInt(5), kw = 1 + rng.nextInt(5), sh = 1 + rng.nextInt(3), sw = 1 + rng.nextInt(3);
            int h = 1 + rng.nextInt(12), w = 1 + rng.nextInt(12), c = 1 + rng.nextInt(6), nb = 1 + rng.nextInt(2);
            // a same-style geometry: output covers the image, padding up to the kernel on both sides
            int oh = (h + sh - 1) / sh, ow = (w + sw - 1) / sw;
            int padTop = rng.nextInt(kh), padLeft = rng.nextInt(kw);
            Im2Row.Geometry g = new Im2Row.Geometry(h, w, c, kh, kw, sh, sw, padTop, padLeft, oh, ow);
            int rowsLength = nb * oh * ow * g.rowLength();
            float[] x = TestArrays.uniform(rng, nb * g.inputSize(), -1, 1);
            float[] r = TestArrays.uniform(rng, rowsLength, -1, 1);
            float[] rows = new float[rowsLength];
            float[] dx = TestArrays.uniform(rng, nb * g.inputSize(), -1, 1); // garbage: row2im must overwrite
            Im2Row.im2row(x, 0, nb, g, rows, 0);
            Im2Row.row2im(r, 0, nb, g, dx, 0);
            double left = dot(rows, r), right = dot(x, dx);
            assertEquals(left, right, 1e-4 * (1 + Math.abs(left)), g.toString());
        }
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += (double) a[i] * b[i];
        return s;
    }
}
