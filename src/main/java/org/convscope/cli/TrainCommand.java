package org.convscope.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.convscope.data.Dataset;
import org.convscope.data.DatasetKind;
import org.convscope.data.Datasets;
import org.convscope.data.Split;
import org.convscope.engine.io.ModelFile;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.io.onnx.ModelFormats;
import org.convscope.engine.io.TrainingInfo;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.DataParallel;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.optim.Optimizer;
import org.convscope.training.BatchResult;
import org.convscope.training.EpochMetrics;
import org.convscope.training.Resume;
import org.convscope.training.Evaluation;
import org.convscope.training.TrainConfig;
import org.convscope.training.Trainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a model on MNIST or Fashion-MNIST, printing Keras-like progress and the test accuracy after each epoch.")
final class TrainCommand implements Callable<Integer> {

    @Mixin SharedOptions.Dataset dataset;

    @Mixin SharedOptions.Arch arch;

    @Option(names = "--init", paramLabel = "MODEL", description = "Start from a saved model (.cnn.zip or .onnx) and continue its training.")
    Path init;

    @Option(names = "--save", paramLabel = "FILE", description = "Save the trained model (.cnn.zip), with its history and optimizer state.")
    Path save;

    @Option(names = "--epochs", defaultValue = "5", description = "Epochs (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--batch", defaultValue = "32", description = "Batch size (default: ${DEFAULT-VALUE}, as Keras).")
    int batch;

    @Mixin OptimizerOptions optimizer;

    @Option(names = "--seed", description = "Seed for initial weights and shuffling (default: 1, or the saved model's, so a resumed training sees the images in the same order).")
    Long seed;

    @Option(names = "--limit", description = "Train on the first N training examples only.")
    Integer limit;

    @Option(names = "--steps", description = "Stop after N batches.")
    Long steps;

    @Option(names = "--no-shuffle", description = "Keep the training set in file order.")
    boolean noShuffle;

    @Mixin SharedOptions.Threads threads;

    @Mixin SharedOptions.JsonOutput json;

    @Override
    public Integer call() throws IOException {
        DatasetKind kind = dataset.kind();
        if (init != null && arch.given()) throw new IllegalArgumentException("give either --arch or --init, not both");
        SavedModel start = init != null ? ModelFormats.read(init) : null;
        ModelSpec spec = start != null ? start.spec() : arch.spec();
        spec.inferClassifier(kind.classCount());
        if (save != null) ModelFiles.checkWritable(save);
        int t = threads.count();

        long seedUsed = seed != null ? seed : start != null && start.training().seed() != null ? start.training().seed() : 1;
        Sequential model = start != null ? start.toSequential() : Sequential.build(spec, seedUsed);
        int firstEpoch = start != null ? start.training().epochs() : 0;
        long stepsDone = start != null ? start.training().steps() : 0;
        Optimizer opt = optimizer.create(start, model);
        TrainConfig config = new TrainConfig(firstEpoch + epochs, batch, opt.config(), seedUsed,
                limit == null ? Integer.MAX_VALUE : limit, steps == null ? 0 : stepsDone + steps, !noShuffle);
        Dataset train = Datasets.load(kind, Split.TRAIN);
        Dataset test = Datasets.load(kind, Split.TEST);
        try (DataParallel runner = new DataParallel(model, t)) {
            // a model saved inside an epoch goes on with that epoch's next batch
            Trainer trainer = new Trainer(runner, opt, train, config,
                    start != null ? Resume.position(start.training(), batch) : Trainer.Position.atEpoch(0, 0));
            List<TrainingInfo.Epoch> history = new ArrayList<>(start != null ? start.training().history() : List.of());
            int code = train(kind, trainer, test, history, t);
            if (save != null) {
                saveModel(kind, trainer, history);
                System.out.println("Saved " + save);
            }
            return code;
        }
    }

    private void saveModel(DatasetKind kind, Trainer trainer, List<TrainingInfo.Epoch> history) throws IOException {
        TrainingInfo info = Resume.info(trainer, trainer.config(), history, Cli.version());
        ModelFile.write(save, SavedModel.of(trainer.model(), kind.classNames(Locale.ENGLISH), kind.id(), info, trainer.optimizer()));
    }

    private int train(DatasetKind kind, Trainer trainer, Dataset test, List<TrainingInfo.Epoch> history, int threadCount) {
        TrainConfig config = trainer.config();
        System.out.printf(Locale.ROOT, "Training %s on %s: %,d examples, batch %d, %s lr %s, seed %d, %d thread(s)%n",
                trainer.model().spec().toCompact(), kind.id(), trainer.examplesPerEpoch(), config.batchSize(),
                config.optimizer().kind().name().toLowerCase(Locale.ROOT), config.optimizer().learningRate(),
                config.seed(), threadCount);
        ProgressBar bar = new ProgressBar(System.out, System.console() != null);
        long runStart = System.nanoTime();
        double trainSeconds = 0;
        long trainedImages = 0;
        EpochMetrics last = null;
        if (trainer.finished()) throw new IllegalArgumentException("nothing to train: the step limit is already reached");
        while (!trainer.finished()) {
            int epoch = trainer.epoch();
            System.out.printf(Locale.ROOT, "Epoch %d/%d%n", epoch + 1, config.epochs());
            long start = System.nanoTime();
            int images = 0;
            BatchResult r;
            do {
                r = trainer.trainBatch();
                images += r.examples();
                double[] means = trainer.epochMeans(false);
                bar.update(r.batch() + 1, trainer.batchesPerEpoch(), (System.nanoTime() - start) / 1e9,
                        metrics(means[0], means[1]));
            } while (!r.lastOfEpoch() && !trainer.finished());
            double seconds = (System.nanoTime() - start) / 1e9;
            trainSeconds += seconds;
            trainedImages += images;
            // stopped inside an epoch (--steps): its sums stay for saving, and it is not history yet
            double[] means = trainer.epochMeans(r.lastOfEpoch());
            Evaluation ev = trainer.evaluate(test, Integer.MAX_VALUE);
            last = new EpochMetrics(epoch, means[0], means[1], ev.loss(), ev.accuracy(), seconds, images / seconds);
            if (r.lastOfEpoch()) history.add(new TrainingInfo.Epoch(epoch + 1, means[0], means[1], ev.loss(), ev.accuracy(), seconds));
            bar.finish(r.batch() + 1, seconds, metrics(means[0], means[1])
                    + String.format(Locale.ROOT, " - %,.0f images/s - test_loss: %.4f - test_accuracy: %.4f",
                    images / seconds, ev.loss(), ev.accuracy()));
        }
        double total = (System.nanoTime() - runStart) / 1e9;
        System.out.printf(Locale.ROOT, "Test accuracy: %.4f (test loss %.4f) after %d step(s), %.1f s%n",
                last.testAccuracy(), last.testLoss(), trainer.step(), total);
        if (json.enabled) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("dataset", kind.id());
            m.put("architecture", trainer.model().spec().toCompact());
            m.put("epochs", last.epoch() + 1);
            m.put("steps", trainer.step());
            m.put("test_accuracy", last.testAccuracy());
            m.put("test_loss", last.testLoss());
            m.put("train_loss", last.trainLoss());
            m.put("train_accuracy", last.trainAccuracy());
            m.put("images_per_s", Math.round(trainedImages / trainSeconds));
            m.put("seconds", Math.round(total * 100) / 100.0);
            System.out.println(Json.line(m));
        }
        return 0;
    }

    private static String metrics(double loss, double acc) {
        return String.format(Locale.ROOT, "loss: %.4f - accuracy: %.4f", loss, acc);
    }
}
