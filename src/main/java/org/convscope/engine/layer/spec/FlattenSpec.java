package org.convscope.engine.layer.spec;

import org.convscope.engine.tensor.Shape;

/** Flatten: an H×W×C image becomes one vector (in C,H,W order, as PyTorch and the model file have it). */
public record FlattenSpec() implements LayerSpec {

    @Override
    public Shape outputShape(Shape in) {
        return Shape.vector(in.size());
    }

    @Override
    public ParamFormula formula(Shape in) {
        return ParamFormula.none();
    }

    @Override
    public String kerasType() {
        return "Flatten";
    }

    @Override
    public long macs(Shape in) {
        return 0;
    }

    @Override
    public String compact() {
        return "f";
    }
}
