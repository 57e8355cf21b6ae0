package org.convscope.cli;

import org.convscope.engine.io.SavedModel;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.optim.Optimizer;
import org.convscope.engine.optim.OptimizerConfig;
import picocli.CommandLine.Option;

/** {@code train}'s choice of optimizer, and how it meets the optimizer state a saved model brings. */
final class OptimizerOptions {

    @Option(names = "--optimizer", paramLabel = "adam|sgd", description = "Optimizer (default: adam, or the saved model's).")
    String kind;

    @Option(names = "--lr", description = "Learning rate (default: " + OptimizerConfig.ADAM_LEARNING_RATE + " for adam, "
            + OptimizerConfig.SGD_LEARNING_RATE + " for sgd).")
    Double lr;

    @Option(names = "--momentum", description = "SGD momentum (default: 0).")
    Double momentum;

    /** A saved optimizer state is resumed unless the command asks for another optimizer or rate. */
    Optimizer create(SavedModel start, Sequential model) {
        boolean explicit = kind != null || lr != null || momentum != null;
        if (start != null && start.optimizer() != null && !explicit) return start.optimizer().restore(model);
        OptimizerConfig.Kind k = OptimizerConfig.Kind.parse(kind == null ? "adam" : kind);
        double rate = lr != null ? lr : OptimizerConfig.defaultLearningRate(k);
        OptimizerConfig config = k == OptimizerConfig.Kind.ADAM
                ? OptimizerConfig.adam(rate) : OptimizerConfig.sgd(rate, momentum == null ? 0 : momentum);
        return Optimizer.create(config, model.paramCount());
    }
}
