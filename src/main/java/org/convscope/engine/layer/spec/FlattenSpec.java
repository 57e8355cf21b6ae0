package org.convscope.engine.layer.spec;

import org.convscope.engine.tensor.Shape;

/** Flatten: an H×W×C image becomes one vector (in C,H,W order, as PyTorch and the model file have it). */
public record FlattenSpec() implements WeightlessSpec {

    @Override
    public Shape outputShape(Shape in) {
        return Shape.vector(in.size());
    }

    @Override
    public String kerasType() {
        return "Flatten";
    }

    @Override
    public String compact() {
        return "f";
    }
}
