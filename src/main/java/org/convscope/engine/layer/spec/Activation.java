package org.convscope.engine.layer.spec;

import java.util.Locale;

/** The activation functions a layer may apply to its output; names as Keras spells them. */
public enum Activation {
    LINEAR, RELU, SIGMOID, TANH, SOFTMAX;

    public String kerasName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Activation parse(String name) {
        for (Activation a : values()) {
            if (a.kerasName().equals(name.toLowerCase(Locale.ROOT))) return a;
        }
        throw new ArchitectureException("unknown activation '" + name + "' (relu, sigmoid, tanh, softmax, linear)");
    }
}
