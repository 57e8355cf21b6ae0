package org.convscope.ui.results;

import org.convscope.data.Dataset;
import org.convscope.data.DatasetKind;
import org.convscope.training.Evaluation;

/**
 * The whole test set run through one copy of the weights.
 *
 * @param labels        the true class of every test image, in file order: [examples]
 * @param weightsVersion the {@code ModelWeights} version evaluated, to tell whether newer weights exist
 * @param step          the training step those weights come from (what the view names them by)
 * @param testSet       the test images evaluated, loaded with them off the FX thread, so the view can show
 *                      the examples without loading anything itself (null where no images are shown)
 */
public record TestResult(DatasetKind dataset, Evaluation evaluation, int[] labels, long weightsVersion, long step,
                         Dataset testSet) {

    /** How many test images of class {@code actual} the model guessed as {@code guessed}. */
    public int count(int actual, int guessed) {
        return evaluation.confusion()[actual][guessed];
    }

    /** How many test images of class {@code actual} there are. */
    public int rowTotal(int actual) {
        int total = 0;
        for (int n : evaluation.confusion()[actual]) total += n;
        return total;
    }

    /** The share of class {@code actual}'s images guessed as {@code guessed}, 0..1 (0 for an empty row). */
    public double share(int actual, int guessed) {
        int total = rowTotal(actual);
        return total == 0 ? 0 : (double) count(actual, guessed) / total;
    }

    /** The classes, most confused pair first: the off-diagonal cell with the most images. */
    public int[] worstConfusion() {
        int[][] c = evaluation.confusion();
        int best = -1, bestA = 0, bestG = 1;
        for (int a = 0; a < c.length; a++) {
            for (int g = 0; g < c.length; g++) {
                if (a != g && c[a][g] > best) {
                    best = c[a][g];
                    bestA = a;
                    bestG = g;
                }
            }
        }
        return new int[] {bestA, bestG};
    }
}
