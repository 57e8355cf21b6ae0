package org.convscope.engine.explain;

/**
 * What is differentiated for class c: its logit y_c (the score before softmax, as saliency and
 * Grad-CAM are defined), or the loss −log p_c that training lowers.
 */
public enum Target {
    /** The class's logit y_c: d/dz = one-hot(c). */
    LOGIT,
    /** The cross-entropy −log softmax(z)_c: d/dz = softmax(z) − one-hot(c). */
    LOSS;

    /**
     * Writes d(score)/d(logits) for one example. z: [K] at {@code zOff}; dz: [K] at {@code dzOff}.
     */
    void seed(float[] z, int zOff, int k, int cls, float[] dz, int dzOff) {
        for (int j = 0; j < k; j++) dz[dzOff + j] = 0f;
        if (this == LOGIT) {
            dz[dzOff + cls] = 1f;
            return;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < k; j++) max = Math.max(max, z[zOff + j]);
        double sum = 0;
        for (int j = 0; j < k; j++) sum += Math.exp(z[zOff + j] - max);
        for (int j = 0; j < k; j++) dz[dzOff + j] = (float) (Math.exp(z[zOff + j] - max) / sum - (j == cls ? 1 : 0));
    }
}
