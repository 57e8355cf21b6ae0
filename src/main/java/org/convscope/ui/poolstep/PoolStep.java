package org.convscope.ui.poolstep;

/**
 * One pooling window with the real numbers and all three results the course names: the maximum
 * (with the winning cell, the first maximum in row-major order as the engine breaks ties), the
 * average, and the weighted average under {@link WeightMask}.
 *
 * @param values the window, row-major, sizeH × sizeW
 * @param winner index into values of the maximum
 */
public record PoolStep(int channel, int row, int column, int top, int left, int sizeH, int sizeW, float[] values,
                       int winner, double max, double average, double weighted, WeightMask mask) {

    /** The winner's row in the input map. */
    public int winnerRow() {
        return top + winner / sizeW;
    }

    public int winnerColumn() {
        return left + winner % sizeW;
    }

    public double result(PoolMode mode) {
        return switch (mode) {
            case MAX -> max;
            case AVERAGE -> average;
            case WEIGHTED -> weighted;
        };
    }
}
