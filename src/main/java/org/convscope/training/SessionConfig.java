package org.convscope.training;

import org.convscope.data.DatasetKind;
import org.convscope.engine.layer.spec.ModelSpec;

/**
 * Everything a {@link TrainingSession} trains with. {@code train.epochs()} is the length of one run
 * (Start after a finished run trains that many more). {@code probe} are the test-set indices of the
 * live prediction strip.
 */
public record SessionConfig(DatasetKind dataset, ModelSpec spec, TrainConfig train, int threads, int[] probe) {

    public SessionConfig {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        spec.inferClassifier(dataset.classCount());
        probe = probe.clone();
    }

    public SessionConfig withTrain(TrainConfig t) {
        return new SessionConfig(dataset, spec, t, threads, probe);
    }

    public SessionConfig withDataset(DatasetKind d) {
        return new SessionConfig(d, spec, train, threads, probe);
    }

    public SessionConfig withSpec(ModelSpec s) {
        return new SessionConfig(dataset, s, train, threads, probe);
    }

    /** Whether going from {@code this} to {@code next} needs a new model (not just new run settings). */
    boolean needsRebuild(SessionConfig next) {
        return dataset != next.dataset || !spec.equals(next.spec) || train.seed() != next.train.seed()
                || train.optimizer().kind() != next.train.optimizer().kind()
                || train.optimizer().momentum() != next.train.optimizer().momentum();
    }
}
