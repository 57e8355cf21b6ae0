package org.convscope.classmode;

import java.util.List;
import org.convscope.data.Dataset;
import org.convscope.data.DigitPreprocessor;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.DataParallel;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.optim.Optimizer;
import org.convscope.engine.optim.OptimizerConfig;
import org.convscope.training.Evaluation;
import org.convscope.training.TrainConfig;
import org.convscope.training.Trainer;

/**
 * "Train on our drawings": a few steps of fine-tuning on the class's labelled drawings, on a copy of the
 * weights, measured before and after on the class's drawings and on the MNIST test set, so the class sees
 * both the gain on its own handwriting and what the network may forget. The model on screen is untouched;
 * whether it takes the new weights is the teacher's choice.
 */
public final class FineTune {
    public static final int STEPS = 20;
    public static final int BATCH = 16;
    /** Half of Adam's usual rate: enough to move the answers in twenty steps, not to wipe what MNIST taught. */
    public static final double LEARNING_RATE = 0.0005;

    /** A labelled drawing: its 28×28 input (x: [28*28], ink = 1) and what the student meant. */
    public record Example(float[] input, int label) {
    }

    /**
     * Accuracy before and after, on the class's drawings and the test set, and the fine-tuned weights
     * (engine layout) of {@code spec}.
     */
    public record Result(double classBefore, double classAfter, double testBefore, double testAfter, int examples,
                         ModelSpec spec, float[] params) {
    }

    private FineTune() {
    }

    /** Fine-tunes a copy of {@code params} for {@value #STEPS} steps; {@code threads} workers. */
    public static Result run(ModelSpec spec, float[] params, List<Example> examples, Dataset test, int threads) {
        if (examples.isEmpty()) throw new IllegalArgumentException("no labelled drawings to train on");
        Dataset ours = dataset(examples);
        Sequential model = Sequential.build(spec, 0);
        model.copyParamsFrom(params);
        try (DataParallel runner = new DataParallel(model, threads)) {
            Evaluation classBefore = Trainer.evaluate(runner, ours, Integer.MAX_VALUE);
            Evaluation testBefore = Trainer.evaluate(runner, test, Integer.MAX_VALUE);
            OptimizerConfig adam = OptimizerConfig.adam(LEARNING_RATE);
            TrainConfig config = new TrainConfig(STEPS, Math.min(BATCH, examples.size()), adam, 1, Integer.MAX_VALUE, STEPS, true);
            Trainer trainer = new Trainer(runner, Optimizer.create(adam, model.paramCount()), ours, config);
            while (!trainer.finished()) trainer.trainBatch();
            Evaluation classAfter = Trainer.evaluate(runner, ours, Integer.MAX_VALUE);
            Evaluation testAfter = Trainer.evaluate(runner, test, Integer.MAX_VALUE);
            return new Result(classBefore.accuracy(), classAfter.accuracy(), testBefore.accuracy(), testAfter.accuracy(),
                    examples.size(), spec, model.params().clone());
        }
    }

    // the drawings as a dataset of bytes, as MNIST's are kept
    private static Dataset dataset(List<Example> examples) {
        int pixels = DigitPreprocessor.SIZE * DigitPreprocessor.SIZE;
        byte[] x = new byte[examples.size() * pixels]; // x: [N,28,28]
        byte[] y = new byte[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            float[] in = examples.get(i).input();
            for (int p = 0; p < pixels; p++) x[i * pixels + p] = (byte) Math.round(Math.max(0, Math.min(1, in[p])) * 255);
            y[i] = (byte) examples.get(i).label();
        }
        return Dataset.of("our drawings", DigitPreprocessor.SIZE, DigitPreprocessor.SIZE, 10, x, y);
    }
}
