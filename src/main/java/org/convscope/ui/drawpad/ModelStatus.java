package org.convscope.ui.drawpad;

/**
 * What the pad tells the class about the network it is asking: a pretrained one, an untrained one
 * (whose guesses are random), or one trained for so many steps.
 *
 * @param pretrained   whether the weights started from a shipped pretrained model
 * @param steps        training steps taken since then (or since the seed)
 * @param testAccuracy the latest known test accuracy in [0, 1], or NaN
 */
public record ModelStatus(boolean pretrained, long steps, double testAccuracy) {
    /** Nothing known: the pad says nothing about the model. */
    public static final ModelStatus UNKNOWN = new ModelStatus(false, -1, Double.NaN);

    public boolean known() {
        return steps >= 0;
    }

    public boolean untrained() {
        return !pretrained && steps == 0;
    }
}
