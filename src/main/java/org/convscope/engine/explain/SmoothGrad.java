package org.convscope.engine.explain;

import java.util.SplittableRandom;
import org.convscope.engine.tensor.Shape;
import org.convscope.engine.tensor.Tensor;

/**
 * SmoothGrad (Smilkov et al. 2017): the input gradient averaged over noisy copies x + N(0, σ²) of the
 * image. The noise is drawn copy by copy, value by value, from one seeded generator (Box–Muller on
 * {@link StrictMath}), so the same seed gives the same map on every machine and for every chunking.
 */
final class SmoothGrad {
    /** Copies back-propagated together: a few megabytes of activations for the course model. */
    static final int CHUNK = 25;

    private SmoothGrad() {
    }

    /** The mean of ∂score/∂x over the copies. x: [H,W,C] of one example; returns [H,W,C]. */
    static float[] meanGradient(Backprop bp, float[] x, Shape in, int cls, Target target, int samples, double sigma, long seed) {
        int size = in.size();
        double[] sum = new double[size];
        Noise noise = new Noise(new SplittableRandom(seed));
        for (int from = 0; from < samples; from += CHUNK) {
            int n = Math.min(CHUNK, samples - from);
            Tensor copies = new Tensor(n, in); // copies: [n,H,W,C]
            float[] d = copies.data();
            for (int i = 0; i < n * size; i++) d[i] = (float) (x[i % size] + sigma * noise.next());
            bp.forward(copies);
            int[] classes = new int[n];
            java.util.Arrays.fill(classes, cls);
            float[] g = bp.gradient(classes, target, -1).data(); // g: [n,H,W,C]
            for (int b = 0; b < n; b++) {
                for (int i = 0; i < size; i++) sum[i] += g[b * size + i];
            }
        }
        float[] mean = new float[size];
        for (int i = 0; i < size; i++) mean[i] = (float) (sum[i] / samples);
        return mean;
    }

    /** Standard normal values, two per pair of uniforms (Box–Muller). */
    private static final class Noise {
        private final SplittableRandom rng;
        private double spare;
        private boolean hasSpare;

        Noise(SplittableRandom rng) {
            this.rng = rng;
        }

        double next() {
            if (hasSpare) {
                hasSpare = false;
                return spare;
            }
            double u1 = 1.0 - rng.nextDouble(); // (0, 1]: the log stays finite
            double u2 = rng.nextDouble();
            double r = StrictMath.sqrt(-2 * StrictMath.log(u1));
            spare = r * StrictMath.sin(2 * Math.PI * u2);
            hasSpare = true;
            return r * StrictMath.cos(2 * Math.PI * u2);
        }
    }
}
