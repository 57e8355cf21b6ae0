package org.convscope.engine.explain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.tensor.Shape;
import org.junit.jupiter.api.Test;

/**
 * Grad-CAM on a network small enough to compute by hand: a 4×4 image, two 3×3 filters with ReLU (2×2×2
 * maps A), Flatten and a linear Dense layer of two classes. Every number below is exact in binary, so the
 * engine must give exactly these maps.
 */
class GradCamKnownAnswerTest {
    private static final float[] IMAGE = {
            1, 0, 2, 0,
            0, 3, 1, 0,
            0, 2, 4, 0,
            1, 0, 0, 0};

    // file layout: conv kernel [2][1][3][3], conv bias [2], dense kernel [2][8] (inputs in C,H,W order), dense bias [2]
    private static final float[] WEIGHTS = {
            0, 0, 0, 0, 1, 0, 0, 0, 0,  // filter 0 copies the centre: A0 = ReLU(inner 2×2) = [[3, 1], [2, 4]]
            1, 0, 0, 0, 0, 0, 0, 0, 0,  // filter 1 copies the top-left corner,
            0, -0.5f,                   // less 0.5: A1 = ReLU([[0.5, -0.5], [-0.5, 2.5]]) = [[0.5, 0], [0, 2.5]]
            1, 1, 0, -1, 2, 2, 2, 2,    // y0 = 3 + 1 − 4 + 2·(0.5 + 2.5) = 6
            -1, -1, -1, -1, 4, 4, 4, 4, // y1 = −10 + 4·3 = 2
            0, 0};

    private static Explainer explainer(int occlusionBatch) {
        ModelSpec spec = ModelSpec.parse("c2k3-f-d2:linear", Shape.image(1, 4, 4));
        Sequential s = Sequential.build(spec, 0);
        s.importWeights(WEIGHTS);
        Explainer e = new Explainer(spec, occlusionBatch);
        e.load(s.params());
        return e;
    }

    @Test
    void thePredictedClass() {
        Explanation e = explainer(1).explain(IMAGE, ExplainOptions.of(Method.GRADCAM));
        assertArrayEquals(new float[] {6, 2}, e.logits());
        assertEquals(0, e.predicted());
        assertEquals(0, e.classIndex());
        assertEquals(0, e.layer());
        // α0 = mean(1, 1, 0, −1) = 0.25 and α1 = mean(2, 2, 2, 2) = 2, the gradient at A even where A is 0;
        // 0.25·A0 + 2·A1 = [[1.75, 0.25], [0.5, 6]], all positive; then bilinear, sampling at 0, 0.25, 0.75, 1
        assertArrayEquals(new float[] {
                1.75f, 1.375f, 0.625f, 0.25f,
                1.4375f, 1.5f, 1.625f, 1.6875f,
                0.8125f, 1.75f, 3.625f, 4.5625f,
                0.5f, 1.875f, 4.625f, 6f}, e.map());
    }

    @Test
    void whyNotTheOtherClass() {
        Explanation e = explainer(1).explain(IMAGE, ExplainOptions.of(Method.GRADCAM).withClass(1));
        assertEquals(0, e.predicted());
        assertEquals(1, e.classIndex());
        // α0 = −1, α1 = 4: −A0 + 4·A1 = [[−1, −1], [−2, 6]], and ReLU keeps only the 6
        assertArrayEquals(new float[] {
                0, 0, 0, 0,
                0, 0.375f, 1.125f, 1.5f,
                0, 1.125f, 3.375f, 4.5f,
                0, 1.5f, 4.5f, 6}, e.map());
    }

    @Test
    void onlyConvolutionsHaveGradCam() {
        Explainer e = explainer(1);
        assertEquals(java.util.List.of(0), e.convLayers());
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> e.explain(IMAGE, ExplainOptions.of(Method.GRADCAM).withLayer(1)));
        assertEquals("Grad-CAM needs a convolution layer; layer 1 is not one (convolutions: [0])", ex.getMessage());
        assertThrows(IllegalArgumentException.class, () -> e.explain(IMAGE, ExplainOptions.of(Method.SALIENCY).withClass(2)));
        assertThrows(IllegalArgumentException.class, () -> e.explain(new float[15], ExplainOptions.of(Method.SALIENCY)));
    }

    @Test
    void bilinearResizingKeepsASameSizedMapAndSamplesHalfPixelCentres() {
        float[] m = {1, 2, 3, 4, 5, 6};
        assertArrayEquals(m, Bilinear.resize(m, 2, 3, 2, 3));
        // one row of two values to four: sample points 0, 0.25, 0.75, 1
        assertArrayEquals(new float[] {0, 1, 3, 4}, Bilinear.resize(new float[] {0, 4}, 1, 2, 1, 4));
        // 4 → 2 averages neighbours: samples at 0.5 and 2.5
        assertArrayEquals(new float[] {1.5f, 5.5f}, Bilinear.resize(new float[] {1, 2, 5, 6}, 1, 4, 1, 2));
    }
}
