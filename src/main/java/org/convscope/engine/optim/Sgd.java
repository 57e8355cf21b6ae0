package org.convscope.engine.optim;

/** Stochastic gradient descent, with Keras-style momentum: {@code v = μv − lr·g; w += v}. */
final class Sgd extends StepCountingOptimizer {
    private final float[] velocity; // empty without momentum

    Sgd(OptimizerConfig config, int n) {
        super(config);
        this.velocity = new float[config.momentum() > 0 ? n : 0];
    }

    @Override
    public void update(float[] params, float[] grads, int from, int to) {
        float rate = (float) lr;
        if (velocity.length == 0) {
            for (int i = from; i < to; i++) params[i] -= rate * grads[i];
            return;
        }
        float mu = (float) config.momentum();
        for (int i = from; i < to; i++) {
            float vi = mu * velocity[i] - rate * grads[i];
            velocity[i] = vi;
            params[i] += vi;
        }
    }

    @Override
    public float[][] state() {
        return velocity.length == 0 ? new float[0][] : new float[][] {velocity};
    }

    @Override
    public void restore(long steps, float[][] state) {
        if (velocity.length == 0) OptimizerStates.restore(state);
        else OptimizerStates.restore(state, velocity);
        t = steps;
    }
}
