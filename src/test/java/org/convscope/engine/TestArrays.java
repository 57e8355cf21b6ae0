package org.convscope.engine;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.SplittableRandom;

/** Random test data and float-vs-double comparisons shared by the engine tests. */
public final class TestArrays {
    private TestArrays() {
    }

    /** n floats uniform in [lo, hi); as floats so the fast and reference engines see the same numbers. */
    public static float[] uniform(SplittableRandom rng, int n, double lo, double hi) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) a[i] = (float) (lo + (hi - lo) * rng.nextDouble());
        return a;
    }

    public static double[] uniformDoubles(SplittableRandom rng, int n, double lo, double hi) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) a[i] = lo + (hi - lo) * rng.nextDouble();
        return a;
    }

    /**
     * n different values in [−1, 1) in random order, at least 1/n apart: max pooling then has no
     * ties and a nudge of 1e-6 never changes which value wins.
     */
    public static double[] distinct(SplittableRandom rng, int n) {
        double step = 2.0 / n;
        double[] a = new double[n];
        for (int i = 0; i < n; i++) a[i] = -1 + step * (i + 0.5 * rng.nextDouble());
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            double t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    public static double[] toDouble(float[] a) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) d[i] = a[i];
        return d;
    }

    public static float[] toFloat(double[] a) {
        float[] f = new float[a.length];
        for (int i = 0; i < a.length; i++) f[i] = (float) a[i];
        return f;
    }

    /** Root mean square: the typical magnitude of an array's values. */
    public static double rms(double[] a) {
        double s = 0;
        for (double v : a) s += v * v;
        return a.length == 0 ? 0 : Math.sqrt(s / a.length);
    }

    /**
     * Float results against double ones, for values that are sums of {@code terms} products. Float
     * rounding of such a sum grows like √terms · 2⁻²⁴ times the size of the partial sums, which
     * the array's rms stands for; {@code tol} is the allowed multiple of √terms·(1 + rms), plus the
     * same multiple of each value itself for the odd large one.
     *
     * @return the largest error found, as a fraction of its allowance
     */
    public static double assertClose(double[] expected, float[] actual, int terms, double tol, String what) {
        if (expected.length != actual.length) {
            fail(what + ": length " + actual.length + ", expected " + expected.length);
        }
        double scale = Math.sqrt(Math.max(terms, 1)) * (1 + rms(expected));
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
            double allowed = tol * (scale + Math.abs(expected[i]));
            double err = Math.abs(actual[i] - expected[i]);
            if (!(err <= allowed)) {
                fail(what + "[" + i + "] = " + actual[i] + ", reference " + expected[i] + " (error " + err
                        + " > allowed " + allowed + ")");
            }
            worst = Math.max(worst, err / allowed);
        }
        return worst;
    }
}
