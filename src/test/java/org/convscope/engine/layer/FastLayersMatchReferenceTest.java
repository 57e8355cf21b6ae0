package org.convscope.engine.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.convscope.engine.TestArrays;
import org.convscope.engine.layer.spec.Activation;
import org.convscope.engine.layer.spec.Conv2DSpec;
import org.convscope.engine.layer.spec.Padding;
import org.convscope.engine.layer.spec.Pool2DSpec;
import org.convscope.engine.reference.ReferenceActivation;
import org.convscope.engine.reference.ReferenceAvgPool2D;
import org.convscope.engine.reference.ReferenceConv2D;
import org.convscope.engine.reference.ReferenceDense;
import org.convscope.engine.reference.ReferenceFlatten;
import org.convscope.engine.reference.ReferenceLayer;
import org.convscope.engine.reference.ReferenceMaxPool2D;
import org.convscope.engine.reference.ReferenceSoftmax;
import org.convscope.engine.tensor.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each fast float layer computes what its double-precision reference computes: output, dx and
 * the parameter gradients, on random data and many shapes. Channel counts 1, 3, 5, 17, 33 and
 * widths that are not multiples of 16 send the vector kernels down their tail paths; 64 and more
 * filters reach the 4×4-tile GEMM path.
 */
class FastLayersMatchReferenceTest {
    /** Allowed error per √terms·(1 + rms) (see {@link TestArrays#assertClose}); float rounding is ~6e-8 of that. */
    static final double TOL = 2e-6;
    private static final int[] CHANNELS = {1, 3, 5, 17, 33};

    static Stream<Arguments> convolutions() {
        SplittableRandom rng = new SplittableRandom(2024);
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of(new Conv2DSpec(32, 3, Activation.LINEAR), Shape.image(1, 28, 28), 2));
        cases.add(Arguments.of(new Conv2DSpec(64, 3, Activation.LINEAR), Shape.image(32, 13, 13), 1));
        cases.add(Arguments.of(new Conv2DSpec(70, 3, 3, 1, 1, Padding.SAME, Activation.LINEAR), Shape.image(5, 9, 11), 2));
        cases.add(Arguments.of(new Conv2DSpec(130, 2, 3, 2, 3, Padding.SAME, Activation.LINEAR), Shape.image(3, 7, 10), 1));
        // a kernel larger than its image: only 'same' allows it, and every window is mostly padding
        cases.add(Arguments.of(new Conv2DSpec(3, 5, 5, 1, 1, Padding.SAME, Activation.LINEAR), Shape.image(2, 2, 3), 2));
        for (int i = 0; i < 40; i++) {
            int kh = 1 + rng.nextInt(5), kw = 1 + rng.nextInt(5);
            Padding pad = rng.nextBoolean() ? Padding.SAME : Padding.VALID;
            int minH = pad == Padding.SAME ? 1 : kh, minW = pad == Padding.SAME ? 1 : kw;
            Conv2DSpec spec = new Conv2DSpec(pick(rng, CHANNELS), kh, kw, 1 + rng.nextInt(3), 1 + rng.nextInt(3), pad, Activation.LINEAR);
            Shape in = Shape.image(pick(rng, CHANNELS), minH + rng.nextInt(14), minW + rng.nextInt(18));
            cases.add(Arguments.of(spec, in, 1 + rng.nextInt(3)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} on {1}, batch {2}")
    @MethodSource("convolutions")
    void conv2d(Conv2DSpec spec, Shape in, int n) {
        Conv2D fast = new Conv2D(spec, in);
        ReferenceConv2D ref = new ReferenceConv2D(spec, in);
        assertEquals(ref.outputShape(), fast.outputShape());
        Shape out = fast.outputShape();
        int windows = n * out.height() * out.width(); // terms of each weight-gradient sum
        compare(fast, ref, n, in.channels() * spec.kernelH() * spec.kernelW(),
                spec.filters() * spec.kernelH() * spec.kernelW(), windows, new SplittableRandom(in.hashCode() + spec.hashCode()));
    }

    static Stream<Arguments> denses() {
        SplittableRandom rng = new SplittableRandom(77);
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of(Shape.vector(576), 64, 3));
        for (int i = 0; i < 25; i++) cases.add(Arguments.of(Shape.vector(1 + rng.nextInt(70)), 1 + rng.nextInt(70), 1 + rng.nextInt(6)));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} → {1}, batch {2}")
    @MethodSource("denses")
    void dense(Shape in, int units, int n) {
        compare(new Dense(units, in), new ReferenceDense(units, in), n, in.size(), units, n, new SplittableRandom(in.size() * 100 + units));
    }

    static Stream<Arguments> pools() {
        SplittableRandom rng = new SplittableRandom(99);
        List<Arguments> cases = new ArrayList<>();
        for (Pool2DSpec.Kind kind : Pool2DSpec.Kind.values()) {
            cases.add(Arguments.of(new Pool2DSpec(kind, 2), Shape.image(32, 26, 26)));
            for (int i = 0; i < 12; i++) {
                int sh = 1 + rng.nextInt(4), sw = 1 + rng.nextInt(4);
                Pool2DSpec spec = new Pool2DSpec(kind, sh, sw, 1 + rng.nextInt(3), 1 + rng.nextInt(3));
                cases.add(Arguments.of(spec, Shape.image(pick(rng, CHANNELS), sh + rng.nextInt(12), sw + rng.nextInt(12))));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("pools")
    void pool2d(Pool2DSpec spec, Shape in) {
        boolean max = spec.kind() == Pool2DSpec.Kind.MAX;
        Layer fast = max ? new MaxPool2D(spec, in) : new AvgPool2D(spec, in);
        ReferenceLayer ref = max ? new ReferenceMaxPool2D(spec, in) : new ReferenceAvgPool2D(spec, in);
        assertEquals(ref.outputShape(), fast.outputShape());
        // overlapping windows add several gradients into one input
        int overlap = ceilDiv(spec.sizeH(), spec.strideH()) * ceilDiv(spec.sizeW(), spec.strideW());
        compare(fast, ref, 2, spec.sizeH() * spec.sizeW(), overlap, 0, new SplittableRandom(spec.hashCode()));
    }

    @Test
    void maxPoolTiesGoToTheFirstMaximumInBothEngines() {
        Pool2DSpec spec = new Pool2DSpec(Pool2DSpec.Kind.MAX, 3, 3, 2, 2);
        Shape in = Shape.image(5, 9, 11);
        int n = 2;
        SplittableRandom rng = new SplittableRandom(3);
        float[] x = new float[n * in.size()];
        for (int i = 0; i < x.length; i++) x[i] = rng.nextInt(3); // only 0, 1 and 2: ties everywhere
        ReferenceMaxPool2D ref = new ReferenceMaxPool2D(spec, in);
        float[] dy = TestArrays.uniform(rng, n * ref.outputShape().size(), -1, 1);
        FastLayerRun fast = FastLayerRun.of(new MaxPool2D(spec, in), n, x, new float[0], dy);
        double[] dx = ref.backward(TestArrays.toDouble(x), n, new double[0], 0, TestArrays.toDouble(dy), new double[0]);
        // overlapping windows may sum two float gradients: equal up to that one rounding
        assertArrayEquals(dx, TestArrays.toDouble(fast.dx()), 1e-6);
    }

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"RELU", "SIGMOID", "TANH"})
    void elementWise(Activation fn) {
        for (Shape s : new Shape[] {Shape.image(3, 5, 7), Shape.image(17, 4, 4), Shape.vector(33), Shape.vector(1)}) {
            SplittableRandom rng = new SplittableRandom(s.size());
            float[] x = TestArrays.uniform(rng, 3 * s.size(), -3, 3);
            x[0] = 0; // relu'(0) = 0 in both
            compareRun(new ActivationLayer(fn, s), new ReferenceActivation(fn, s), 3, x, new float[0], rng, 1, 1, 0);
        }
    }

    @Test
    void softmax() {
        for (int k : new int[] {1, 2, 10, 33}) {
            Shape s = Shape.vector(k);
            SplittableRandom rng = new SplittableRandom(k);
            compareRun(new ActivationLayer(Activation.SOFTMAX, s), new ReferenceSoftmax(s), 3,
                    TestArrays.uniform(rng, 3 * k, -5, 5), new float[0], rng, k, k, 0);
        }
    }

    @Test
    void flattenIsChannelMajor() {
        Shape in = Shape.image(5, 3, 7);
        SplittableRandom rng = new SplittableRandom(8);
        float[] x = TestArrays.uniform(rng, 2 * in.size(), -1, 1);
        float[] dy = TestArrays.uniform(rng, 2 * in.size(), -1, 1);
        FastLayerRun fast = FastLayerRun.of(new Flatten(in), 2, x, new float[0], dy);
        ReferenceFlatten ref = new ReferenceFlatten(in);
        assertArrayEquals(ref.forward(TestArrays.toDouble(x), 2, null, 0), TestArrays.toDouble(fast.y()), 0);
        assertArrayEquals(ref.backward(TestArrays.toDouble(x), 2, null, 0, TestArrays.toDouble(dy), null), TestArrays.toDouble(fast.dx()), 0);
    }

    @Test
    void backwardAddsToTheGradientsAlreadyThere() {
        Conv2DSpec spec = new Conv2DSpec(3, 3, 3, 1, 1, Padding.SAME, Activation.LINEAR);
        Shape in = Shape.image(2, 5, 5);
        Conv2D conv = new Conv2D(spec, in);
        SplittableRandom rng = new SplittableRandom(12);
        float[] dy = TestArrays.uniform(rng, conv.outputShape().size(), -1, 1);
        FastLayerRun once = FastLayerRun.of(conv, 1, TestArrays.uniform(rng, in.size(), -1, 1),
                TestArrays.uniform(rng, conv.paramCount(), -1, 1), dy);
        conv.backward(org.convscope.engine.tensor.Tensor.fromNchw(1, conv.outputShape(), dy), false);
        float[] twice = FastLayerRun.gradsInFileLayout(conv);
        for (int i = 0; i < twice.length; i++) assertEquals(2 * once.dParams()[i], twice[i], 1e-5f * (1 + Math.abs(twice[i])));
    }

    /** Random x, parameters and dy; then {@link #compareRun}. */
    private static void compare(Layer fast, ReferenceLayer ref, int n, int forwardTerms, int inputGradTerms,
                                int paramGradTerms, SplittableRandom rng) {
        float[] x = TestArrays.uniform(rng, n * fast.inputShape().size(), -1, 1);
        float[] params = TestArrays.uniform(rng, ref.paramCount(), -1, 1);
        compareRun(fast, ref, n, x, params, rng, forwardTerms, inputGradTerms, paramGradTerms);
    }

    private static void compareRun(Layer fast, ReferenceLayer ref, int n, float[] x, float[] params, SplittableRandom rng,
                                   int forwardTerms, int inputGradTerms, int paramGradTerms) {
        assertEquals(ref.paramCount(), fast.paramCount(), "parameter count");
        float[] dy = TestArrays.uniform(rng, n * fast.outputShape().size(), -1, 1);
        FastLayerRun run = FastLayerRun.of(fast, n, x, params, dy);
        double[] xd = TestArrays.toDouble(x), pd = TestArrays.toDouble(params);
        double[] grads = new double[pd.length];
        double[] dx = ref.backward(xd, n, pd, 0, TestArrays.toDouble(dy), grads);
        TestArrays.assertClose(ref.forward(xd, n, pd, 0), run.y(), forwardTerms, TOL, "y");
        TestArrays.assertClose(dx, run.dx(), inputGradTerms, TOL, "dx");
        TestArrays.assertClose(grads, run.dParams(), paramGradTerms, TOL, "dparams");
    }

    private static int pick(SplittableRandom rng, int[] values) {
        return values[rng.nextInt(values.length)];
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
