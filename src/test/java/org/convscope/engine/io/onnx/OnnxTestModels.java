package org.convscope.engine.io.onnx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.convscope.data.Dataset;
import org.convscope.data.DatasetKind;
import org.convscope.data.Datasets;
import org.convscope.data.Split;
import org.convscope.engine.io.ModelFile;
import org.convscope.engine.io.ModelFileException;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.io.TrainingInfo;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.tensor.Shape;
import org.convscope.engine.tensor.Tensor;

/** Models and inputs shared by the ONNX tests. */
final class OnnxTestModels {
    /** The shipped course model, trained on MNIST. */
    static final Path COURSE = Path.of("assets/models/mnist-course.cnn.zip");

    private OnnxTestModels() {
    }

    static SavedModel course() throws ModelFileException {
        return ModelFile.read(COURSE);
    }

    /** {@code spec} with seeded Glorot weights and small random biases (zero biases would hide a misplaced bias). */
    static SavedModel seeded(ModelSpec spec, long seed) {
        Sequential m = Sequential.build(spec, seed);
        float[] w = m.exportWeights();
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < w.length; i++) if (w[i] == 0f) w[i] = (float) (r.nextDouble() - 0.5) * 0.1f;
        List<String> classes = new ArrayList<>();
        for (int i = 0; i < spec.outputShape().size(); i++) classes.add("class " + i);
        return new SavedModel(spec, w, classes, "mnist", TrainingInfo.empty(), null);
    }

    /** The first {@code n} MNIST test images, [n, 1, 28, 28] (the same numbers as NHWC for one channel). */
    static float[] mnistImages(int n) {
        Dataset test = Datasets.load(DatasetKind.MNIST, Split.TEST);
        float[] x = new float[n * test.imageSize()];
        for (int i = 0; i < n; i++) test.writeNormalised(i, x, i * test.imageSize());
        return x;
    }

    /** Random values in [0, 1), [n, C, H, W]. */
    static float[] randomImages(Shape in, int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] x = new float[n * in.size()];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextDouble();
        return x;
    }

    /** The engine's logits and probabilities for NCHW input {@code nchw}: [2][n·classes]. */
    static float[][] engine(SavedModel model, float[] nchw, int n) {
        Sequential m = model.toSequential();
        Tensor x = Tensor.fromNchw(n, model.spec().input(), nchw);
        float[] probs = m.probabilities(x).data().clone();
        float[] logits = m.forward(x, false).data().clone();
        return new float[][] {logits, probs};
    }

    static float maxAbsDiff(float[] a, float[] b) {
        if (a.length != b.length) throw new AssertionError("lengths " + a.length + " and " + b.length);
        float max = 0;
        for (int i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i] - b[i]));
        return max;
    }
}
