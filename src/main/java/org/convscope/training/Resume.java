package org.convscope.training;

import java.time.Instant;
import java.util.List;
import org.convscope.engine.io.TrainingInfo;

/**
 * Between a live training and what a model file records of it: the metadata to save now, and
 * where a training saved with such metadata resumes. The CLI and the app's session both use it,
 * so a model saved by one resumes in the other exactly where it stopped.
 */
public final class Resume {
    private Resume() {
    }

    /** The training metadata of {@code trainer} as it stands, with the epochs completed so far in {@code history}. */
    public static TrainingInfo info(Trainer trainer, TrainConfig config, List<TrainingInfo.Epoch> history, String appVersion) {
        TrainingInfo.Epoch last = history.isEmpty() ? null : history.get(history.size() - 1);
        Trainer.Position p = trainer.position();
        TrainingInfo.EpochInProgress inProgress = p.batchInEpoch() == 0 ? null
                : new TrainingInfo.EpochInProgress(p.batchInEpoch(), p.epochExamples(), p.epochLossSum(), p.epochCorrect());
        return TrainingInfo.builder().seed(config.seed()).epochs(p.epoch()).batchSize(config.batchSize())
                .optimizer(trainer.optimizer().config()).steps(p.step())
                .testAccuracy(last == null ? Double.NaN : last.testAccuracy())
                .testLoss(last == null ? Double.NaN : last.testLoss())
                .created(Instant.now()).appVersion(appVersion).history(history).inProgress(inProgress).build();
    }

    /**
     * Where a training saved with {@code info} goes on when it trains with batches of
     * {@code batchSize}: inside the epoch it stopped in, or at the start of that epoch when the
     * batch size differs from the saved one (its batches would not line up).
     */
    public static Trainer.Position position(TrainingInfo info, int batchSize) {
        TrainingInfo.EpochInProgress p = info.inProgress();
        if (p == null || info.batchSize() == null || info.batchSize() != batchSize) {
            return Trainer.Position.atEpoch(info.epochs(), info.steps());
        }
        return new Trainer.Position(info.epochs(), p.batches(), info.steps(), p.lossSum(), (int) p.correct(), p.examples());
    }

    /** A saved epoch record as the session publishes epochs (0-based; the speed was not saved). */
    public static EpochMetrics metrics(TrainingInfo.Epoch e) {
        return new EpochMetrics(e.epoch() - 1, e.trainLoss(), e.trainAccuracy(), e.testLoss(), e.testAccuracy(),
                e.seconds(), Double.NaN);
    }

    /** The version of ConvScope running, or "development" when run from classes. */
    public static String appVersion() {
        String v = Resume.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
