package org.convscope.engine.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.convscope.engine.TestArrays;
import org.convscope.engine.kernel.DirectConv;
import org.convscope.engine.kernel.Im2Row;
import org.convscope.engine.layer.spec.Activation;
import org.convscope.engine.layer.spec.Conv2DSpec;
import org.convscope.engine.layer.spec.Padding;
import org.convscope.engine.reference.ReferenceConv2D;
import org.convscope.engine.tensor.Shape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The direct (im2row-free) convolution computes what the double-precision reference computes:
 * output, dx and parameter gradients. The shapes reach every tile of its kernels: 64 and 128
 * filters, window runs that are not a multiple of 6 values (the one-row weight-gradient tile),
 * windows whose length leaves 1 or 2 vectors after the 4-vector blocks, and position counts that
 * leave a partial tile of 1 to 5.
 */
class DirectConvMatchesReferenceTest {

    static Stream<Arguments> convolutions() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of(new Conv2DSpec(64, 3, Activation.LINEAR), Shape.image(32, 13, 13), 3));  // the course model's conv2
        cases.add(Arguments.of(new Conv2DSpec(64, 3, Activation.LINEAR), Shape.image(64, 5, 5), 2));    // and conv3
        cases.add(Arguments.of(new Conv2DSpec(128, 2, 2, 1, 1, Padding.VALID, Activation.LINEAR), Shape.image(16, 6, 7), 1));
        cases.add(Arguments.of(new Conv2DSpec(64, 1, 1, 1, 1, Padding.VALID, Activation.LINEAR), Shape.image(48, 3, 4), 2));
        SplittableRandom rng = new SplittableRandom(31);
        for (int i = 0; i < 14; i++) {
            int kh = 1 + rng.nextInt(4), kw = 1 + rng.nextInt(4), sh = 1 + rng.nextInt(3), sw = 1 + rng.nextInt(3);
            Conv2DSpec spec = new Conv2DSpec(64 * (1 + rng.nextInt(2)), kh, kw, sh, sw, Padding.VALID, Activation.LINEAR);
            Shape in = Shape.image(16 * (1 + rng.nextInt(3)), kh + rng.nextInt(9), kw + rng.nextInt(9));
            cases.add(Arguments.of(spec, in, 1 + rng.nextInt(3)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} on {1}, batch {2}")
    @MethodSource("convolutions")
    void directConvolutionMatchesTheReference(Conv2DSpec spec, Shape in, int n) {
        Conv2D fast = new Conv2D(spec, in);
        assertTrue(DirectConv.applies(fast.geometry(), spec.filters()), "the direct kernels take " + spec + " on " + in);
        ReferenceConv2D ref = new ReferenceConv2D(spec, in);
        assertEquals(ref.outputShape(), fast.outputShape());
        SplittableRandom rng = new SplittableRandom(spec.hashCode() * 31L + in.hashCode());
        float[] x = TestArrays.uniform(rng, n * in.size(), -1, 1);
        float[] params = TestArrays.uniform(rng, ref.paramCount(), -1, 1);
        float[] dy = TestArrays.uniform(rng, n * fast.outputShape().size(), -1, 1);
        FastLayerRun run = FastLayerRun.of(fast, n, x, params, dy);

        double[] grads = new double[params.length];
        double[] dx = ref.backward(TestArrays.toDouble(x), n, TestArrays.toDouble(params), 0, TestArrays.toDouble(dy), grads);
        Im2Row.Geometry g = fast.geometry();
        int windows = n * g.oh() * g.ow();
        double tol = FastLayersMatchReferenceTest.TOL;
        TestArrays.assertClose(ref.forward(TestArrays.toDouble(x), n, TestArrays.toDouble(params), 0), run.y(), g.rowLength(), tol, "y");
        TestArrays.assertClose(dx, run.dx(), spec.filters() * spec.kernelH() * spec.kernelW(), tol, "dx");
        TestArrays.assertClose(grads, run.dParams(), windows, tol, "dparams");
    }
}
