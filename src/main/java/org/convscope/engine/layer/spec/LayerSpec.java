package org.convscope.engine.layer.spec;

import org.convscope.engine.tensor.Shape;

/**
 * What a layer is, before any weights exist: enough to answer its output shape, its parameter
 * count and the formula behind it, which is all the architecture view and {@code summary} need.
 */
public sealed interface LayerSpec permits Conv2DSpec, DenseSpec, WeightlessSpec {

    /** The output shape for input {@code in}; throws {@link ArchitectureException} with the reason if impossible. */
    Shape outputShape(Shape in);

    /** The parameter count written out with the numbers of input {@code in}. */
    ParamFormula formula(Shape in);

    default long paramCount(Shape in) {
        return formula(in).total();
    }

    /** Keras' class name, as {@code model.summary()} prints it. */
    String kerasType();

    /** This layer in the compact architecture notation (see {@link ModelSpec#parse}). */
    String compact();

    /** Multiply-accumulate operations for one example's forward pass. */
    long macs(Shape in);

    /** The activation applied to this layer's output ({@link Activation#LINEAR} when none). */
    default Activation activation() {
        return Activation.LINEAR;
    }
}
