package org.convscope.engine.optim;

import java.util.Locale;

/**
 * An optimizer's hyper-parameters. The defaults are Keras' ({@code keras.optimizers.Adam()} and
 * {@code SGD()}), written here once: the CLI's help, the app, the Keras program and model files use them.
 */
public record OptimizerConfig(Kind kind, double learningRate, double momentum, double beta1, double beta2, double epsilon) {

    public static final double ADAM_LEARNING_RATE = 0.001;
    public static final double SGD_LEARNING_RATE = 0.01;
    public static final double BETA1 = 0.9;
    public static final double BETA2 = 0.999;
    public static final double EPSILON = 1e-7;

    public enum Kind { ADAM, SGD;

        public static Kind parse(String s) {
            try {
                return valueOf(s.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown optimizer '" + s + "' (adam or sgd)");
            }
        }
    }

    public OptimizerConfig {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) throw new IllegalArgumentException("learning rate must be positive, got " + learningRate);
        if (!(momentum >= 0 && momentum < 1)) throw new IllegalArgumentException("momentum must be in [0, 1), got " + momentum);
    }

    public static OptimizerConfig adam(double lr) {
        return new OptimizerConfig(Kind.ADAM, lr, 0, BETA1, BETA2, EPSILON);
    }

    public static OptimizerConfig adam() {
        return adam(ADAM_LEARNING_RATE);
    }

    // β and ε are Adam's and unused by SGD; they keep their defaults so a model file always has them
    public static OptimizerConfig sgd(double lr, double momentum) {
        return new OptimizerConfig(Kind.SGD, lr, momentum, BETA1, BETA2, EPSILON);
    }

    public OptimizerConfig withLearningRate(double lr) {
        return new OptimizerConfig(kind, lr, momentum, beta1, beta2, epsilon);
    }

    /** Default learning rate of each kind, as Keras has it. */
    public static double defaultLearningRate(Kind kind) {
        return kind == Kind.ADAM ? ADAM_LEARNING_RATE : SGD_LEARNING_RATE;
    }
}
