package org.convscope.training.experiment;

import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.optim.OptimizerConfig;

/**
 * One arm of an experiment: what it trains and with which optimizer; everything else (dataset,
 * subset, epochs, batch size, seed) the arms of a run share.
 *
 * @param id   short and stable ({@code "without"}), for files and the UI's texts
 * @param name in English, for the CLI and files ({@code "Without pooling"})
 */
public record ExperimentArm(String id, String name, ModelSpec spec, OptimizerConfig optimizer) {
}
