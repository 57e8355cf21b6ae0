package org.convscope.engine.explain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.convscope.data.DatasetKind;
import org.convscope.engine.TestArrays;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * {@link Backprop#inputGradient}: the gradient at the input of any scalar of a layer's output. It agrees with the
 * class gradient at the logits, with central differences through tanh and average pooling, and at a ReLU that a
 * max pooling folds into its own backward it applies the ReLU's mask itself.
 */
class InputGradientTest {

    @Test
    void atTheLogitsItIsTheClassGradient() {
        SavedModel m = Course.model(DatasetKind.MNIST);
        Backprop bp = new Backprop(m.toSequential());
        bp.forward(Tensor.fromNchw(1, m.spec().input(), Course.image(DatasetKind.MNIST, 0)));
        float[] expected = bp.gradient(new int[] {4}, Target.LOGIT, -1).data().clone();
        int last = bp.logitLayers() - 1;
        Tensor oneHot = new Tensor(1, bp.model().layers().get(last).outputShape());
        oneHot.data()[4] = 1;
        assertArrayEquals(expected, bp.inputGradient(last, oneHot).data(), 1e-6f);
    }

    @Test
    void aReluThatMaxPoolingFoldsAppliesItsMaskHere() {
        SavedModel m = Course.model(DatasetKind.MNIST);
        Backprop bp = new Backprop(m.toSequential());
        bp.forward(Tensor.fromNchw(1, m.spec().input(), Course.image(DatasetKind.MNIST, 7)));
        Tensor y = bp.model().layers().get(1).lastOutput(); // the first ReLU, which the pooling after it folds
        Tensor d = new Tensor(1, y.shape(), TestArrays.uniform(new SplittableRandom(1), y.length(), -1, 1));
        Tensor masked = new Tensor(1, y.shape());
        for (int i = 0; i < y.length(); i++) masked.data()[i] = y.data()[i] > 0 ? d.data()[i] : 0;
        float[] atRelu = bp.inputGradient(1, d).data().clone();
        assertArrayEquals(bp.inputGradient(0, masked).data(), atRelu, 1e-6f, "d/d(ReLU output) is d/d(conv output) times the mask");
    }

    @Test
    void throughTanhAndAveragePoolingItIsTheCentralDifference() {
        ModelSpec spec = ModelSpec.parse("c4k3:tanh-ap2-c5k3:tanh-f-d10");
        Sequential model = Sequential.build(spec, 2);
        Backprop bp = new Backprop(model);
        SplittableRandom rng = new SplittableRandom(2);
        float[] x = TestArrays.uniform(rng, 784, 0, 1);
        int layer = 3; // the second convolution's tanh
        Tensor d = new Tensor(1, model.layers().get(layer).outputShape(),
                TestArrays.uniform(rng, model.layers().get(layer).outputShape().size(), -1, 1));
        bp.forward(Tensor.fromNchw(1, spec.input(), x));
        float[] g = bp.inputGradient(layer, d).data().clone();
        for (int pixel : new int[] {0, 100, 300, 406, 555, 783}) {
            double h = 1e-2;
            double up = scalar(bp, x, pixel, h, layer, d), down = scalar(bp, x, pixel, -h, layer, d);
            double numeric = (up - down) / (2 * h);
            assertEquals(numeric, g[pixel], 2e-3 + 2e-2 * Math.abs(numeric), "pixel " + pixel);
        }
    }

    // Σ d ⊙ (layer's output) for x with one pixel moved by h
    private static double scalar(Backprop bp, float[] x, int pixel, double h, int layer, Tensor d) {
        float[] moved = x.clone();
        moved[pixel] += (float) h;
        bp.forward(Tensor.fromNchw(1, bp.model().inputShape(), moved));
        float[] y = bp.model().layers().get(layer).lastOutput().data();
        double s = 0;
        for (int i = 0; i < y.length; i++) s += (double) d.data()[i] * y[i];
        return s;
    }
}
