package org.convscope.engine.loss;

import org.convscope.engine.tensor.Tensor;

/**
 * Softmax followed by cross-entropy against integer labels, fused: the gradient with respect to the
 * logits is simply {@code p − onehot(label)} (times the batch scale), and the loss is computed as
 * {@code logsumexp(z) − z[label]}, which never takes the log of a rounded-down zero.
 */
public final class SoftmaxCrossEntropy {
    private SoftmaxCrossEntropy() {
    }

    /** Sum over the batch of the loss and the number of correct top-1 predictions. */
    public record Result(double lossSum, int correct) {
    }

    /**
     * logits: [B,K]; labels[labelOff + b] is example b's class. Writes {@code gradScale·(p − onehot)}
     * into dLogits (if not null); use gradScale = 1/(whole batch size) for a mean loss.
     */
    public static Result forwardBackward(Tensor logits, int[] labels, int labelOff, float gradScale, Tensor dLogits) {
        return new Result(lossAndGradient(logits, labels, labelOff, gradScale, dLogits), correct(logits, labels, labelOff));
    }

    /** {@link #forwardBackward}'s loss sum and gradient without a result object (training allocates nothing per step). */
    public static double lossAndGradient(Tensor logits, int[] labels, int labelOff, float gradScale, Tensor dLogits) {
        int rows = logits.batch(), k = logits.shape().size();
        float[] z = logits.data();
        float[] d = dLogits == null ? null : dLogits.data();
        double lossSum = 0;
        for (int b = 0; b < rows; b++) {
            int o = b * k;
            int label = labels[labelOff + b];
            if (label < 0 || label >= k) throw new IllegalArgumentException("label " + label + " outside 0.." + (k - 1));
            float max = z[o];
            for (int j = 1; j < k; j++) if (z[o + j] > max) max = z[o + j];
            double sum = 0;
            for (int j = 0; j < k; j++) sum += Math.exp(z[o + j] - max);
            double logSum = Math.log(sum) + max;
            lossSum += logSum - z[o + label];
            if (d != null) {
                for (int j = 0; j < k; j++) {
                    double p = Math.exp(z[o + j] - logSum);
                    d[o + j] = (float) ((p - (j == label ? 1 : 0)) * gradScale);
                }
            }
        }
        return lossSum;
    }

    /** How many rows of logits have their label's score strictly highest (ties go to the first class). */
    public static int correct(Tensor logits, int[] labels, int labelOff) {
        int rows = logits.batch(), k = logits.shape().size(), correct = 0;
        float[] z = logits.data();
        for (int b = 0; b < rows; b++) {
            int o = b * k, best = 0;
            for (int j = 1; j < k; j++) if (z[o + j] > z[o + best]) best = j;
            if (best == labels[labelOff + b]) correct++;
        }
        return correct;
    }
}
