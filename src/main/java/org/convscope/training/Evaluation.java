package org.convscope.training;

import java.util.Arrays;
import org.convscope.engine.layer.ActivationLayer;
import org.convscope.engine.loss.SoftmaxCrossEntropy;
import org.convscope.engine.tensor.Shape;
import org.convscope.engine.tensor.Tensor;

/**
 * Test-set figures: mean loss, accuracy, accuracy per class, the confusion matrix (rows true, columns
 * predicted), and each example's guess, so that a cell of the matrix can show which images are in it.
 *
 * @param predicted  the predicted class of each example, in the data's order: [examples]
 * @param confidence the softmax probability of that predicted class: [examples]
 */
public record Evaluation(double loss, double accuracy, double[] perClassAccuracy, int[][] confusion, int examples,
                         int[] predicted, float[] confidence) {

    /** The indices of the examples of true class {@code actual} guessed as {@code guessed}, in order, at most {@code max}. */
    public int[] examplesIn(int actual, int guessed, int[] labels, int max) {
        int[] found = new int[Math.min(max, confusion[actual][guessed])];
        int k = 0;
        for (int i = 0; i < examples && k < found.length; i++) {
            if (labels[i] == actual && predicted[i] == guessed) found[k++] = i;
        }
        return k == found.length ? found : Arrays.copyOf(found, k);
    }

    /** Accumulates batches of logits into an {@link Evaluation}. */
    public static final class Builder {
        private final int classes;
        private final int[][] confusion;
        private int[] predicted = new int[1024];
        private float[] confidence = new float[1024];
        private float[] probabilities = new float[0]; // one batch's softmax, reused
        private double lossSum;
        private int examples;
        private int correct;

        public Builder(int classes) {
            this.classes = classes;
            this.confusion = new int[classes][classes];
        }

        /** logits: [n, classes] */
        public void add(float[] logits, int[] labels, int n) {
            Tensor z = new Tensor(n, Shape.vector(classes), logits);
            SoftmaxCrossEntropy.Result r = SoftmaxCrossEntropy.forwardBackward(z, labels, 0, 0f, null);
            lossSum += r.lossSum();
            correct += r.correct();
            if (examples + n > predicted.length) {
                int size = Math.max(examples + n, 2 * predicted.length);
                predicted = Arrays.copyOf(predicted, size);
                confidence = Arrays.copyOf(confidence, size);
            }
            if (probabilities.length < n * classes) probabilities = new float[n * classes];
            ActivationLayer.softmax(logits, probabilities, n, classes); // probabilities: [n, classes]
            for (int b = 0; b < n; b++) {
                int best = argmax(logits, b * classes, classes);
                confusion[labels[b]][best]++;
                predicted[examples + b] = best;
                confidence[examples + b] = probabilities[b * classes + best];
            }
            examples += n;
        }

        public Evaluation build() {
            double[] perClass = new double[classes];
            for (int c = 0; c < classes; c++) {
                int total = 0;
                for (int p = 0; p < classes; p++) total += confusion[c][p];
                perClass[c] = total == 0 ? Double.NaN : (double) confusion[c][c] / total;
            }
            return new Evaluation(examples == 0 ? Double.NaN : lossSum / examples,
                    examples == 0 ? Double.NaN : (double) correct / examples, perClass, confusion, examples,
                    Arrays.copyOf(predicted, examples), Arrays.copyOf(confidence, examples));
        }
    }

    static int argmax(float[] v, int off, int n) {
        int best = 0;
        for (int j = 1; j < n; j++) if (v[off + j] > v[off + best]) best = j;
        return best;
    }
}
