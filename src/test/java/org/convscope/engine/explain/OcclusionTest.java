package org.convscope.engine.explain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.convscope.data.DatasetKind;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

/** Occlusion: the drop of p_c per patch, averaged over the patches covering each pixel, in any batch size. */
class OcclusionTest {
    private static final SavedModel MODEL = Course.model(DatasetKind.FASHION_MNIST);
    private static final float[] SHIRT = Course.image(DatasetKind.FASHION_MNIST, 4);

    private static Explanation occlusion(int batch, int patch, int stride) {
        Explainer e = new Explainer(MODEL.spec(), batch);
        e.load(MODEL.toSequential().params());
        return e.explain(SHIRT, ExplainOptions.of(Method.OCCLUSION).withPatch(patch, stride));
    }

    @Test
    void batchedEqualsOneImageAtATimeExactly() {
        float[] alone = occlusion(1, 4, 1).map();
        assertArrayEquals(alone, occlusion(Occlusion.BATCH, 4, 1).map(), "625 copies in batches of 256");
        assertArrayEquals(alone, occlusion(7, 4, 1).map(), "in batches of 7, the last one short");
        assertTrue(max(alone) > 0.01, "hiding some patch costs the class at least a point of probability");
    }

    @Test
    void eachPixelIsTheMeanDropOfThePatchesCoveringIt() {
        int patch = 6, stride = 2;
        Explanation got = occlusion(Occlusion.BATCH, patch, stride);
        Sequential model = MODEL.toSequential();
        int cls = got.predicted();
        double base = probability(model, SHIRT, cls);
        double[] sum = new double[784];
        int[] count = new int[784];
        for (int top = 0; top + patch <= 28; top += stride) {
            for (int left = 0; left + patch <= 28; left += stride) {
                float[] copy = SHIRT.clone();
                for (int y = top; y < top + patch; y++) java.util.Arrays.fill(copy, y * 28 + left, y * 28 + left + patch, 0f);
                double drop = base - probability(model, copy, cls);
                for (int y = top; y < top + patch; y++) {
                    for (int x = left; x < left + patch; x++) {
                        sum[y * 28 + x] += drop;
                        count[y * 28 + x]++;
                    }
                }
            }
        }
        for (int p = 0; p < 784; p++) {
            // a float softmax here, a double one in the explainer
            assertEquals(sum[p] / count[p], got.map()[p], 2e-6, "pixel " + p);
        }
    }

    @Test
    void pixelsNoPatchCoversAreZero() {
        Explanation e = occlusion(Occlusion.BATCH, 5, 5); // patches start at 0, 5, …, 20: columns and rows 25..27 are never hidden
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                if (y >= 25 || x >= 25) assertEquals(0f, e.at(y, x), "row " + y + ", column " + x);
            }
        }
        assertTrue(max(e.map()) > 0);
    }

    private static double probability(Sequential model, float[] image, int cls) {
        return model.probabilities(new Tensor(1, model.inputShape(), image)).data()[cls];
    }

    private static float max(float[] v) {
        float m = Float.NEGATIVE_INFINITY;
        for (float f : v) m = Math.max(m, f);
        return m;
    }
}
