package org.convscope.engine.model;

import java.util.SplittableRandom;
import org.convscope.engine.TestArrays;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.loss.SoftmaxCrossEntropy;
import org.convscope.engine.reference.ReferenceNetwork;
import org.convscope.engine.tensor.Shape;
import org.convscope.engine.tensor.Tensor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A convolution whose last rows and columns no pooling window reads skips them in backward; the
 * gradients still match the reference, which computes them all (they are zero). The poolings
 * leave 0, 1 and 2 rows unread, through a ReLU, a tanh, or nothing in between.
 */
class PooledGradientLimitTest {

    @ParameterizedTest(name = "{0} on 16×{1}×{2}")
    @CsvSource({
            "c64k3-p2-f-d5, 11, 11",
            "c64k3:tanh-p4x3s3x2-f-d4, 12, 10",
            "c64k3:linear-ap2-f-d3, 10, 9",
            "c64k2s2-p3s2-c64k1-p2-f-d3, 16, 13",
    })
    void gradientsMatchTheReference(String arch, int h, int w) {
        Shape input = Shape.image(16, h, w);
        ModelSpec spec = ModelSpec.parse(arch, input);
        Sequential fast = Sequential.build(spec, 3);
        SplittableRandom rng = new SplittableRandom(arch.hashCode());
        float[] weights = TestArrays.uniform(rng, fast.paramCount(), -0.3, 0.3); // file layout
        int n = 3;
        float[] x = TestArrays.uniform(rng, n * input.size(), 0, 1);             // x: [N,C,H,W]
        int[] labels = rng.ints(n, 0, fast.classes()).toArray();
        fast.importWeights(weights);
        Tensor logits = fast.forward(Tensor.fromNchw(n, input, x), true);
        Tensor dLogits = new Tensor(n, logits.shape());
        SoftmaxCrossEntropy.forwardBackward(logits, labels, 0, 1f / n, dLogits);
        fast.zeroGrads();
        fast.backward(dLogits);
        ReferenceNetwork.Result r = ReferenceNetwork.of(spec).evaluate(TestArrays.toDouble(weights), TestArrays.toDouble(x), n, labels);
        TestArrays.assertClose(r.logits(), logits.toNchw(), input.size(), 1e-6, "logits");
        TestArrays.assertClose(r.paramGrads(), fast.exportGrads(), input.size() * n, 1e-6, "parameter gradients");
    }
}
