package org.convscope.engine.learned;

import java.util.ArrayList;
import java.util.List;
import org.convscope.engine.layer.spec.FlattenSpec;
import org.convscope.engine.layer.spec.LayerInfo;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.parallel.WorkerPool;
import org.convscope.engine.tensor.Tensor;

/**
 * One flat layer's output for many images (after its activation, as the next layer sees it), with the model's
 * answer for each: what an embedding map lays out in 2-D.
 *
 * @param layer     the layer's index in the architecture
 * @param count     images
 * @param dims      values per image
 * @param values    [count, dims]
 * @param predicted the class the model gives each image
 */
public record Activations(int layer, int count, int dims, float[] values, int[] predicted) {

    /** The architecture layers whose output is a vector (flatten, dense, and what follows them), in order. */
    public static List<Integer> flatLayers(ModelSpec spec) {
        List<Integer> out = new ArrayList<>();
        for (LayerInfo info : spec.infer()) if (info.output().isVector()) out.add(info.index());
        return out;
    }

    /**
     * The layer an embedding shows unless told: the last flat layer before the class scores (the course model's
     * 64-unit dense layer), or the scores themselves when nothing flat comes before them.
     */
    public static int defaultLayer(ModelSpec spec) {
        List<Integer> flat = flatLayers(spec);
        if (flat.isEmpty()) throw new IllegalArgumentException("the model has no flat layer");
        int last = spec.layers().size() - 1;
        for (int i = flat.size() - 1; i >= 0; i--) {
            int l = flat.get(i);
            if (l < last && !(spec.layers().get(l) instanceof FlattenSpec)) return l;
        }
        return flat.get(flat.size() - 1);
    }

    /** Image {@code i}'s values: a copy of row i. */
    public float[] row(int i) {
        return java.util.Arrays.copyOfRange(values, i * dims, (i + 1) * dims);
    }

    /**
     * Runs the first {@code count} of {@code images} through {@code model} and keeps flat layer {@code layer}'s
     * output. {@code model} is only read.
     */
    public static Activations collect(Sequential model, ImageSource images, int count, int layer, WorkerPool pool) {
        LayerInfo info = model.spec().infer().get(layer);
        if (!info.output().isVector()) throw new IllegalArgumentException(info.name() + " is not flat: it outputs " + info.output().toDisplay());
        int runtime = -1;
        for (int r = 0; r < model.layers().size(); r++) if (model.specIndexOf(r) == layer) runtime = r; // after its activation
        int dims = info.output().size(), k = model.classes(), tap = runtime;
        boolean softmaxLast = tap == model.layers().size() - 1 && model.layers().get(tap).kind().equals("softmax");
        float[] values = new float[count * dims];
        int[] predicted = new int[count];
        BatchedPass.run(model, images, count, pool, (w, replica, logits, from, to) -> {
            // a final softmax is not run by forward: the scores are its input
            Tensor out = softmaxLast ? logits : replica.layers().get(tap).lastOutput(); // out: [n, dims]
            System.arraycopy(out.data(), 0, values, from * dims, (to - from) * dims);
            float[] z = logits.data(); // z: [n, K]
            for (int b = 0; b < to - from; b++) {
                int best = 0;
                for (int j = 1; j < k; j++) if (z[b * k + j] > z[b * k + best]) best = j;
                predicted[from + b] = best;
            }
        });
        return new Activations(layer, count, dims, values, predicted);
    }
}
