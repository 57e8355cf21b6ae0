package org.convscope.engine.explain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.convscope.data.DatasetKind;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * The maps are the textbook definitions, computed from the logits' input gradient with no normalisation:
 * saliency |∂y_c/∂x|, gradient × input ∂y_c/∂x · x, SmoothGrad the saliency of the mean gradient over
 * seeded noisy copies; and the loss's gradient is the one the logits' gradients make together.
 */
class MapDefinitionsTest {
    private static final SavedModel MODEL = Course.model(DatasetKind.MNIST);
    private static final float[] FOUR = Course.image(DatasetKind.MNIST, 4);

    private static Explainer explainer() {
        return Explainer.of(MODEL.spec(), MODEL.toSequential().params());
    }

    // ∂y_c/∂x through the explainer's own Backprop: [784]
    private static float[] logitGradient(Explainer e, int cls) {
        e.backprop().forward(Tensor.fromNchw(1, MODEL.spec().input(), FOUR));
        return e.backprop().gradient(new int[] {cls}, Target.LOGIT, -1).data().clone();
    }

    @Test
    void saliencyAndGradientTimesInput() {
        Explainer e = explainer();
        Explanation s = e.explain(FOUR, ExplainOptions.of(Method.SALIENCY));
        assertEquals(4, s.predicted(), "the course model reads the 4");
        assertEquals(4, s.classIndex(), "the predicted class by default");
        float[] g = logitGradient(e, 4);
        float[] abs = new float[784], times = new float[784];
        for (int i = 0; i < 784; i++) {
            abs[i] = Math.abs(g[i]);
            times[i] = (float) ((double) g[i] * FOUR[i]);
        }
        assertArrayEquals(abs, s.map());
        Explanation gx = e.explain(FOUR, ExplainOptions.of(Method.GRADXINPUT));
        for (int i = 0; i < 784; i++) assertEquals(times[i], gx.map()[i], 0f, "pixel " + i); // 0 and −0 alike
        assertTrue(Arrays.stream(box(gx.map())).anyMatch(v -> v < 0) && Arrays.stream(box(gx.map())).anyMatch(v -> v > 0),
                "gradient × input is signed");
        assertEquals(0f, gx.at(0, 0), "a black pixel contributes nothing");
    }

    @Test
    void smoothGradWithoutNoiseIsSaliencyAndItsNoiseIsSeeded() {
        Explainer e = explainer();
        ExplainOptions smooth = ExplainOptions.of(Method.SMOOTHGRAD);
        float[] saliency = e.explain(FOUR, ExplainOptions.of(Method.SALIENCY)).map();
        assertArrayEquals(saliency, e.explain(FOUR, smooth.withNoise(30, 0, 1)).map(), "σ = 0: every copy is the image");
        float[] a = e.explain(FOUR, smooth).map();
        assertArrayEquals(a, e.explain(FOUR, smooth).map(), "the same seed, the same map");
        assertArrayEquals(a, explainer().explain(FOUR, smooth).map(), "in another explainer too");
        assertFalse(Arrays.equals(a, e.explain(FOUR, smooth.withNoise(50, 0.15, 2)).map()), "another seed, other noise");
        assertFalse(Arrays.equals(a, saliency));
    }

    @Test
    void theLossGradientIsTheLogitGradientsWeightedBySoftmaxMinusOneHot() {
        Explainer e = explainer();
        int cls = 9; // the loss if the answer were 9
        Explanation loss = e.explain(FOUR, ExplainOptions.of(Method.GRADXINPUT).withTarget(Target.LOSS).withClass(cls));
        float[] p = loss.probabilities();
        double[] expected = new double[784];
        for (int j = 0; j < 10; j++) {
            float[] g = logitGradient(e, j);
            double weight = p[j] - (j == cls ? 1 : 0);
            for (int i = 0; i < 784; i++) expected[i] += weight * g[i] * FOUR[i];
        }
        double scale = Arrays.stream(expected).map(Math::abs).max().orElseThrow();
        assertTrue(scale > 0);
        for (int i = 0; i < 784; i++) assertEquals(expected[i], loss.map()[i], 1e-5 * scale, "pixel " + i);
    }

    private static Float[] box(float[] v) {
        Float[] b = new Float[v.length];
        for (int i = 0; i < v.length; i++) b[i] = v[i];
        return b;
    }
}
