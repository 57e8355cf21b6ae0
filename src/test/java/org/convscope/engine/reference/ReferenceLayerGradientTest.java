package org.convscope.engine.reference;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.convscope.engine.TestArrays;
import org.convscope.engine.layer.spec.Activation;
import org.convscope.engine.layer.spec.Conv2DSpec;
import org.convscope.engine.layer.spec.Padding;
import org.convscope.engine.layer.spec.Pool2DSpec;
import org.convscope.engine.tensor.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every reference layer's backward equals central differences of its forward, for every value. */
class ReferenceLayerGradientTest {

    static Stream<Arguments> convolutions() {
        return Stream.of(
                // filters, kh, kw, sh, sw, padding, C, H, W, batch
                Arguments.of(conv(2, 3, 3, 1, 1, Padding.VALID), Shape.image(1, 5, 5), 2),
                Arguments.of(conv(4, 3, 2, 2, 2, Padding.SAME), Shape.image(3, 7, 6), 2),
                Arguments.of(conv(3, 2, 3, 2, 1, Padding.VALID), Shape.image(2, 6, 5), 1),
                // same, stride 1, even kernel: 3 padding zeros per axis, 1 before and 2 after
                Arguments.of(conv(2, 4, 4, 1, 1, Padding.SAME), Shape.image(2, 6, 5), 1),
                Arguments.of(conv(2, 4, 3, 3, 2, Padding.SAME), Shape.image(3, 5, 7), 2),
                Arguments.of(conv(5, 1, 1, 1, 1, Padding.VALID), Shape.image(3, 3, 4), 2),
                // kernel larger than the image, possible only with same padding
                Arguments.of(conv(2, 5, 5, 1, 1, Padding.SAME), Shape.image(2, 2, 3), 1));
    }

    private static Conv2DSpec conv(int f, int kh, int kw, int sh, int sw, Padding p) {
        return new Conv2DSpec(f, kh, kw, sh, sw, p, Activation.LINEAR);
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("convolutions")
    void conv2d(Conv2DSpec spec, Shape in, int n) {
        ReferenceConv2D layer = new ReferenceConv2D(spec, in);
        assertTrue(layer.outputShape().equals(spec.outputShape(in)), "reference shape " + layer.outputShape());
        check(layer, n, 11);
    }

    static Stream<Arguments> pools() {
        return Stream.of(
                Arguments.of(new Pool2DSpec(Pool2DSpec.Kind.MAX, 2), Shape.image(2, 5, 7)),    // floor drops a row and a column
                Arguments.of(new Pool2DSpec(Pool2DSpec.Kind.MAX, 3, 3, 2, 2), Shape.image(3, 7, 8)), // overlapping windows
                Arguments.of(new Pool2DSpec(Pool2DSpec.Kind.MAX, 2, 3, 1, 2), Shape.image(1, 4, 9)),
                Arguments.of(new Pool2DSpec(Pool2DSpec.Kind.AVERAGE, 2), Shape.image(2, 5, 7)),
                Arguments.of(new Pool2DSpec(Pool2DSpec.Kind.AVERAGE, 3, 3, 2, 2), Shape.image(3, 7, 8)),
                Arguments.of(new Pool2DSpec(Pool2DSpec.Kind.AVERAGE, 2, 3, 1, 2), Shape.image(1, 4, 9)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("pools")
    void pool2d(Pool2DSpec spec, Shape in) {
        ReferenceLayer layer = spec.kind() == Pool2DSpec.Kind.MAX ? new ReferenceMaxPool2D(spec, in) : new ReferenceAvgPool2D(spec, in);
        assertTrue(layer.outputShape().equals(spec.outputShape(in)), "reference shape " + layer.outputShape());
        // distinct values: no ties, so max pooling is differentiable at the test point
        double[] x = TestArrays.distinct(new SplittableRandom(5), 2 * in.size());
        GradientCheck.checkLayer(layer, 2, x, new double[0], 6);
    }

    @Test
    void dense() {
        check(new ReferenceDense(5, Shape.vector(7)), 3, 21);
        check(new ReferenceDense(1, Shape.vector(13)), 2, 22);
        check(new ReferenceDense(4, Shape.vector(1)), 2, 23);
    }

    @Test
    void flatten() {
        check(new ReferenceFlatten(Shape.image(3, 2, 4)), 2, 31);
    }

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"RELU", "SIGMOID", "TANH", "LINEAR"})
    void elementWise(Activation fn) {
        ReferenceActivation layer = new ReferenceActivation(fn, Shape.image(2, 3, 5));
        SplittableRandom rng = new SplittableRandom(41);
        double[] x = new double[2 * 30];
        // |x| ≥ 0.1 keeps relu away from its kink at 0
        for (int i = 0; i < x.length; i++) x[i] = (rng.nextBoolean() ? 1 : -1) * (0.1 + 2 * rng.nextDouble());
        GradientCheck.checkLayer(layer, 2, x, new double[0], 42);
    }

    @Test
    void softmax() {
        check(new ReferenceSoftmax(Shape.vector(5)), 3, 51);
        check(new ReferenceSoftmax(Shape.vector(10)), 2, 52);
    }

    @Test
    void softmaxCrossEntropy() {
        SplittableRandom rng = new SplittableRandom(61);
        int n = 3, k = 4;
        double[] z = TestArrays.uniformDoubles(rng, n * k, -3, 3);
        int[] labels = {2, 0, 3};
        double[] analytic = ReferenceSoftmaxCrossEntropy.gradient(z, n, labels);
        GradientCheck.checkScalar("dL/dz", analytic, z, at -> ReferenceSoftmaxCrossEntropy.loss(at, n, labels));
    }

    /** Random x and parameters in [−1, 1). */
    private static void check(ReferenceLayer layer, int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = TestArrays.uniformDoubles(rng, n * layer.inputShape().size(), -1, 1);
        double[] params = TestArrays.uniformDoubles(rng, layer.paramCount(), -1, 1);
        GradientCheck.checkLayer(layer, n, x, params, seed + 1);
    }
}
