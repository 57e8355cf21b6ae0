package org.convscope.ui.training;

/**
 * Where the epoch axis ends and how far apart its ticks are. The axis grows one whole epoch at a
 * time, not with every batch, so it does not jitter. Ticks are whole epochs, except while the run
 * is short: during the first epochs "a quarter / half of an epoch" is what the class is watching.
 */
final class EpochAxisRange {
    private static final int MAX_TICKS = 10;

    private EpochAxisRange() {
    }

    /** The upper bound for data reaching {@code lastPosition}: the next whole epoch, at least 1. */
    static double upperBound(double lastPosition) {
        if (!(lastPosition > 1)) {
            return 1;
        }
        return Math.ceil(lastPosition);
    }

    /** The smallest of ¼, ½, 1, 2, 5, 10, 20, 50, … epochs that gives at most ten ticks up to {@code upperBound}. */
    static double tickUnit(double upperBound) {
        double unit = 0.25;
        while (upperBound / unit > MAX_TICKS) {
            unit = nextNiceStep(unit);
        }
        return unit;
    }

    private static double nextNiceStep(double unit) {
        if (unit < 1) {
            return 2 * unit;                // ¼ → ½ → 1
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(unit)));
        double leading = Math.round(unit / magnitude);
        if (leading == 1) {
            return 2 * magnitude;
        }
        if (leading == 2) {
            return 5 * magnitude;
        }
        return 10 * magnitude;
    }
}
