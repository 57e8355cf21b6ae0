package org.convscope.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.convscope.engine.TestArrays;
import org.junit.jupiter.api.Test;

/** The element-wise kernels over lengths that leave vector tails, at offsets. */
class VecTest {

    @Test
    void addIntoAtOffsets() {
        SplittableRandom rng = new SplittableRandom(1);
        for (int n = 0; n < 70; n++) {
            int s = rng.nextInt(5), d = rng.nextInt(5);
            float[] src = TestArrays.uniform(rng, s + n + 3, -1, 1);
            float[] dst = TestArrays.uniform(rng, d + n + 3, -1, 1);
            float[] before = dst.clone();
            Vec.addInto(src, s, dst, d, n);
            for (int i = 0; i < dst.length; i++) {
                boolean inside = i >= d && i < d + n;
                assertEquals(inside ? before[i] + src[s + i - d] : before[i], dst[i], "n=" + n + " i=" + i);
            }
        }
    }

    @Test
    void reluAndItsGradient() {
        SplittableRandom rng = new SplittableRandom(2);
        for (int n = 1; n < 70; n++) {
            float[] x = TestArrays.uniform(rng, n, -1, 1);
            x[rng.nextInt(n)] = 0;
            float[] y = new float[n], dy = TestArrays.uniform(rng, n, -1, 1), dx = new float[n];
            Vec.relu(x, y, n);
            Vec.reluBackward(y, dy, dx, n);
            for (int i = 0; i < n; i++) {
                assertEquals(Math.max(x[i], 0f), y[i]);
                assertEquals(x[i] > 0 ? dy[i] : 0f, dx[i], "relu'(" + x[i] + ")"); // 0 at 0
            }
        }
    }

    @Test
    void sumRows() {
        float[] a = {1, 2, 3, 10, 20, 30, 100, 200, 300};
        float[] out = {0.5f, 0, 0, 0};
        Vec.sumRowsInto(a, 0, 3, 3, out, 1);
        assertEquals(0.5f, out[0]);
        assertEquals(111f, out[1]);
        assertEquals(222f, out[2]);
        assertEquals(333f, out[3]);
    }
}
