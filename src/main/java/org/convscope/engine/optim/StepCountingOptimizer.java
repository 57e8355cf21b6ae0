package org.convscope.engine.optim;

/**
 * What every optimizer keeps besides its own state: the configuration, a learning rate that the UI may
 * change between steps (hence volatile: the worker reads it, the FX thread writes it) and the step count.
 */
abstract class StepCountingOptimizer implements Optimizer {
    protected final OptimizerConfig config;
    protected volatile double lr;
    protected long t;

    StepCountingOptimizer(OptimizerConfig config) {
        this.config = config;
        this.lr = config.learningRate();
    }

    @Override
    public void beginStep() {
        t++;
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
}
