package org.convscope.training;

import java.util.Locale;

/**
 * The loss stopped being a number: at which step, in which epoch, and with which learning rate. The step's update
 * was skipped, so the weights (and the optimizer's state) are those of the last good step.
 *
 * @param step         the step whose loss was NaN or infinite (from 1)
 * @param epoch        its epoch (from 0)
 * @param learningRate the learning rate it ran with
 */
public record Divergence(long step, int epoch, double learningRate) {

    /** The reason and the remedy, in English (the CLI's words; the app says it in the user's language). */
    public String message() {
        return String.format(Locale.ROOT, "the loss became NaN or infinite at step %d (epoch %d): the learning rate %s is "
                + "probably too high; lower it and reset", step, epoch + 1, learningRate);
    }
}
