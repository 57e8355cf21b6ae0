package org.convscope.engine.learned;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.convscope.engine.kernel.Simd;
import org.convscope.engine.parallel.WorkerPool;

/**
 * Exact t-SNE (van der Maaten and Hinton 2008) in 2-D: points that are near in the high-dimensional space
 * stay near on the map. Each point's Gaussian neighbourhood is fitted to the perplexity by bisection on its
 * precision, the affinities are symmetrised, and the map is found by gradient descent on the Kullback–Leibler
 * divergence with the paper's schedule: early exaggeration ×12 and momentum 0.5 for the first 250 iterations,
 * then momentum 0.8, with per-coordinate gains (Jacobs 1988), learning rate 200, 1,000 iterations.
 *
 * <p>Seeded and deterministic: the start is Gaussian noise (σ = 10⁻⁴) from the seed, and every sum is taken
 * row by row in index order, whichever worker computed which row, so any number of threads gives the same map.
 * The map's forces are summed in single precision, across the vector lanes when the Vector API is there
 * ({@link TsneForces}); its coordinates, gains and steps are kept in double.
 * Exact means every pair every iteration: O(n²), fine for the few thousand points of a class's embedding.
 * Written here because the one well-kept t-SNE on Maven Central (Smile) is GPL-3.0, not a permissive licence.
 */
public final class Tsne {

    /** The settings; {@link #defaults()} are the paper's, with perplexity 30. */
    public record Options(double perplexity, int iterations, double learningRate, double exaggeration,
                          int exaggerationIterations, long seed) {
        public Options {
            if (!(perplexity > 0)) throw new IllegalArgumentException("perplexity must be positive");
            if (iterations < 1) throw new IllegalArgumentException("at least one iteration");
        }

        public static Options defaults() {
            return new Options(30, 1000, 200, 12, 250, 1);
        }

        public Options withSeed(long s) {
            return new Options(perplexity, iterations, learningRate, exaggeration, exaggerationIterations, s);
        }

        public Options withIterations(int n) {
            return new Options(perplexity, n, learningRate, exaggeration, exaggerationIterations, seed);
        }
    }

    private Tsne() {
    }

    /** The map of {@code n} points of {@code d} values: x: [n, d]; returns [n, 2]. */
    public static float[] embed(float[] x, int n, int d, Options o, WorkerPool pool) {
        if (n < 2) throw new IllegalArgumentException("t-SNE needs at least 2 points, got " + n);
        if (o.perplexity() >= n) throw new IllegalArgumentException("perplexity " + o.perplexity() + " needs more than that many points; got " + n);
        float[] p = affinities(x, n, d, o.perplexity(), pool); // p: [n, n], symmetric, sums to 1
        double[] y = new double[2 * n], update = new double[2 * n], gains = new double[2 * n], grad = new double[2 * n];
        java.util.Arrays.fill(gains, 1);
        SplittableRandom rng = new SplittableRandom(o.seed());
        for (int i = 0; i < 2 * n; i++) y[i] = 1e-4 * gaussian(rng);
        double[] attraction = new double[2 * n], repulsion = new double[2 * n], rowZ = new double[n];
        for (int it = 0; it < o.iterations(); it++) {
            boolean early = it < o.exaggerationIterations();
            double exaggeration = early ? o.exaggeration() : 1, momentum = early ? 0.5 : 0.8;
            forces(p, y, n, attraction, repulsion, rowZ, pool);
            double z = 0;
            for (int i = 0; i < n; i++) z += rowZ[i];
            for (int i = 0; i < 2 * n; i++) grad[i] = 4 * (exaggeration * attraction[i] - repulsion[i] / z);
            for (int i = 0; i < 2 * n; i++) {
                gains[i] = Math.signum(grad[i]) != Math.signum(update[i]) ? gains[i] + 0.2 : Math.max(0.01, gains[i] * 0.8);
                update[i] = momentum * update[i] - o.learningRate() * gains[i] * grad[i];
                y[i] += update[i];
            }
            centre(y, n);
        }
        float[] out = new float[2 * n];
        for (int i = 0; i < 2 * n; i++) out[i] = (float) y[i];
        return out;
    }

    /**
     * For each row i, over all j ≠ i with q = 1/(1 + |yi − yj|²): Σ p_ij q (yi − yj) into attraction, Σ q² (yi − yj)
     * into repulsion and Σ q into rowZ. Rows are independent, so workers share them out freely.
     */
    private static void forces(float[] p, double[] y, int n, double[] attraction, double[] repulsion, double[] rowZ, WorkerPool pool) {
        float[] y0 = new float[n], y1 = new float[n]; // the map in single precision, one array per coordinate
        for (int i = 0; i < n; i++) {
            y0[i] = (float) y[2 * i];
            y1[i] = (float) y[2 * i + 1];
        }
        boolean simd = Simd.available();
        AtomicInteger next = new AtomicInteger();
        int block = 16;
        pool.run(w -> {
            double[] sums = new double[5];
            for (int b; (b = next.getAndAdd(block)) < n; ) {
                for (int i = b; i < Math.min(n, b + block); i++) {
                    if (simd) TsneForces.row(p, i * n, y0, y1, i, n, sums);
                    else scalarRow(p, i * n, y0, y1, i, n, sums);
                    attraction[2 * i] = sums[0];
                    attraction[2 * i + 1] = sums[1];
                    repulsion[2 * i] = sums[2];
                    repulsion[2 * i + 1] = sums[3];
                    rowZ[i] = sums[4];
                }
            }
        });
    }

    // TsneForces.row without the Vector API
    private static void scalarRow(float[] p, int row, float[] y0, float[] y1, int i, int n, double[] out) {
        double a0 = 0, a1 = 0, r0 = 0, r1 = 0, sum = 0;
        for (int j = 0; j < n; j++) {
            if (j == i) continue;
            float d0 = y0[i] - y0[j], d1 = y1[i] - y1[j];
            float q = 1f / (1f + d0 * d0 + d1 * d1), pq = p[row + j] * q, qq = q * q;
            a0 += pq * d0;
            a1 += pq * d1;
            r0 += qq * d0;
            r1 += qq * d1;
            sum += q;
        }
        out[0] = a0;
        out[1] = a1;
        out[2] = r0;
        out[3] = r1;
        out[4] = sum;
    }

    /**
     * The joint affinities: for each point, p_j|i ∝ exp(−β_i |xi − xj|²) with β_i bisected until the entropy is
     * log(perplexity); then p_ij = (p_j|i + p_i|j) / 2n.
     */
    static float[] affinities(float[] x, int n, int d, double perplexity, WorkerPool pool) {
        float[] p = new float[n * n];
        double target = Math.log(perplexity);
        AtomicInteger next = new AtomicInteger();
        pool.run(w -> {
            double[] dist = new double[n], row = new double[n];
            for (int i; (i = next.getAndIncrement()) < n; ) {
                for (int j = 0; j < n; j++) {
                    double s = 0;
                    for (int k = 0; k < d; k++) {
                        double diff = x[i * d + k] - x[j * d + k];
                        s += diff * diff;
                    }
                    dist[j] = s;
                }
                conditional(dist, i, target, row);
                for (int j = 0; j < n; j++) p[i * n + j] = (float) row[j];
            }
        });
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                float v = (p[i * n + j] + p[j * n + i]) / (2f * n);
                p[i * n + j] = v;
                p[j * n + i] = v;
            }
            p[i * n + i] = 0;
        }
        return p;
    }

    // p_j|i for one row into out, its precision bisected so the entropy (nats) matches the target
    private static void conditional(double[] dist, int i, double target, double[] out) {
        int n = dist.length;
        double beta = 1, lo = 0, hi = Double.POSITIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (int j = 0; j < n; j++) if (j != i) min = Math.min(min, dist[j]);
        for (int step = 0; step < 100; step++) {
            double sum = 0, weighted = 0;
            for (int j = 0; j < n; j++) {
                // shifted by the nearest distance so that the largest weight is 1 and nothing underflows
                double e = j == i ? 0 : Math.exp(-beta * (dist[j] - min));
                out[j] = e;
                sum += e;
                weighted += e * (dist[j] - min);
            }
            double entropy = Math.log(sum) + beta * weighted / sum;
            for (int j = 0; j < n; j++) out[j] /= sum;
            double gap = entropy - target;
            if (Math.abs(gap) < 1e-5) break;
            if (gap > 0) { // too flat: sharpen
                lo = beta;
                beta = hi == Double.POSITIVE_INFINITY ? beta * 2 : (beta + hi) / 2;
            } else {
                hi = beta;
                beta = (beta + lo) / 2;
            }
        }
    }

    private static void centre(double[] y, int n) {
        double m0 = 0, m1 = 0;
        for (int i = 0; i < n; i++) {
            m0 += y[2 * i];
            m1 += y[2 * i + 1];
        }
        m0 /= n;
        m1 /= n;
        for (int i = 0; i < n; i++) {
            y[2 * i] -= m0;
            y[2 * i + 1] -= m1;
        }
    }

    // Box–Muller, one value per call (the second is dropped: simpler, and the start is all it seeds)
    private static double gaussian(SplittableRandom rng) {
        double u = rng.nextDouble(), v = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }
}
