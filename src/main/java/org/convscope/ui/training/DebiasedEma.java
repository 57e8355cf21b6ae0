package org.convscope.ui.training;

/**
 * TensorBoard's smoothing: an exponential moving average started at 0 and divided by
 * {@code 1 − w^t} so the first values are not dragged towards 0.
 * <pre>s_t = w·s_{t−1} + (1−w)·y_t,   smoothed_t = s_t / (1 − w^t)</pre>
 * Non-finite values (a diverged loss) pass through unchanged and do not enter the average, so one
 * NaN does not turn the rest of the curve into NaN.
 */
final class DebiasedEma {
    static final double MAX_WEIGHT = 0.99;

    private final double weight;
    private double accumulated;
    private double weightPower = 1;   // w^t, kept as a running product instead of pow() per point

    DebiasedEma(double weight) {
        this.weight = clampWeight(weight);
    }

    /** Limits a weight to [0, 0.99]; NaN counts as 0 (no smoothing). */
    static double clampWeight(double weight) {
        if (!(weight >= 0)) {
            return 0;
        }
        return Math.min(weight, MAX_WEIGHT);
    }

    double weight() {
        return weight;
    }

    double next(double value) {
        if (!Double.isFinite(value)) {
            return value;
        }
        accumulated = weight * accumulated + (1 - weight) * value;
        weightPower *= weight;
        return accumulated / (1 - weightPower);
    }
}
