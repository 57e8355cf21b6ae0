package org.convscope.engine.optim;

/** Stochastic gradient descent, with Keras-style momentum: {@code v = μv − lr·g; w += v}. */
final class Sgd implements Optimizer {
    private final OptimizerConfig config;
    private volatile double lr;
    private final float[] velocity;
    private long t;

    Sgd(OptimizerConfig config, int n) {
        this.config = config;
        this.lr = config.learningRate();
        this.velocity = new float[config.momentum() > 0 ? n : 0];
    }

    @Override
    public void beginStep() {
        t++;
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
    public double learningRate() {
        return lr;
    }

    @Override
    public void setLearningRate(double lr) {
        if (!(lr > 0)) throw new IllegalArgumentException("learning rate must be positive");
        this.lr = lr;
    }

    @Override
    public OptimizerConfig config() {
        return config.withLearningRate(lr);
    }

    @Override
    public long steps() {
        return t;
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
