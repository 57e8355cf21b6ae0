package org.convscope.engine.optim;

import org.convscope.engine.kernel.Vec;

/**
 * Adam (Kingma &amp; Ba, https://arxiv.org/abs/1412.6980) as Keras implements it: the bias
 * correction is folded into the step size, {@code α_t = lr·√(1−β2^t)/(1−β1^t)}, and ε is added to
 * √v (not to the corrected √v̂).
 */
final class Adam extends StepCountingOptimizer {
    private final float[] m; // first moment (momentum)
    private final float[] v; // second moment (RMSprop)
    private double alpha;

    Adam(OptimizerConfig config, int n) {
        super(config);
        this.m = new float[n];
        this.v = new float[n];
    }

    @Override
    public void beginStep() {
        super.beginStep();
        alpha = lr * Math.sqrt(1 - Math.pow(config.beta2(), t)) / (1 - Math.pow(config.beta1(), t));
    }

    @Override
    public void update(float[] params, float[] grads, int from, int to) {
        Vec.adamUpdate(params, grads, m, v, from, to, (float) config.beta1(), (float) config.beta2(),
                (float) config.epsilon(), (float) alpha);
    }

    @Override
    public void update(float[] params, float[][] parts, int count, float[] grads, int from, int to) {
        Vec.adamUpdateSum(params, parts, count, grads, m, v, from, to, (float) config.beta1(), (float) config.beta2(),
                (float) config.epsilon(), (float) alpha);
    }

    @Override
    public float[][] state() {
        return new float[][] {m, v};
    }

    @Override
    public void restore(long steps, float[][] state) {
        OptimizerStates.restore(state, m, v);
        t = steps;
    }
}
