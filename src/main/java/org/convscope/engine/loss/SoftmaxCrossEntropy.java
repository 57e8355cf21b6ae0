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
        int rows = logits.batch(), k = logits.shape().size();
        float[] z = logits.data();
        float[] d = dLogits == null ? null : dLogits.data();
        double lossSum = 0;
        int correct = 0;
        for (int b = 0; b < rows; b++) {
            int o = b * k;
            int label = labels[labelOff + b];
            if (label < 0 || label >= k) throw new IllegalArgumentException("label " + label + " outside 0.." + (k - 1));
            int best = 0;
            float max = z[o];
            for (int j = 1; j < k; j++) {
                if (z[o + j] > max) {
                    max = z[o + j];
                    best = j;
                }
            }
            double sum = 0;
            for (int j = 0; j < k; j++) sum += Math.exp(z[o + j] - max);
            double logSum = Math.log(sum) + max;
            lossSum += logSum - z[o + label];
            if (best == label) correct++;
            if (d != null) {
                for (int j = 0; j < k; j++) {
                    double p = Math.exp(z[o + j] - logSum);
                    d[o + j] = (float) ((p - (j == label ? 1 : 0)) * gradScale);
                }
            }
        }
        return new Result(lossSum, correct);
    }
}
