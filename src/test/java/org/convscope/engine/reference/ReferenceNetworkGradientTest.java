package org.convscope.engine.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.convscope.engine.TestArrays;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.tensor.Shape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The whole reference network: loss gradient by back-propagation = central differences, every parameter and input. */
class ReferenceNetworkGradientTest {

    @ParameterizedTest(name = "{0} on {1}×{2}×{3}, batch {4}")
    @CsvSource({
            "c3k3-p2-c4k3same-f-d5-d3, 1, 9, 9, 2",
            "c4k3x2s2same:tanh-ap2-f-d6:sigmoid-d3, 2, 11, 10, 3",
            // stand-alone activations, overlapping pools, linear layers and a separate final softmax
            "c3k2:linear-relu-p3s2-f-dr0.5-d4:tanh-d3:linear-softmax, 1, 8, 7, 2",
    })
    void lossGradientMatchesFiniteDifferences(String arch, int c, int h, int w, int n) {
        ReferenceNetwork net = ReferenceNetwork.of(ModelSpec.parse(arch, Shape.image(c, h, w)));
        assertEquals(net.spec().totalParams(), net.paramCount());
        SplittableRandom rng = new SplittableRandom(arch.hashCode());
        double[] params = TestArrays.uniformDoubles(rng, net.paramCount(), -0.5, 0.5);
        double[] x = TestArrays.uniformDoubles(rng, n * c * h * w, -1, 1);
        int[] labels = rng.ints(n, 0, 3).toArray();

        ReferenceNetwork.Result r = net.evaluate(params, x, n, labels);

        assertEquals(ReferenceSoftmaxCrossEntropy.loss(net.logits(params, x, n), n, labels), r.loss(), 0);
        assertEquals(n * 3, r.logits().length);
        assertTrue(r.loss() > 0 && Double.isFinite(r.loss()));
        GradientCheck.checkScalar("dL/dparams", r.paramGrads(), params,
                p -> ReferenceSoftmaxCrossEntropy.loss(net.logits(p, x, n), n, labels));
        GradientCheck.checkScalar("dL/dx", r.inputGrad(), x,
                xs -> ReferenceSoftmaxCrossEntropy.loss(net.logits(params, xs, n), n, labels));
    }
}
