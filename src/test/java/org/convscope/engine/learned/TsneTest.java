package org.convscope.engine.learned;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.convscope.engine.parallel.WorkerPool;
import org.junit.jupiter.api.Test;

/** t-SNE keeps well-separated clusters apart on its map, and is the same for a seed on any number of threads. */
class TsneTest {
    private static final int CLUSTERS = 6, PER_CLUSTER = 50, DIMS = 16;

    private record Points(float[] x, int[] labels) {
    }

    // clusters of σ 1 around centres drawn at σ 10: far apart against their own spread
    private static Points clusters(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = CLUSTERS * PER_CLUSTER;
        float[][] centres = new float[CLUSTERS][DIMS];
        for (float[] c : centres) for (int j = 0; j < DIMS; j++) c[j] = (float) (10 * gaussian(rng));
        float[] x = new float[n * DIMS];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % CLUSTERS;
            for (int j = 0; j < DIMS; j++) x[i * DIMS + j] = centres[labels[i]][j] + (float) gaussian(rng);
        }
        return new Points(x, labels);
    }

    @Test
    void wellSeparatedClustersStayApart() {
        Points p = clusters(11);
        float[] y;
        try (WorkerPool pool = new WorkerPool(2)) {
            y = Tsne.embed(p.x(), p.labels().length, DIMS, Tsne.Options.defaults(), pool);
        }
        double agreement = neighbourAgreement(y, p.labels(), 10);
        assertTrue(agreement >= 0.95, "10-nearest-neighbour class agreement " + agreement);
        for (float v : y) assertTrue(Float.isFinite(v));
    }

    @Test
    void theSameSeedGivesTheSameMapOnOneOrTwoThreads() {
        Points p = clusters(5);
        Tsne.Options o = Tsne.Options.defaults().withIterations(300);
        int n = p.labels().length;
        float[] one, two, other;
        try (WorkerPool pool = new WorkerPool(1)) {
            one = Tsne.embed(p.x(), n, DIMS, o, pool);
        }
        try (WorkerPool pool = new WorkerPool(2)) {
            two = Tsne.embed(p.x(), n, DIMS, o, pool);
            other = Tsne.embed(p.x(), n, DIMS, o.withSeed(2), pool);
        }
        assertArrayEquals(one, two);
        assertFalse(Arrays.equals(one, other), "another seed, another start");
    }

    /** The fraction of each point's k nearest neighbours on the map that share its label. */
    static double neighbourAgreement(float[] y, int[] labels, int k) {
        int n = labels.length, same = 0;
        for (int i = 0; i < n; i++) {
            double[] d = new double[n];
            Integer[] order = new Integer[n];
            for (int j = 0; j < n; j++) {
                double dx = y[2 * i] - y[2 * j], dy = y[2 * i + 1] - y[2 * j + 1];
                d[j] = j == i ? Double.POSITIVE_INFINITY : dx * dx + dy * dy;
                order[j] = j;
            }
            Arrays.sort(order, (a, b) -> Double.compare(d[a], d[b]));
            for (int m = 0; m < k; m++) if (labels[order[m]] == labels[i]) same++;
        }
        return same / (double) (n * k);
    }

    private static double gaussian(SplittableRandom rng) {
        return Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
    }
}
