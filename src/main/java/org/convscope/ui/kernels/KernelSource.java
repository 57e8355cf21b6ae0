package org.convscope.ui.kernels;

import org.convscope.engine.model.Sequential;
import org.convscope.ui.training.ModelWeights;

/**
 * Turns weight snapshots (the engine's memory layout) into {@link ModelKernels} (the file's
 * layout) through a model of the same architecture, kept between calls. Not thread-safe: use it
 * from one background task at a time.
 */
final class KernelSource {
    private Sequential model;

    ModelKernels read(ModelWeights w) {
        if (model == null || !model.spec().equals(w.spec())) model = Sequential.build(w.spec(), 0);
        model.copyParamsFrom(w.params());
        return ModelKernels.fromFileLayout(w.spec(), model.exportWeights());
    }
}
