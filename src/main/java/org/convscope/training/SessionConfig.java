package org.convscope.training;

import org.convscope.data.DatasetKind;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.layer.spec.ModelSpec;

/**
 * Everything a {@link TrainingSession} trains with. {@code train.epochs()} is the length of one run
 * (Start after a finished run trains that many more). {@code probe} are the test-set indices of the
 * live prediction strip. {@code initial}, if not null, is a saved model whose weights a new model
 * starts from instead of the seed's (a pretrained model); Reset always goes back to the seed.
 */
public record SessionConfig(DatasetKind dataset, ModelSpec spec, TrainConfig train, int threads, int[] probe,
                            SavedModel initial) {

    public SessionConfig {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        spec.inferClassifier(dataset.classCount());
        probe = probe.clone();
        if (initial != null && !initial.spec().equals(spec)) {
            throw new IllegalArgumentException("the initial model's architecture " + initial.spec().toCompact()
                    + " is not the session's " + spec.toCompact());
        }
        if (initial != null && initial.dataset() != null && !initial.dataset().equals(dataset.id())) {
            throw new IllegalArgumentException("the initial model was trained on " + initial.dataset() + ", not " + dataset.id());
        }
    }

    /** A model that starts from the seed. */
    public SessionConfig(DatasetKind dataset, ModelSpec spec, TrainConfig train, int threads, int[] probe) {
        this(dataset, spec, train, threads, probe, null);
    }

    public SessionConfig withTrain(TrainConfig t) {
        return new SessionConfig(dataset, spec, t, threads, probe, initial);
    }

    /** Another dataset, starting from the seed (a pretrained model belongs to its own dataset). */
    public SessionConfig withDataset(DatasetKind d) {
        return new SessionConfig(d, spec, train, threads, probe, null);
    }

    /** Another architecture, starting from the seed. */
    public SessionConfig withSpec(ModelSpec s) {
        return new SessionConfig(dataset, s, train, threads, probe, null);
    }

    /** The same settings, with a new model starting from {@code model}'s weights (null: from the seed). */
    public SessionConfig withInitial(SavedModel model) {
        return new SessionConfig(dataset, spec, train, threads, probe, model);
    }

    /**
     * Whether going from {@code this} to {@code next} needs a new model (not just new run settings).
     * A different initial model alone does not: the model in training is kept.
     */
    boolean needsRebuild(SessionConfig next) {
        return dataset != next.dataset || !spec.equals(next.spec) || train.seed() != next.train.seed()
                || train.optimizer().kind() != next.train.optimizer().kind()
                || train.optimizer().momentum() != next.train.optimizer().momentum();
    }
}
