package org.convscope.engine.layer.spec;

import java.util.List;
import org.convscope.engine.tensor.Shape;

/** A stand-alone activation, Keras' {@code layers.Activation('relu')}: same shape, nothing learned. */
public record ActivationSpec(Activation activation) implements WeightlessSpec {

    public ActivationSpec {
        if (activation == null || activation == Activation.LINEAR) {
            throw new ArchitectureException("an Activation layer needs relu, sigmoid, tanh or softmax");
        }
    }

    @Override
    public Shape outputShape(Shape in) {
        if (activation == Activation.SOFTMAX && !in.isVector()) {
            throw new ArchitectureException(ArchitectureException.Reason.SOFTMAX_NEEDS_VECTOR, List.of(),
                    "softmax needs a flat vector of class scores: add Flatten first");
        }
        return in;
    }

    @Override
    public String kerasType() {
        return "Activation";
    }

    @Override
    public String compact() {
        return activation.kerasName();
    }
}
