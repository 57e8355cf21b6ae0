package org.convscope.engine.optim;

import java.util.Locale;

/** An optimizer's hyper-parameters. Defaults are Keras': Adam lr 0.001, β1 0.9, β2 0.999, ε 1e-7; SGD lr 0.01. */
public record OptimizerConfig(Kind kind, double learningRate, double momentum, double beta1, double beta2, double epsilon) {

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
        return new OptimizerConfig(Kind.ADAM, lr, 0, 0.9, 0.999, 1e-7);
    }

    public static OptimizerConfig adam() {
        return adam(0.001);
    }

    public static OptimizerConfig sgd(double lr, double momentum) {
        return new OptimizerConfig(Kind.SGD, lr, momentum, 0.9, 0.999, 1e-7);
    }

    public OptimizerConfig withLearningRate(double lr) {
        return new OptimizerConfig(kind, lr, momentum, beta1, beta2, epsilon);
    }

    /** Default learning rate of each kind, as Keras has it. */
    public static double defaultLearningRate(Kind kind) {
        return kind == Kind.ADAM ? 0.001 : 0.01;
    }
}
