package org.convscope.engine.model;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.convscope.engine.loss.SoftmaxCrossEntropy;
import org.convscope.engine.optim.Optimizer;
import org.convscope.engine.parallel.WorkerPool;
import org.convscope.engine.tensor.Tensor;

/**
 * Runs a model on several cores by splitting each batch into small pieces ("chunks") that the
 * workers take as they come free, each through its own replica (shared weights, own activations).
 * Taking pieces dynamically keeps both cores busy when one is slowed by something else on the
 * machine, which a fixed half-and-half split cannot.
 *
 * <p>Results stay deterministic whichever worker takes which chunk: every chunk accumulates its
 * gradient and loss into buffers of its own, and those are summed in chunk order. The sum and the
 * optimizer then run over disjoint parameter ranges, taken by the workers as they come. Two
 * synchronisations per step, no locks, no shared writes. Because the workers take pieces as they come, a step
 * runs on however many the pool gives it ({@link WorkerPool#runShared}: one fewer while the window has a core lent).
 */
public final class DataParallel implements AutoCloseable {
    private static final int ALIGN = 16; // floats per 64-byte cache line
    /** Images per chunk: small enough to balance 2 cores at batch 32, large enough for efficient products. */
    public static final int TRAIN_CHUNK = 8;
    private static final int UPDATE_SLICES = 16;
    /** Images per inference chunk: a multiple of the GEMM tiles (6, 4), so no single-row tail in the dense layers. */
    public static final int INFER_CHUNK = 24;

    private final Sequential model;
    private final Sequential[] replicas;
    private final WorkerPool pool;
    private final boolean ownsPool;
    private final int trainChunk;
    private final Tensor[] inputs;
    private final InferencePlan[] plans; // per worker, made at the first inference
    private final Tensor[] dLogits;
    private final AtomicInteger nextChunk = new AtomicInteger();
    private float[][] chunkGrads = new float[0][];
    private double[] chunkLoss = new double[0];
    private int[] chunkCorrect = new int[0];
    private int lastCorrect;
    // the current call's arguments, for the workers' tasks (made once: a capturing lambda per call would be garbage)
    private float[] stepX;
    private int[] stepLabels;
    private float[] stepOut;
    private int stepN;
    private int stepChunks;
    private Optimizer stepOptimizer;
    private final IntConsumer trainChunks = this::trainChunks;
    private final IntConsumer update = this::updateSlice;
    private final IntConsumer inferChunks = this::inferChunks;

    public DataParallel(Sequential model, int threads) {
        this(model, new WorkerPool(threads), true, TRAIN_CHUNK);
    }

    public DataParallel(Sequential model, WorkerPool pool) {
        this(model, pool, false, TRAIN_CHUNK);
    }

    /** With a chosen chunk size (tests use it to show that results do not depend on it beyond rounding). */
    public DataParallel(Sequential model, WorkerPool pool, int trainChunk) {
        this(model, pool, false, trainChunk);
    }

    private DataParallel(Sequential model, WorkerPool pool, boolean ownsPool, int trainChunk) {
        if (trainChunk < 1) throw new IllegalArgumentException("chunk must hold at least one image");
        this.model = model;
        this.pool = pool;
        this.ownsPool = ownsPool;
        this.trainChunk = trainChunk;
        int t = pool.size();
        replicas = new Sequential[t];
        for (int i = 0; i < t; i++) replicas[i] = model.replica();
        inputs = new Tensor[t];
        dLogits = new Tensor[t];
        plans = new InferencePlan[t];
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
        double loss = train(x, labels, n, optimizer);
        return new StepResult(loss, lastCorrect, n);
    }

    /**
     * {@link #trainStep} without a result object: returns the mean loss; {@link #lastCorrect()} then
     * tells how many examples were classified right. Allocates nothing once buffers exist.
     */
    public double train(float[] x, int[] labels, int n, Optimizer optimizer) {
        if (n <= 0) throw new IllegalArgumentException("empty batch");
        int chunks = (n + trainChunk - 1) / trainChunk;
        ensureChunks(chunks);
        stepX = x;
        stepLabels = labels;
        stepN = n;
        stepChunks = chunks;
        nextChunk.set(0);
        pool.runShared(trainChunks);
        stepX = null;
        stepLabels = null;
        double loss = 0;
        int correct = 0;
        for (int c = 0; c < chunks; c++) {
            loss += chunkLoss[c];
            correct += chunkCorrect[c];
        }
        loss /= n;
        lastCorrect = correct;
        if (!Double.isFinite(loss)) return loss;
        optimizer.beginStep();
        stepOptimizer = optimizer;
        nextChunk.set(0);
        pool.runShared(update);
        stepOptimizer = null;
        return loss;
    }

    /** Examples the last {@link #train} classified right. */
    public int lastCorrect() {
        return lastCorrect;
    }

    // worker w: chunks of the step's batch, as they come, each into its own gradient buffer
    private void trainChunks(int w) {
        Sequential r = replicas[w];
        float scale = 1f / stepN;
        for (int c; (c = nextChunk.getAndIncrement()) < stepChunks; ) {
            int from = c * trainChunk, to = Math.min(stepN, from + trainChunk);
            r.bindGradients(chunkGrads[c]);
            r.zeroGrads();
            Tensor logits = r.forward(sliceInput(w, stepX, from, to), true);
            dLogits[w] = Tensor.reuse(dLogits[w], logits.batch(), logits.shape());
            chunkLoss[c] = SoftmaxCrossEntropy.lossAndGradient(logits, stepLabels, from, scale, dLogits[w]);
            chunkCorrect[c] = SoftmaxCrossEntropy.correct(logits, stepLabels, from);
            r.backward(dLogits[w]);
        }
    }

    // the chunks' gradients summed in chunk order and the optimizer, slice after slice of the parameters
    // as workers come: a worker the system holds up delays the step by one slice, not by half the work
    private void updateSlice(int w) {
        float[] params = model.params(), grads = model.grads();
        int p = params.length;
        for (int s; (s = nextChunk.getAndIncrement()) < UPDATE_SLICES; ) {
            stepOptimizer.update(params, chunkGrads, stepChunks, grads, alignedSlice(p, UPDATE_SLICES, s),
                    alignedSlice(p, UPDATE_SLICES, s + 1));
        }
    }

    /**
     * Runs every replica once forward and backward on {@code batch} blank examples without touching
     * the weights, so all buffers exist before training starts: the first real step then allocates
     * nothing (and a UI sees no garbage-collection pause when Start is pressed).
     */
    public void prepare(int batch) {
        ensureChunks(Math.max((batch + trainChunk - 1) / trainChunk, pool.size()));
        float[] x = new float[Math.min(batch, trainChunk) * model.inputShape().size()];
        int[] labels = new int[Math.min(batch, trainChunk)];
        pool.run(w -> {
            Sequential r = replicas[w];
            r.bindGradients(chunkGrads[w]);
            Tensor logits = r.forward(sliceInput(w, x, 0, labels.length), true);
            dLogits[w] = Tensor.reuse(dLogits[w], logits.batch(), logits.shape());
            r.backward(dLogits[w]);
        });
        for (float[] g : chunkGrads) Arrays.fill(g, 0f);
    }

    private void ensureChunks(int chunks) {
        if (chunkGrads.length >= chunks) return;
        int old = chunkGrads.length;
        chunkGrads = Arrays.copyOf(chunkGrads, chunks);
        for (int c = old; c < chunks; c++) chunkGrads[c] = new float[model.paramCount()];
        chunkLoss = new double[chunks];
        chunkCorrect = new int[chunks];
    }

    /**
     * Logits for {@code n} examples (inference mode), written to out[n·classes]: the fused
     * {@link InferencePlan}, bit for bit what {@link Sequential#forward} gives, without taps.
     * Allocates nothing once the plans exist.
     */
    public void logits(float[] x, int n, float[] out) {
        stepX = x;
        stepN = n;
        stepOut = out;
        stepChunks = (n + INFER_CHUNK - 1) / INFER_CHUNK;
        nextChunk.set(0);
        pool.runShared(inferChunks);
        stepX = null;
        stepOut = null;
    }

    private void inferChunks(int w) {
        if (plans[w] == null) plans[w] = InferencePlan.of(model);
        int classes = model.classes();
        for (int c; (c = nextChunk.getAndIncrement()) < stepChunks; ) {
            int from = c * INFER_CHUNK, to = Math.min(stepN, from + INFER_CHUNK);
            Tensor z = plans[w].logits(sliceInput(w, stepX, from, to));
            System.arraycopy(z.data(), 0, stepOut, from * classes, (to - from) * classes);
        }
    }

    private Tensor sliceInput(int w, float[] x, int from, int to) {
        int size = model.inputShape().size();
        inputs[w] = Tensor.reuse(inputs[w], to - from, model.inputShape());
        System.arraycopy(x, from * size, inputs[w].data(), 0, (to - from) * size);
        return inputs[w];
    }

    private static int alignedSlice(int n, int parts, int i) {
        if (i == parts) return n;
        return Math.min(n, (int) ((long) n * i / parts) / ALIGN * ALIGN);
    }

    @Override
    public void close() {
        if (ownsPool) pool.close();
    }
}
