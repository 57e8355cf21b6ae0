package org.convscope.engine.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.convscope.data.DatasetKind;
import org.convscope.engine.TestArrays;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.reference.ReferenceLayer;
import org.convscope.engine.reference.ReferenceNetwork;
import org.convscope.engine.reference.ReferenceSoftmaxCrossEntropy;
import org.convscope.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * The float engine's class gradients equal the double-precision reference's (whose own input gradient equals
 * central differences, ReferenceClassGradientTest): at the input and at every layer's output, for a class's
 * logit and for the loss, within 1e-3 of the largest value; and Grad-CAM of every convolution layer equals
 * Grad-CAM computed from the reference's activations and gradients.
 */
class BackpropMatchesReferenceTest {
    /** Largest error allowed, as a fraction of the largest |value| of the reference's array. */
    private static final double MAX_RELATIVE = 1e-3;

    private record Case(ModelSpec spec, float[] params, float[] image) {
        float[] fileWeights() {
            Sequential s = Sequential.build(spec, 0);
            s.copyParamsFrom(params);
            return s.exportWeights();
        }
    }

    private static Case course() {
        SavedModel m = Course.model(DatasetKind.MNIST);
        return new Case(m.spec(), m.toSequential().params(), Course.image(DatasetKind.MNIST, 0));
    }

    private static Case lenetWithDropout() {
        ModelSpec spec = ModelSpec.parse("c6k5same:tanh-ap2-c16k5:tanh-ap2-f-dr0.5-d120:tanh-d84:tanh-d10");
        Sequential s = Sequential.build(spec, 16);
        SplittableRandom rng = new SplittableRandom(16);
        float[] p = s.params().clone();
        for (int i = 0; i < p.length; i++) p[i] += (float) (0.05 * (rng.nextDouble() - 0.5));
        return new Case(spec, p, TestArrays.uniform(rng, 784, 0, 1));
    }

    @Test
    void courseModelGradientsAtEveryLayer() {
        everyLayer(course());
    }

    @Test
    void samePaddingTanhAveragePoolingAndDropoutGradientsAtEveryLayer() {
        everyLayer(lenetWithDropout());
    }

    private static void everyLayer(Case c) {
        Explainer e = Explainer.of(c.spec(), c.params());
        Backprop bp = e.backprop();
        ReferenceNetwork ref = ReferenceNetwork.of(c.spec());
        double[] w = TestArrays.toDouble(c.fileWeights()), x = TestArrays.toDouble(c.image());
        double[] z = ref.logits(w, x, 1); // z: [1,K]
        int k = z.length;
        assertEquals(ref.layers().size(), bp.logitLayers(), "the reference leaves the final softmax to the loss, as forward does");
        for (int cls : new int[] {argmax(z), (argmax(z) + 3) % k}) {
            for (Target t : Target.values()) {
                double[] seed = t == Target.LOGIT ? oneHot(k, cls) : ReferenceSoftmaxCrossEntropy.gradient(z, 1, new int[] {cls});
                double[][] expected = ref.outputGradients(w, x, 1, seed);
                bp.forward(Tensor.fromNchw(1, c.spec().input(), c.image()));
                for (int layer = -1; layer < bp.logitLayers(); layer++) {
                    float[] actual = bp.gradient(new int[] {cls}, t, layer).toNchw();
                    assertClose(expected[layer + 1], actual, t + " of class " + cls + " at the output of layer " + layer);
                }
            }
        }
    }

    @Test
    void gradCamOfEveryConvolutionEqualsTheReferences() {
        Case c = course();
        Explainer e = Explainer.of(c.spec(), c.params());
        ReferenceNetwork ref = ReferenceNetwork.of(c.spec());
        double[] w = TestArrays.toDouble(c.fileWeights()), x = TestArrays.toDouble(c.image());
        List<double[]> acts = activations(ref, w, x); // acts.get(i): the output of layer i, [1,C,H,W]
        int cls = 2; // not the predicted 7: "why not 2?" weighs the maps differently
        double[][] grads = ref.outputGradients(w, x, 1, oneHot(10, cls));
        assertEquals(List.of(0, 2, 4), e.convLayers());
        for (int spec : e.convLayers()) {
            int runtime = reluAfter(spec);
            ReferenceLayer relu = ref.layers().get(runtime);
            int ch = relu.outputShape().channels(), h = relu.outputShape().height(), wd = relu.outputShape().width();
            double[] a = acts.get(runtime), g = grads[runtime + 1];
            float[] cam = new float[h * wd];
            for (int p = 0; p < h * wd; p++) {
                double s = 0;
                for (int m = 0; m < ch; m++) {
                    double alpha = 0;
                    for (int q = 0; q < h * wd; q++) alpha += g[m * h * wd + q];
                    s += alpha / (h * wd) * a[m * h * wd + p];
                }
                cam[p] = (float) Math.max(0, s);
            }
            double[] expected = TestArrays.toDouble(Bilinear.resize(cam, h, wd, 28, 28));
            Explanation got = e.explain(c.image(), ExplainOptions.of(Method.GRADCAM).withClass(cls).withLayer(spec));
            assertEquals(spec, got.layer());
            assertTrue(got.maxAbs() > 0, "Grad-CAM of layer " + spec + " is not all 0");
            assertClose(expected, got.map(), "Grad-CAM of layer " + spec);
        }
    }

    // course model: conv2d(0) relu(1) pool(2) conv2d(3) relu(4) pool(5) conv2d(6) relu(7) …: spec 0, 2, 4 → runtime 1, 4, 7
    private static int reluAfter(int specConv) {
        return specConv / 2 * 3 + 1;
    }

    private static List<double[]> activations(ReferenceNetwork ref, double[] w, double[] x) {
        List<double[]> out = new ArrayList<>();
        double[] t = x;
        for (int i = 0; i < ref.layers().size(); i++) {
            t = ref.layers().get(i).forward(t, 1, w, ref.paramOffset(i));
            out.add(t);
        }
        return out;
    }

    static void assertClose(double[] expected, float[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        double scale = 0, worst = 0;
        int at = -1;
        for (double v : expected) scale = Math.max(scale, Math.abs(v));
        assertTrue(scale > 0, what + ": the reference is all 0, the comparison would prove nothing");
        for (int i = 0; i < expected.length; i++) {
            double err = Math.abs(actual[i] - expected[i]);
            if (err > worst) {
                worst = err;
                at = i;
            }
        }
        if (worst > MAX_RELATIVE * scale) {
            fail(what + "[" + at + "] = " + actual[at] + ", reference " + expected[at] + ": error " + worst / scale
                    + " of the largest value " + scale);
        }
    }

    private static double[] oneHot(int k, int c) {
        double[] v = new double[k];
        v[c] = 1;
        return v;
    }

    private static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) if (v[i] > v[best]) best = i;
        return best;
    }
}
