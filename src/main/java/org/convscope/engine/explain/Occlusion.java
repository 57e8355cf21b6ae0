package org.convscope.engine.explain;

import org.convscope.engine.model.DataParallel;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.parallel.WorkerPool;
import org.convscope.engine.tensor.Shape;

/**
 * Occlusion sensitivity (Zeiler and Fergus 2014): a square patch, filled with one value in every channel,
 * slides over the image; each occluded copy records the drop p_c(x) − p_c(copy) of the class's
 * probability. A pixel's value is the mean drop over the patches that cover it (as Captum's Occlusion
 * averages them); a pixel no patch covers (when the stride skips the last columns) is 0. Positive: hiding
 * it lowers p_c, so it spoke for the class.
 *
 * <p>The copies run in batches through the engine's inference path on the caller's thread, with buffers
 * of their own: a batch gives each copy exactly the logits it would get alone, so the map does not depend
 * on the batch size.
 */
final class Occlusion {
    /** Copies per inference call: the course model's 625 in three calls. */
    static final int BATCH = 256;
    private final DataParallel runner;
    private final int batch;

    Occlusion(Sequential model, int batch) {
        if (batch < 1) throw new IllegalArgumentException("batch must be at least 1");
        this.runner = new DataParallel(model, new WorkerPool(1)); // one worker: the caller, no threads
        this.batch = batch;
    }

    /** x: [H,W,C] of one example; returns [H·W]. */
    float[] map(float[] x, Shape in, int cls, int patch, int stride, float fill) {
        int h = in.height(), w = in.width(), c = in.channels(), size = in.size();
        if (patch > h || patch > w) throw new IllegalArgumentException("a " + patch + "×" + patch + " patch does not fit a " + h + "×" + w + " image");
        int rows = (h - patch) / stride + 1, cols = (w - patch) / stride + 1, total = rows * cols;
        int k = runner.model().classes();
        float[] logits = new float[Math.min(batch, total) * k];
        runner.logits(x, 1, logits);
        double base = probability(logits, 0, k, cls);
        double[] sum = new double[h * w];
        int[] covered = new int[h * w];
        float[] copies = new float[Math.min(batch, total) * size]; // copies: [n,H,W,C]
        for (int from = 0; from < total; from += batch) {
            int n = Math.min(batch, total - from);
            for (int b = 0; b < n; b++) {
                int top = (from + b) / cols * stride, left = (from + b) % cols * stride;
                System.arraycopy(x, 0, copies, b * size, size);
                for (int y = top; y < top + patch; y++) {
                    java.util.Arrays.fill(copies, b * size + (y * w + left) * c, b * size + (y * w + left + patch) * c, fill);
                }
            }
            runner.logits(copies, n, logits);
            for (int b = 0; b < n; b++) {
                double drop = base - probability(logits, b * k, k, cls);
                int top = (from + b) / cols * stride, left = (from + b) % cols * stride;
                for (int y = top; y < top + patch; y++) {
                    for (int xx = left; xx < left + patch; xx++) {
                        sum[y * w + xx] += drop;
                        covered[y * w + xx]++;
                    }
                }
            }
        }
        float[] map = new float[h * w];
        for (int p = 0; p < map.length; p++) map[p] = covered[p] == 0 ? 0f : (float) (sum[p] / covered[p]);
        return map;
    }

    // p_c = 1 / Σ_j exp(z_j − z_c): softmax of one class, stable for large logits. z: [K] at off
    static double probability(float[] z, int off, int k, int cls) {
        double s = 0;
        for (int j = 0; j < k; j++) s += Math.exp((double) z[off + j] - z[off + cls]);
        return 1 / s;
    }
}
