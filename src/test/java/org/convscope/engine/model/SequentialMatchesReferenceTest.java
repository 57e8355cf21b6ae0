package org.convscope.engine.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.convscope.engine.TestArrays;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.loss.SoftmaxCrossEntropy;
import org.convscope.engine.reference.ReferenceNetwork;
import org.convscope.engine.tensor.Shape;
import org.convscope.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fast model and the reference network, loaded with the same file-layout weights, agree on
 * logits, loss and every parameter gradient: layouts (NHWC inside, NCHW and PyTorch weights
 * outside), the fused final softmax and the batch-mean scaling all line up.
 */
class SequentialMatchesReferenceTest {
    // per √terms·(1 + rms); a whole network stacks a few layers of float rounding
    private static final double TOL = 1e-6;

    @ParameterizedTest(name = "{0} on {1}×{2}×{3}, batch {4}")
    @CsvSource({
            "c3k3-p2-c4k3same-f-d5-d3, 1, 9, 9, 2",
            "course, 1, 28, 28, 2",
            "c5k3x2s2same:tanh-ap2-f-d7:sigmoid-d4, 3, 13, 11, 3",
            "c17k2s3-p3s2-f-d33-relu-d10:linear-softmax, 1, 28, 28, 2",
            "c33k5x1s1x2same-c6k1:linear-ap3s2-f-d10:tanh, 5, 10, 17, 1",
    })
    void logitsLossAndGradientsAgree(String arch, int c, int h, int w, int n) {
        Shape input = Shape.image(c, h, w);
        ModelSpec spec = ModelSpec.parse(arch, input);
        Sequential fast = Sequential.build(spec, 7);
        ReferenceNetwork ref = ReferenceNetwork.of(spec);
        assertEquals(ref.paramCount(), fast.paramCount());

        SplittableRandom rng = new SplittableRandom(arch.hashCode());
        float[] weights = TestArrays.uniform(rng, fast.paramCount(), -0.3, 0.3); // file layout
        float[] x = TestArrays.uniform(rng, n * input.size(), 0, 1);             // x: [N,C,H,W]
        int classes = fast.classes();
        int[] labels = rng.ints(n, 0, classes).toArray();

        fast.importWeights(weights);
        assertArrayEquals(weights, fast.exportWeights(), "import then export is the identity");
        Tensor logits = fast.forward(Tensor.fromNchw(n, input, x), true);
        Tensor dLogits = new Tensor(n, logits.shape());
        double fastLoss = SoftmaxCrossEntropy.forwardBackward(logits, labels, 0, 1f / n, dLogits).lossSum() / n;
        fast.zeroGrads();
        fast.backward(dLogits);

        ReferenceNetwork.Result r = ref.evaluate(TestArrays.toDouble(weights), TestArrays.toDouble(x), n, labels);
        int fanIn = Math.max(input.size(), 576); // bounds the length of the sums behind each value
        TestArrays.assertClose(r.logits(), logits.toNchw(), fanIn, TOL, "logits");
        assertEquals(r.loss(), fastLoss, 1e-4 * (1 + r.loss()), "loss");
        TestArrays.assertClose(r.paramGrads(), fast.exportGrads(), fanIn * n, TOL, "parameter gradients");
    }

    @Test
    void aSmallerBatchAfterALargerOneReusesBuffersCorrectly() {
        Shape input = Shape.image(3, 10, 9);
        ModelSpec spec = ModelSpec.parse("c5k3s2same-p2-c4k2-f-d6-d3", input);
        Sequential fast = Sequential.build(spec, 2);
        SplittableRandom rng = new SplittableRandom(4);
        fast.forward(Tensor.fromNchw(4, input, TestArrays.uniform(rng, 4 * input.size(), 0, 1)), true);
        float[] x = TestArrays.uniform(rng, input.size(), 0, 1);
        Tensor logits = fast.forward(Tensor.fromNchw(1, input, x), true);
        Tensor dLogits = new Tensor(1, logits.shape());
        SoftmaxCrossEntropy.forwardBackward(logits, new int[] {1}, 0, 1f, dLogits);
        fast.zeroGrads();
        fast.backward(dLogits);
        ReferenceNetwork.Result r = ReferenceNetwork.of(spec).evaluate(TestArrays.toDouble(fast.exportWeights()),
                TestArrays.toDouble(x), 1, new int[] {1});
        TestArrays.assertClose(r.logits(), logits.toNchw(), 30, TOL, "logits");
        TestArrays.assertClose(r.paramGrads(), fast.exportGrads(), 30, TOL, "parameter gradients");
    }

    @Test
    void exportGradsUsesTheWeightsFileLayout() {
        Sequential model = Sequential.build(ModelSpec.parse("c5k3x2-ap2-c3k2same-f-d7-d4", Shape.image(3, 9, 8)), 3);
        // gradients that equal the weights must export as the weights do
        System.arraycopy(model.params(), 0, model.grads(), 0, model.paramCount());
        assertArrayEquals(model.exportWeights(), model.exportGrads());
    }
}
