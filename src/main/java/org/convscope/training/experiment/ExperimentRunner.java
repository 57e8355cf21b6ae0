package org.convscope.training.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.convscope.data.Dataset;
import org.convscope.data.Datasets;
import org.convscope.data.Split;
import org.convscope.engine.model.DataParallel;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.optim.Optimizer;
import org.convscope.training.BatchPoint;
import org.convscope.training.BatchResult;
import org.convscope.training.DivergedException;
import org.convscope.training.EpochMetrics;
import org.convscope.training.Evaluation;
import org.convscope.training.Run;
import org.convscope.training.RunCurve;
import org.convscope.training.RunSettings;
import org.convscope.training.TrainConfig;
import org.convscope.training.Trainer;
import org.convscope.training.Warmup;

/**
 * Trains an experiment's arms one after another on the calling thread, with the synchronous
 * {@link Trainer}: the same subset, epochs, batch size and seed for each, the arm's own architecture
 * and optimizer. Reports progress after every batch and checks {@code cancelled} between batches.
 * An arm whose loss stops being a number ends there, with the epochs it finished.
 */
public final class ExperimentRunner {

    /** Hears how the experiment goes; called on the experiment's thread. */
    public interface Listener {
        void progress(Progress p);

        /** {@code run} is arm {@code index}'s result. */
        default void armDone(int index, Run run) {
        }
    }

    /** Where the experiment is: arm {@code arm} (0-based) of {@code arms}, its {@code step} of {@code steps} batches. */
    public record Progress(int arm, int arms, String armName, long step, long steps) {
        /** Of the whole experiment, 0..1, counting each arm alike. */
        public double fraction() {
            return (arm + (steps == 0 ? 0 : (double) step / steps)) / arms;
        }
    }

    static final double WARM_UP_SECONDS = 5;

    private ExperimentRunner() {
    }

    /**
     * Every arm's run, in the preset's order; throws {@link CancellationException} once {@code cancelled} says so.
     * The engine is warmed up first (at most {@value #WARM_UP_SECONDS} s), so the first arm's time is not the JIT's.
     */
    public static List<Run> run(ExperimentPreset preset, ExperimentSettings s, Listener listener, BooleanSupplier cancelled) {
        return run(preset, s, listener, cancelled, WARM_UP_SECONDS);
    }

    /** As {@link #run(ExperimentPreset, ExperimentSettings, Listener, BooleanSupplier)}, warming up for at most {@code warmUpSeconds}. */
    public static List<Run> run(ExperimentPreset preset, ExperimentSettings s, Listener listener, BooleanSupplier cancelled,
                                double warmUpSeconds) {
        if (warmUpSeconds > 0) Warmup.run(preset.arms().get(0).spec(), s.threads(), warmUpSeconds, cancelled);
        Dataset train = Datasets.load(s.dataset(), Split.TRAIN);
        Dataset test = Datasets.load(s.dataset(), Split.TEST);
        List<Run> runs = new ArrayList<>();
        List<ExperimentArm> arms = preset.arms();
        for (int i = 0; i < arms.size(); i++) {
            Run r = arm(preset, arms.get(i), i, arms.size(), s, train, test, listener, cancelled);
            runs.add(r);
            listener.armDone(i, r);
        }
        return runs;
    }

    private static Run arm(ExperimentPreset preset, ExperimentArm arm, int index, int count, ExperimentSettings s,
                           Dataset train, Dataset test, Listener listener, BooleanSupplier cancelled) {
        arm.spec().inferClassifier(s.dataset().classCount());
        Sequential model = Sequential.build(arm.spec(), s.seed());
        Optimizer optimizer = Optimizer.create(arm.optimizer(), model.paramCount());
        TrainConfig config = new TrainConfig(s.epochs(), s.batchSize(), arm.optimizer(), s.seed(), s.limit(), 0, true);
        List<BatchPoint> points = new ArrayList<>();
        List<EpochMetrics> epochs = new ArrayList<>();
        double trainSeconds = 0;
        long images = 0;
        try (DataParallel runner = new DataParallel(model, s.threads())) {
            Trainer trainer = new Trainer(runner, optimizer, train, config);
            long steps = (long) s.epochs() * trainer.batchesPerEpoch();
            long epochStart = System.nanoTime();
            int epochImages = 0;
            listener.progress(new Progress(index, count, arm.name(), 0, steps));
            while (!trainer.finished()) {
                if (cancelled.getAsBoolean()) throw new CancellationException("experiment cancelled");
                BatchResult r;
                try {
                    r = trainer.trainBatch();
                } catch (DivergedException e) {
                    break; // the loss is no longer a number: this arm has nothing more to show
                }
                epochImages += r.examples();
                double position = r.epoch() + (r.batch() + 1) / (double) trainer.batchesPerEpoch();
                points.add(new BatchPoint(r.step(), position, r.loss(), r.accuracy()));
                listener.progress(new Progress(index, count, arm.name(), r.step(), steps));
                if (r.lastOfEpoch()) {
                    double seconds = (System.nanoTime() - epochStart) / 1e9;
                    trainSeconds += seconds;
                    images += epochImages;
                    double[] means = trainer.epochMeans(true);
                    Evaluation ev = trainer.evaluate(test, s.testLimit());
                    epochs.add(new EpochMetrics(r.epoch(), means[0], means[1], ev.loss(), ev.accuracy(), seconds, epochImages / seconds));
                    epochImages = 0;
                    epochStart = System.nanoTime();
                }
            }
        }
        // a subset as large as the training set is the whole set
        RunSettings settings = new RunSettings(arm.optimizer(), s.batchSize(), s.seed(),
                s.limit() < train.size() ? s.limit() : Integer.MAX_VALUE);
        return new Run(arm.name(), preset.id(), arm.id(), s.dataset().id(), arm.spec(), settings, model.paramCount(),
                epochs.isEmpty() ? Double.NaN : trainSeconds, epochs.isEmpty() ? Double.NaN : images / trainSeconds,
                epochs, RunCurve.thin(points), model.params().clone());
    }
}
