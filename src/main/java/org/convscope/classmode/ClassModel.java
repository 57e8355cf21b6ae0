package org.convscope.classmode;

import org.convscope.data.DatasetKind;
import org.convscope.engine.layer.spec.ModelSpec;

/**
 * The model on screen at one moment, as class mode reads drawings with it: the architecture, a copy of its
 * parameters (engine layout; never written after it is handed over), and the dataset, which decides the
 * preprocessing (digits are framed as MNIST's, clothes as Fashion-MNIST's).
 */
public record ClassModel(ModelSpec spec, float[] params, DatasetKind dataset) {
}
