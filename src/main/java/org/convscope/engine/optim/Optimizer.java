package org.convscope.engine.optim;

/**
 * Updates parameters from gradients. A training step calls {@link #beginStep()} once, then
 * {@link #update} over disjoint ranges of the flat parameter array (one per worker thread).
 */
public interface Optimizer {

    /** Advances the step counter (Adam's bias correction depends on it). */
    void beginStep();

    /** params[from, to) −= step computed from grads[from, to). */
    void update(float[] params, float[] grads, int from, int to);

    /**
     * Sums the gradient from {@code parts} (in order, into {@code grads}) and updates with it, over
     * [from, to): one pass over memory where an optimizer can fuse the two.
     */
    default void update(float[] params, float[][] parts, int count, float[] grads, int from, int to) {
        org.convscope.engine.kernel.Vec.sumParts(parts, count, grads, from, to);
        update(params, grads, from, to);
    }

    double learningRate();

    /** Takes effect at the next step; training need not restart. */
    void setLearningRate(double lr);

    OptimizerConfig config();

    /** Steps taken so far. */
    long steps();

    /** The internal state (moments, velocities), for saving and resuming; arrays are live, not copies. */
    float[][] state();

    /** Restores what {@link #state()} and {@link #steps()} returned. */
    void restore(long steps, float[][] state);

    static Optimizer create(OptimizerConfig config, int paramCount) {
        return switch (config.kind()) {
            case ADAM -> new Adam(config, paramCount);
            case SGD -> new Sgd(config, paramCount);
        };
    }
}
