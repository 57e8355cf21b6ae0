package org.convscope.ui.training;

import org.convscope.engine.layer.spec.ModelSpec;

/**
 * A copy of a model's parameters at one moment (engine memory layout) with its architecture; what
 * the inside-the-network views render from. Never written after creation.
 */
public record ModelWeights(ModelSpec spec, float[] params, long version) {
}
