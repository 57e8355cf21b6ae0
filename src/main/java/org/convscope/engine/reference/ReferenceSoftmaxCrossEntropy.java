package org.convscope.engine.reference;

/**
 * Softmax followed by cross-entropy against integer labels, averaged over the batch:
 * {@code L = (1/N) Σ_n −log softmax(z_n)[label_n]}, with gradient {@code (softmax(z) − onehot)/N}.
 */
public final class ReferenceSoftmaxCrossEntropy {
    private ReferenceSoftmaxCrossEntropy() {
    }

    /** z: [N,K] logits; labels[N]. */
    public static double loss(double[] z, int n, int[] labels) {
        int k = z.length / n;
        double sum = 0;
        for (int b = 0; b < n; b++) sum -= logSoftmax(z, b * k, k, labels[b]);
        return sum / n;
    }

    /** dL/dz: [N,K]. */
    public static double[] gradient(double[] z, int n, int[] labels) {
        int k = z.length / n;
        double[] dz = new double[n * k]; // dz: [N,K]
        for (int b = 0; b < n; b++) {
            double[] p = ReferenceSoftmax.softmax(z, b * k, k); // p: [K]
            for (int j = 0; j < k; j++) dz[b * k + j] = (p[j] - (j == labels[b] ? 1 : 0)) / n;
        }
        return dz;
    }

    // log softmax(z)[j] = z_j − max − log Σ e^{z − max}: finite even for logits of 1e4
    private static double logSoftmax(double[] z, int from, int k, int j) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < k; i++) max = Math.max(max, z[from + i]);
        double sum = 0;
        for (int i = 0; i < k; i++) sum += Math.exp(z[from + i] - max);
        return z[from + j] - max - Math.log(sum);
    }
}
