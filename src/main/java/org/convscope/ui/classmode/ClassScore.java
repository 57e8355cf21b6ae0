package org.convscope.ui.classmode;

import java.util.List;

/**
 * How well the network reads the class's handwriting: over the drawings shown whose students said what
 * they meant, how many it reads right, and the confusion matrix ({@code [meant][answer]}).
 */
public record ClassScore(int labelled, int right, int[][] confusion) {

    static ClassScore of(List<ClassDrawing> drawings) {
        int[][] confusion = new int[10][10];
        int labelled = 0, right = 0;
        for (ClassDrawing d : drawings) {
            if (d.hidden() || !d.drawing().labelled() || d.answer() < 0 || d.answer() > 9) continue;
            labelled++;
            if (d.right()) right++;
            confusion[d.drawing().label()][d.answer()]++;
        }
        return new ClassScore(labelled, right, confusion);
    }

    /** The share read right, or NaN when no drawing is labelled. */
    public double accuracy() {
        return labelled == 0 ? Double.NaN : (double) right / labelled;
    }
}
