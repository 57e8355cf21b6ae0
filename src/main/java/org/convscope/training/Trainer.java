package org.convscope.training;

import org.convscope.data.Batcher;
import org.convscope.data.Dataset;
import org.convscope.engine.model.DataParallel;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.model.StepResult;
import org.convscope.engine.optim.Optimizer;

/**
 * Synchronous training, one batch per call: the CLI loops over it, the app's
 * {@link TrainingSession} drives it from its worker thread. Epoch boundaries, the step cap and the
 * running means of the current epoch are kept here.
 */
public final class Trainer {
    /**
     * Bytes of test images per inference call. Under half a G1 region (512 KB at the installers' 560 MB heap), so the
     * buffer is never a humongous object: a 3 MB one was made at every epoch's evaluation, and a humongous allocation
     * starts a G1 concurrent marking whenever the old generation is over the marking threshold (a soak of the app
     * image had two frame gaps of 120 ms, each during one; the installers now mark at 75% of the heap, not 45%).
     */
    private static final int EVAL_BYTES = 480 * 1024;

    private final DataParallel runner;
    private final Optimizer optimizer;
    private TrainConfig config;
    private final Batcher batcher;
    private int epoch;
    private int batchInEpoch;
    private long step;
    private double epochLossSum;
    private int epochCorrect;
    private int epochExamples;

    /**
     * Where a training stands, all a resumed one needs besides the weights and the optimizer: the
     * epoch (0-based), the batches of it already trained, the steps taken, and the running sums
     * of the epoch so far (for its mean loss and accuracy).
     */
    public record Position(int epoch, int batchInEpoch, long step, double epochLossSum, int epochCorrect, int epochExamples) {

        public Position {
            if (epoch < 0 || batchInEpoch < 0 || step < 0 || epochCorrect < 0 || epochExamples < epochCorrect) {
                throw new IllegalArgumentException("not a training position: epoch " + epoch + ", batch " + batchInEpoch
                        + ", step " + step + ", " + epochCorrect + " of " + epochExamples + " right");
            }
        }

        /** The start of epoch {@code epoch} with {@code steps} steps already taken. */
        public static Position atEpoch(int epoch, long steps) {
            return new Position(epoch, 0, steps, 0, 0, 0);
        }
    }

    public Trainer(DataParallel runner, Optimizer optimizer, Dataset train, TrainConfig config) {
        this(runner, optimizer, train, config, 0, 0);
    }

    /** Resumes at the start of epoch {@code firstEpoch} (0-based), with {@code stepsDone} steps already taken. */
    public Trainer(DataParallel runner, Optimizer optimizer, Dataset train, TrainConfig config, int firstEpoch, long stepsDone) {
        this(runner, optimizer, train, config, Position.atEpoch(firstEpoch, stepsDone));
    }

    /** Resumes at {@code from}: inside an epoch, with the batch after the ones it says were trained. */
    public Trainer(DataParallel runner, Optimizer optimizer, Dataset train, TrainConfig config, Position from) {
        if (train.classes() != runner.model().classes()) {
            throw new IllegalArgumentException("the model outputs " + runner.model().classes()
                    + " classes but the dataset has " + train.classes());
        }
        if (!train.inputShape().equals(runner.model().inputShape())) {
            throw new IllegalArgumentException("the model expects " + runner.model().inputShape().toDisplay()
                    + " images but the dataset has " + train.inputShape().toDisplay());
        }
        this.runner = runner;
        this.optimizer = optimizer;
        this.config = config;
        this.batcher = new Batcher(train, config.batchSize(), config.shuffle(), config.seed(), config.limit());
        this.epoch = from.epoch();
        this.step = from.step();
        batcher.startEpoch(from.epoch());
        // a position the epoch does not have (another batch size or limit than when saved): the epoch starts over
        if (from.batchInEpoch() > 0 && from.batchInEpoch() < batcher.batchesPerEpoch()) {
            batcher.skip(from.batchInEpoch());
            batchInEpoch = from.batchInEpoch();
            epochLossSum = from.epochLossSum();
            epochCorrect = from.epochCorrect();
            epochExamples = from.epochExamples();
        }
    }

    /** Where this training stands now, to resume it later. */
    public Position position() {
        return new Position(epoch, batchInEpoch, step, epochLossSum, epochCorrect, epochExamples);
    }

    /** Moves the end of the run (0-based epoch index after the last one to train). */
    public void setEndEpoch(int endEpoch) {
        config = config.withEpochs(Math.max(1, endEpoch));
    }

    /** True when every epoch is done or the step cap is reached. */
    public boolean finished() {
        return epoch >= config.epochs() || (config.maxSteps() > 0 && step >= config.maxSteps());
    }

    /**
     * Trains on the next batch. Throws {@link DivergedException} if the loss is not finite (the
     * update is skipped, so the weights stay usable).
     */
    public BatchResult trainBatch() {
        if (finished()) throw new IllegalStateException("training is finished");
        if (!batcher.next()) throw new IllegalStateException("epoch has no batches");
        StepResult r = runner.trainStep(batcher.images(), batcher.labels(), batcher.size(), optimizer);
        if (!r.finite()) throw new DivergedException(step + 1, epoch, optimizer.learningRate());
        step++;
        int thisEpoch = epoch, thisBatch = batchInEpoch;
        epochLossSum += r.loss() * r.examples();
        epochCorrect += r.correct();
        epochExamples += r.examples();
        boolean last = batchInEpoch + 1 >= batcher.batchesPerEpoch();
        if (last) {
            epoch++;
            batchInEpoch = 0;
            if (epoch < config.epochs()) batcher.startEpoch(epoch);
        } else {
            batchInEpoch++;
        }
        return new BatchResult(thisEpoch, thisBatch, step, r.loss(), r.correct(), r.examples(), last);
    }

    /** Mean loss and accuracy of the current epoch so far; resets them when {@code reset}. */
    public double[] epochMeans(boolean reset) {
        double[] m = {epochExamples == 0 ? Double.NaN : epochLossSum / epochExamples,
                epochExamples == 0 ? Double.NaN : (double) epochCorrect / epochExamples};
        if (reset) {
            epochLossSum = 0;
            epochCorrect = 0;
            epochExamples = 0;
        }
        return m;
    }

    /** Evaluates the model on the first {@code limit} examples of {@code data} (inference mode, all cores). */
    public Evaluation evaluate(Dataset data, int limit) {
        return evaluate(runner, data, limit);
    }

    public static Evaluation evaluate(DataParallel runner, Dataset data, int limit) {
        int n = Math.min(limit, data.size());
        int classes = runner.model().classes();
        int pixels = data.imageSize();
        int chunk = evalChunk(pixels);
        float[] x = new float[Math.min(chunk, n) * pixels]; // [chunk,H,W,C]
        float[] logits = new float[Math.min(chunk, n) * classes];
        int[] labels = new int[Math.min(chunk, n)];
        Evaluation.Builder eval = new Evaluation.Builder(classes);
        for (int start = 0; start < n; start += chunk) {
            int count = Math.min(chunk, n - start);
            for (int k = 0; k < count; k++) {
                data.writeNormalised(start + k, x, k * pixels);
                labels[k] = data.label(start + k);
            }
            runner.logits(x, count, logits);
            eval.add(logits, labels, count);
        }
        return eval.build();
    }

    /** Test images per inference call: {@link #EVAL_BYTES} of them, in whole chunks of {@link DataParallel#INFER_CHUNK}. */
    static int evalChunk(int pixels) {
        int piece = DataParallel.INFER_CHUNK;
        return Math.max(piece, EVAL_BYTES / (Float.BYTES * pixels) / piece * piece);
    }

    public int epoch() {
        return epoch;
    }

    public int batchInEpoch() {
        return batchInEpoch;
    }

    public long step() {
        return step;
    }

    public int batchesPerEpoch() {
        return batcher.batchesPerEpoch();
    }

    public int examplesPerEpoch() {
        return batcher.examplesPerEpoch();
    }

    public TrainConfig config() {
        return config;
    }

    public Optimizer optimizer() {
        return optimizer;
    }

    public Sequential model() {
        return runner.model();
    }
}
