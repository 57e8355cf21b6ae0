package org.convscope.engine.model;

import org.convscope.engine.kernel.Vec;
import org.convscope.engine.loss.SoftmaxCrossEntropy;
import org.convscope.engine.optim.Optimizer;
import org.convscope.engine.parallel.WorkerPool;
import org.convscope.engine.tensor.Tensor;

/**
 * Runs a model on several cores by splitting each batch: worker w takes a contiguous slice of the
 * examples through its own replica (shared weights, own activations and gradients), then the
 * gradients are summed and the optimizer applied, each worker over its own range of parameters. Two
 * synchronisations per step, no shared writes in between, so no locks and no false sharing.
 */
public final class DataParallel implements AutoCloseable {
    private static final int ALIGN = 16; // floats per 64-byte cache line

    private final Sequential model;
    private final Sequential[] replicas; // replicas[0] is the model itself
    private final WorkerPool pool;
    private final boolean ownsPool;
    private final Tensor[] inputs;
    private final Tensor[] dLogits;
    private final double[] lossSums;
    private final int[] corrects;

    public DataParallel(Sequential model, int threads) {
        this(model, new WorkerPool(threads), true);
    }

    public DataParallel(Sequential model, WorkerPool pool) {
        this(model, pool, false);
    }

    private DataParallel(Sequential model, WorkerPool pool, boolean ownsPool) {
        this.model = model;
        this.pool = pool;
        this.ownsPool = ownsPool;
        int t = pool.size();
        replicas = new Sequential[t];
        replicas[0] = model;
        for (int i = 1; i < t; i++) replicas[i] = model.replica();
        inputs = new Tensor[t];
        dLogits = new Tensor[t];
        lossSums = new double[t];
        corrects = new int[t];
    }

    public Sequential model() {
        return model;
    }

    public int threads() {
        return pool.size();
    }

    /**
     * One optimisation step on {@code n} examples. x: [n,H,W,C] (the model's input shape), labels[n].
     * A non-finite loss skips the update, so a diverging run never writes NaN into the weights.
     */
    public StepResult trainStep(float[] x, int[] labels, int n, Optimizer optimizer) {
        if (n <= 0) throw new IllegalArgumentException("empty batch");
        int t = pool.size();
        float scale = 1f / n;
        pool.run(w -> {
            Sequential r = replicas[w];
            r.zeroGrads();
            int from = slice(n, t, w), to = slice(n, t, w + 1);
            lossSums[w] = 0;
            corrects[w] = 0;
            if (to == from) return;
            Tensor in = sliceInput(w, x, from, to);
            Tensor logits = r.forward(in, true);
            dLogits[w] = Tensor.reuse(dLogits[w], logits.batch(), logits.shape());
            SoftmaxCrossEntropy.Result res = SoftmaxCrossEntropy.forwardBackward(logits, labels, from, scale, dLogits[w]);
            lossSums[w] = res.lossSum();
            corrects[w] = res.correct();
            r.backward(dLogits[w]);
        });
        double loss = 0;
        int correct = 0;
        for (int w = 0; w < t; w++) {
            loss += lossSums[w];
            correct += corrects[w];
        }
        loss /= n;
        if (!Double.isFinite(loss)) return new StepResult(loss, correct, n);
        optimizer.beginStep();
        float[] params = model.params(), grads = model.grads();
        int p = params.length;
        pool.run(w -> {
            int from = alignedSlice(p, t, w), to = alignedSlice(p, t, w + 1);
            for (int r = 1; r < t; r++) Vec.add(grads, replicas[r].grads(), from, to);
            optimizer.update(params, grads, from, to);
        });
        return new StepResult(loss, correct, n);
    }

    /** Logits for {@code n} examples (inference mode), written to out[n·classes]. */
    public void logits(float[] x, int n, float[] out) {
        int t = pool.size();
        int classes = model.classes();
        pool.run(w -> {
            int from = slice(n, t, w), to = slice(n, t, w + 1);
            if (to == from) return;
            Tensor in = sliceInput(w, x, from, to);
            Tensor z = replicas[w].forward(in, false);
            System.arraycopy(z.data(), 0, out, from * classes, (to - from) * classes);
        });
    }

    private Tensor sliceInput(int w, float[] x, int from, int to) {
        int size = model.inputShape().size();
        inputs[w] = Tensor.reuse(inputs[w], to - from, model.inputShape());
        System.arraycopy(x, from * size, inputs[w].data(), 0, (to - from) * size);
        return inputs[w];
    }

    private static int slice(int n, int parts, int i) {
        return (int) ((long) n * i / parts);
    }

    private static int alignedSlice(int n, int parts, int i) {
        if (i == parts) return n;
        return Math.min(n, slice(n, parts, i) / ALIGN * ALIGN);
    }

    @Override
    public void close() {
        if (ownsPool) pool.close();
    }
}
