package org.convscope.engine.model;

import java.util.SplittableRandom;

/** Weight initialisers; Keras' default for Conv2D and Dense kernels is Glorot-uniform, biases zero. */
public enum Initializer {
    /** U(−l, l) with l = √(6 / (fan_in + fan_out)). */
    GLOROT_UNIFORM,
    /** U(−l, l) with l = √(6 / fan_in), suited to ReLU. */
    HE_UNIFORM;

    public float sample(SplittableRandom rng, int fanIn, int fanOut) {
        double limit = switch (this) {
            case GLOROT_UNIFORM -> Math.sqrt(6.0 / (fanIn + fanOut));
            case HE_UNIFORM -> Math.sqrt(6.0 / fanIn);
        };
        return (float) ((rng.nextDouble() * 2 - 1) * limit);
    }
}
