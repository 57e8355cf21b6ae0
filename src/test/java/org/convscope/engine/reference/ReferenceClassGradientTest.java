package org.convscope.engine.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.convscope.data.DatasetKind;
import org.convscope.engine.TestArrays;
import org.convscope.engine.explain.Course;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.Sequential;
import org.junit.jupiter.api.Test;

/**
 * What the explanations differentiate, proved on the double-precision reference: the gradient of one
 * class's logit, and of the loss, with respect to the input equals central differences (relative error
 * ≤ 1e-6, see {@link GradientCheck}), for the trained course model on a real digit and for a model with
 * 'same' padding, tanh, average pooling and dropout (the identity when predicting).
 */
class ReferenceClassGradientTest {

    @Test
    void courseModelOnATestDigit() {
        SavedModel m = Course.model(DatasetKind.MNIST);
        // x: [1,1,28,28], a 7 with faint noise: on its blank background neighbouring values would tie in max
        // pooling, where the function has no derivative (a central difference averages its two sides)
        double[] x = TestArrays.toDouble(Course.image(DatasetKind.MNIST, 0));
        SplittableRandom rng = new SplittableRandom(7);
        for (int i = 0; i < x.length; i++) x[i] += 0.01 * rng.nextDouble();
        // a central difference costs two passes of 2.8 million products: every 8th pixel, and the 16 that matter most
        check(m.spec(), TestArrays.toDouble(m.weights()), x, 8, 16);
    }

    @Test
    void samePaddingTanhAveragePoolingAndDropout() {
        ModelSpec spec = ModelSpec.parse("c6k5same:tanh-ap2-c16k5:tanh-ap2-f-dr0.5-d120:tanh-d84:tanh-d10");
        SplittableRandom rng = new SplittableRandom(16);
        double[] params = TestArrays.toDouble(Sequential.build(spec, 16).exportWeights()); // Glorot kernels
        for (int i = 0; i < params.length; i++) params[i] += 0.05 * (rng.nextDouble() - 0.5); // and biases that are not 0
        double[] x = TestArrays.uniformDoubles(rng, 784, 0, 1);
        check(spec, params, x, 3, 16);
    }

    // d(logit of the predicted class)/dx and d(loss of another class)/dx, checked at every `stride`-th pixel and the `top` largest
    private static void check(ModelSpec spec, double[] params, double[] x, int stride, int top) {
        ReferenceNetwork net = ReferenceNetwork.of(spec);
        double[] z = net.logits(params, x, 1); // z: [1,K]
        int k = z.length, predicted = argmax(z), other = (predicted + 1) % k;

        double[] oneHot = new double[k];
        oneHot[predicted] = 1;
        double[] dLogit = net.outputGradients(params, x, 1, oneHot)[0]; // [1,C,H,W]
        assertEquals(x.length, dLogit.length);
        checkScaled("d(logit " + predicted + ")/dx", dLogit, x, xs -> net.logits(params, xs, 1)[predicted], stride, top);

        int[] label = {other};
        double[] dLoss = net.outputGradients(params, x, 1, ReferenceSoftmaxCrossEntropy.gradient(z, 1, label))[0];
        checkScaled("d(loss of " + other + ")/dx", dLoss, x,
                xs -> ReferenceSoftmaxCrossEntropy.loss(net.logits(params, xs, 1), 1, label), stride, top);
    }

    // GradientCheck's floor for differences too small to resolve assumes a function of about 1; a logit of 15
    // carries 15 times the rounding. Both sides are divided by |f(x)|: relative errors do not change.
    private static void checkScaled(String what, double[] analytic, double[] x, ToDoubleFunction<double[]> f, int stride, int top) {
        double scale = Math.max(1, Math.abs(f.applyAsDouble(x)));
        double[] scaled = Arrays.stream(analytic).map(v -> v / scale).toArray();
        GradientCheck.checkScalar(what, scaled, x, xs -> f.applyAsDouble(xs) / scale, coordinates(analytic, stride, top));
    }

    private static int[] coordinates(double[] g, int stride, int top) {
        IntStream strided = IntStream.iterate(0, i -> i < g.length, i -> i + stride);
        IntStream largest = IntStream.range(0, g.length).boxed()
                .sorted(Comparator.comparingDouble(i -> -Math.abs(g[i]))).limit(top).mapToInt(Integer::intValue);
        return IntStream.concat(strided, largest).distinct().sorted().toArray();
    }

    private static int argmax(double[] v) {
        return IntStream.range(0, v.length).reduce((a, b) -> v[b] > v[a] ? b : a).orElseThrow();
    }
}
