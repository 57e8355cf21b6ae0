package org.convscope.engine.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.convscope.engine.TestArrays;

/**
 * Central-difference gradient checks in double precision.
 *
 * <p>A layer is checked through the scalar L = Σ g ⊙ y with a fixed random g, whose gradient is
 * exactly what {@code backward(dy = g)} returns. Every input value and every parameter is nudged
 * by ±{@link #EPS}. The relative error |a − n| / max(|a| + |n|, 1e-8) must stay below
 * {@link #MAX_RELATIVE}; where both are tiny, an absolute difference below {@link #NOISE} also
 * passes, because a central difference cannot resolve less than about 1e-16·|L|/EPS.
 */
final class GradientCheck {
    static final double EPS = 1e-6;
    static final double MAX_RELATIVE = 1e-6;
    static final double NOISE = 1e-9;

    private GradientCheck() {
    }

    /** Checks dx and d(params) of {@code layer} at (x, params) for a batch of n. */
    static void checkLayer(ReferenceLayer layer, int n, double[] x, double[] params, long seed) {
        double[] g = TestArrays.uniformDoubles(new SplittableRandom(seed), n * layer.outputShape().size(), -1, 1);
        double[] grads = new double[params.length];
        double[] dx = layer.backward(x, n, params, 0, g, grads);
        // Σ g ⊙ (y⁺ − y⁻) rather than L⁺ − L⁻: the same number with less cancellation
        compare("dx", dx, x, (plus, minus) -> weightedDifference(g,
                layer.forward(plus, n, params, 0), layer.forward(minus, n, params, 0)));
        compare("dparams", grads, params, (plus, minus) -> weightedDifference(g,
                layer.forward(x, n, plus, 0), layer.forward(x, n, minus, 0)));
        assertTrue(maxAbs(dx) + maxAbs(grads) > 1e-3, "gradients are all ~0: the check would prove nothing");
    }

    /** Checks {@code analytic} = d f / d{@code at} for a scalar function f. */
    static void checkScalar(String what, double[] analytic, double[] at, ToDoubleFunction<double[]> f) {
        compare(what, analytic, at, (plus, minus) -> f.applyAsDouble(plus) - f.applyAsDouble(minus));
        assertTrue(maxAbs(analytic) > 1e-3, what + " is all ~0: the check would prove nothing");
    }

    /** As {@link #checkScalar(String, double[], double[], ToDoubleFunction)}, nudging only the given coordinates. */
    static void checkScalar(String what, double[] analytic, double[] at, ToDoubleFunction<double[]> f, int[] coordinates) {
        compare(what, analytic, at, (plus, minus) -> f.applyAsDouble(plus) - f.applyAsDouble(minus), coordinates);
        assertTrue(maxAbs(analytic) > 1e-3, what + " is all ~0: the check would prove nothing");
    }

    interface Difference {
        /** f(plus) − f(minus), the two points differing in one coordinate by 2·EPS. */
        double of(double[] plus, double[] minus);
    }

    private static void compare(String what, double[] analytic, double[] at, Difference diff) {
        compare(what, analytic, at, diff, java.util.stream.IntStream.range(0, at.length).toArray());
    }

    private static void compare(String what, double[] analytic, double[] at, Difference diff, int[] coordinates) {
        assertEquals(at.length, analytic.length, what + " has the wrong length");
        for (int i : coordinates) {
            double[] plus = at.clone(), minus = at.clone();
            plus[i] += EPS;
            minus[i] -= EPS;
            double numeric = diff.of(plus, minus) / (2 * EPS);
            double a = analytic[i];
            double rel = Math.abs(a - numeric) / Math.max(Math.abs(a) + Math.abs(numeric), 1e-8);
            if (rel > MAX_RELATIVE && Math.abs(a - numeric) > NOISE) {
                fail(what + "[" + i + "]: analytic " + a + ", numeric " + numeric + ", relative error " + rel);
            }
        }
    }

    private static double weightedDifference(double[] g, double[] yPlus, double[] yMinus) {
        double s = 0;
        for (int j = 0; j < g.length; j++) s += g[j] * (yPlus[j] - yMinus[j]);
        return s;
    }

    static double maxAbs(double[] a) {
        double m = 0;
        for (double v : a) m = Math.max(m, Math.abs(v));
        return m;
    }
}
