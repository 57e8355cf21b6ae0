package org.convscope.training;

import java.util.Locale;

/** The loss stopped being a number; the weights are left as they were before the bad step. */
public final class DivergedException extends RuntimeException {
    private final long step;

    public DivergedException(long step, int epoch, double learningRate) {
        super(String.format(Locale.ROOT, "the loss became NaN or infinite at step %d (epoch %d): the learning rate %s is "
                + "probably too high; lower it and reset", step, epoch + 1, learningRate));
        this.step = step;
    }

    public long step() {
        return step;
    }
}
