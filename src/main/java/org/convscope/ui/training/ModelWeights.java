package org.convscope.ui.training;

import org.convscope.engine.io.SavedModel;
import org.convscope.engine.layer.spec.ModelSpec;

/**
 * A copy of a model's parameters at one moment (engine memory layout) with its architecture; what
 * the inside-the-network views render from. Never written after creation.
 */
public record ModelWeights(ModelSpec spec, float[] params, long version) {

    /** The weights of a model file (file layout) in the engine's layout, as version 0. */
    public static ModelWeights of(SavedModel model) {
        return new ModelWeights(model.spec(), model.toSequential().params(), 0);
    }
}
