package org.convscope.training;

import org.convscope.engine.loss.SoftmaxCrossEntropy;
import org.convscope.engine.tensor.Shape;
import org.convscope.engine.tensor.Tensor;

/** Test-set figures: mean loss, accuracy, accuracy per class, and the confusion matrix (rows true, columns predicted). */
public record Evaluation(double loss, double accuracy, double[] perClassAccuracy, int[][] confusion, int examples) {

    /** Accumulates batches of logits into an {@link Evaluation}. */
    public static final class Builder {
        private final int classes;
        private final int[][] confusion;
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
            examples += n;
            for (int b = 0; b < n; b++) confusion[labels[b]][argmax(logits, b * classes, classes)]++;
        }

        public Evaluation build() {
            double[] perClass = new double[classes];
            for (int c = 0; c < classes; c++) {
                int total = 0;
                for (int p = 0; p < classes; p++) total += confusion[c][p];
                perClass[c] = total == 0 ? Double.NaN : (double) confusion[c][c] / total;
            }
            return new Evaluation(examples == 0 ? Double.NaN : lossSum / examples,
                    examples == 0 ? Double.NaN : (double) correct / examples, perClass, confusion, examples);
        }
    }

    static int argmax(float[] v, int off, int n) {
        int best = 0;
        for (int j = 1; j < n; j++) if (v[off + j] > v[off + best]) best = j;
        return best;
    }
}
