package org.convscope.engine.layer.spec;

import java.util.Locale;
import java.util.Optional;
import org.convscope.engine.tensor.Shape;

/**
 * Architectures to start from, each for 28×28 grey images and 10 classes. Their names also work
 * wherever an architecture is parsed ({@code --arch lenet5}).
 */
public enum Preset {
    /** The course's Keras model: 93,322 parameters. */
    COURSE("course", "c32k3-p2-c64k3-p2-c64k3-f-d64-d10"),
    /** LeCun's LeNet-5 on 28×28 inputs ('same' padding stands in for the original 32×32): tanh, average pooling, 61,706 parameters. */
    LENET5("lenet5", "c6k5same:tanh-ap2-c16k5:tanh-ap2-f-d120:tanh-d84:tanh-d10"),
    /** One small convolution and the classifier: 13,610 parameters, an epoch in seconds. */
    TINY("tiny", "c8k3-p2-f-d10"),
    /** Three convolution blocks, 'same' padding, dropout before the dense layers: 159,626 parameters. */
    DEEPER("deeper", "c32k3same-p2-c64k3same-p2-c128k3-p2-f-dr0.5-d128-d10");

    private final String id;
    private final String compact;

    Preset(String id, String compact) {
        this.id = id;
        this.compact = compact;
    }

    /** The name used on the command line, e.g. {@code lenet5}. */
    public String id() {
        return id;
    }

    public ModelSpec spec() {
        return spec(ModelSpec.MNIST_INPUT);
    }

    public ModelSpec spec(Shape input) {
        return new ModelSpec(input, CompactNotation.parse(compact));
    }

    /** The preset named {@code name} (case and surrounding spaces ignored). */
    public static Optional<Preset> byId(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (Preset p : values()) {
            if (p.id.equals(wanted)) return Optional.of(p);
        }
        return Optional.empty();
    }

    /** The preset that is exactly {@code spec}, if one is. */
    public static Optional<Preset> of(ModelSpec spec) {
        for (Preset p : values()) {
            if (p.spec(spec.input()).equals(spec)) return Optional.of(p);
        }
        return Optional.empty();
    }
}
