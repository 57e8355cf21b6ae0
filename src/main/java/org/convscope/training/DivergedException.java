package org.convscope.training;

/** The loss stopped being a number; the weights are left as they were before the bad step. */
public final class DivergedException extends RuntimeException {
    private final Divergence divergence;

    public DivergedException(long step, int epoch, double learningRate) {
        this(new Divergence(step, epoch, learningRate));
    }

    public DivergedException(Divergence divergence) {
        super(divergence.message());
        this.divergence = divergence;
    }

    public Divergence divergence() {
        return divergence;
    }

    public long step() {
        return divergence.step();
    }
}
