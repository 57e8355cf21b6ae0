package org.convscope.engine.layer.spec;

import org.convscope.engine.tensor.Shape;

/** A layer with nothing to learn and no multiply-adds: pooling, flattening, activations, dropout. */
public sealed interface WeightlessSpec extends LayerSpec permits Pool2DSpec, FlattenSpec, ActivationSpec, DropoutSpec {

    @Override
    default ParamFormula formula(Shape in) {
        return ParamFormula.none();
    }

    @Override
    default long macs(Shape in) {
        return 0;
    }
}
