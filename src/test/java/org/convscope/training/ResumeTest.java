package org.convscope.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.convscope.data.Dataset;
import org.convscope.data.DatasetKind;
import org.convscope.data.Datasets;
import org.convscope.data.Split;
import org.convscope.engine.io.ModelFile;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.io.TrainingInfo;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.DataParallel;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.optim.Optimizer;
import org.convscope.engine.optim.OptimizerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A training saved inside an epoch and resumed from its file trains exactly the batches, with
 * exactly the losses, that the same training without the interruption would have.
 */
class ResumeTest {
    private static final ModelSpec TINY = ModelSpec.parse("c4k3-p2-f-d10");
    private static final TrainConfig CONFIG = new TrainConfig(3, 32, OptimizerConfig.adam(), 5, 320, 0, true); // 10 batches an epoch
    private static final Dataset TRAIN = Datasets.load(DatasetKind.MNIST, Split.TRAIN);
    @TempDir
    Path dir;

    private record Run(Trainer trainer, DataParallel runner, List<TrainingInfo.Epoch> history) {
        List<Double> train(int steps) {
            List<Double> losses = new ArrayList<>();
            for (int i = 0; i < steps; i++) {
                BatchResult r = trainer.trainBatch();
                losses.add(r.loss());
                if (r.lastOfEpoch()) {
                    double[] m = trainer.epochMeans(true);
                    history.add(new TrainingInfo.Epoch(r.epoch() + 1, m[0], m[1], Double.NaN, Double.NaN, 0));
                }
            }
            return losses;
        }
    }

    private static Run fresh() {
        Sequential model = Sequential.build(TINY, CONFIG.seed());
        DataParallel dp = new DataParallel(model, 2);
        Optimizer adam = Optimizer.create(CONFIG.optimizer(), model.paramCount());
        return new Run(new Trainer(dp, adam, TRAIN, CONFIG), dp, new ArrayList<>());
    }

    @Test
    void resumingInsideAnEpochContinuesTheSameLossCurve() throws Exception {
        List<Double> straight;
        List<TrainingInfo.Epoch> straightHistory;
        Run run = fresh();
        try (DataParallel dp = run.runner()) {
            straight = run.train(25);
            straightHistory = run.history();
        }

        Path file = dir.resolve("half.cnn.zip");
        List<Double> first;
        Run a = fresh();
        try (DataParallel dp = a.runner()) {
            first = a.train(13); // the second epoch's third batch
            TrainingInfo info = Resume.info(a.trainer(), CONFIG, a.history(), "test");
            assertNotNull(info.inProgress(), "saved inside an epoch");
            assertEquals(3, info.inProgress().batches());
            ModelFile.write(file, SavedModel.of(dp.model(), DatasetKind.MNIST.classNames(Locale.ENGLISH), "mnist", info,
                    a.trainer().optimizer()));
        }

        SavedModel saved = ModelFile.read(file);
        Sequential model = saved.toSequential();
        try (DataParallel dp = new DataParallel(model, 1)) { // another thread count: the engine is deterministic anyway
            Trainer resumed = new Trainer(dp, saved.optimizer().restore(model), TRAIN, CONFIG,
                    Resume.position(saved.training(), CONFIG.batchSize()));
            Run b = new Run(resumed, dp, new ArrayList<>(saved.training().history()));
            List<Double> rest = b.train(12);

            List<Double> joined = new ArrayList<>(first);
            joined.addAll(rest);
            assertEquals(straight, joined, "the same loss, batch for batch");
            assertEquals(straightHistory, b.history(), "the same epoch means, the interrupted epoch's too");
            assertEquals(25, resumed.step());
        }
    }

    @Test
    void anotherBatchSizeStartsTheInterruptedEpochOver() {
        TrainingInfo info = TrainingInfo.builder().epochs(1).steps(13).batchSize(32)
                .inProgress(new TrainingInfo.EpochInProgress(3, 96, 50.0, 40)).build();
        assertEquals(new Trainer.Position(1, 3, 13, 50.0, 40, 96), Resume.position(info, 32));
        assertEquals(Trainer.Position.atEpoch(1, 13), Resume.position(info, 64));
    }
}
