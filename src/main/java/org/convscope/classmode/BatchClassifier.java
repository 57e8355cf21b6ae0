package org.convscope.classmode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import org.convscope.data.DigitPreprocessor;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.tensor.Tensor;

/**
 * Reads drawings with the model on screen, on a thread of its own: the requests waiting when it comes free
 * go through the network together, one batch (up to {@value #MAX_BATCH}), so forty students at once cost a
 * few forward passes, not forty. The weights are a {@link ClassModel} snapshot, swapped in whole; the
 * {@link Sequential} that runs them is this thread's alone.
 */
public final class BatchClassifier implements AutoCloseable {
    static final int MAX_BATCH = 32;
    private static final int MAX_WAITING = 256;

    private record Job(float[] input, CompletableFuture<float[]> result) {
    }

    private final BlockingQueue<Job> queue = new ArrayBlockingQueue<>(MAX_WAITING);
    private final Thread worker;
    private volatile ClassModel model;
    private Sequential network; // worker thread only
    private float[] loaded; // the params array in the network now (snapshots are never written: identity says it)
    private volatile boolean closed;

    public BatchClassifier() {
        worker = new Thread(this::run, "convscope-class-classifier");
        worker.setDaemon(true);
        worker.setPriority(Thread.NORM_PRIORITY - 2); // the window's frames come first
        worker.start();
    }

    /** The weights to read with from now on (null: none yet, requests fail with 503). */
    public void setModel(ClassModel m) {
        model = m;
    }

    public ClassModel model() {
        return model;
    }

    /**
     * The probabilities for one preprocessed 28×28 image (x: [28*28], ink = 1), when its batch has run; fails
     * with a 503 {@link Refusal} when there is no usable model or too many are waiting.
     */
    public CompletableFuture<float[]> classify(float[] input) {
        CompletableFuture<float[]> result = new CompletableFuture<>();
        if (closed) result.completeExceptionally(new Refusal(503, "class mode has stopped"));
        else if (!queue.offer(new Job(input, result))) result.completeExceptionally(new Refusal(503, "the network is busy; try again"));
        return result;
    }

    private void run() {
        List<Job> batch = new ArrayList<>(MAX_BATCH);
        try {
            while (!Thread.currentThread().isInterrupted()) {
                batch.add(queue.take());
                queue.drainTo(batch, MAX_BATCH - 1);
                runBatch(batch);
                batch.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            Refusal closed = new Refusal(503, "class mode has stopped");
            batch.forEach(j -> j.result().completeExceptionally(closed));
            queue.forEach(j -> j.result().completeExceptionally(closed));
        }
    }

    private void runBatch(List<Job> batch) {
        try {
            Sequential net = network(model);
            int n = batch.size(), pixels = DigitPreprocessor.SIZE * DigitPreprocessor.SIZE;
            float[] x = new float[n * pixels]; // x: [N,28,28,1]
            for (int i = 0; i < n; i++) System.arraycopy(batch.get(i).input(), 0, x, i * pixels, pixels);
            float[] p = net.probabilities(new Tensor(n, net.inputShape(), x)).data(); // p: [N,classes]
            int k = net.classes();
            for (int i = 0; i < n; i++) {
                float[] row = new float[k];
                System.arraycopy(p, i * k, row, 0, k);
                batch.get(i).result().complete(row);
            }
        } catch (Refusal r) {
            batch.forEach(j -> j.result().completeExceptionally(r));
        } catch (RuntimeException e) {
            Refusal failed = new Refusal(503, "the network could not read the drawing");
            batch.forEach(j -> j.result().completeExceptionally(failed));
        }
    }

    private Sequential network(ClassModel m) throws Refusal {
        if (m == null) throw new Refusal(503, "the network is not ready yet");
        if (network == null || !network.spec().equals(m.spec())) {
            Sequential built = Sequential.build(m.spec(), 0);
            if (!built.inputShape().equals(DigitPreprocessor.inputShape())) {
                throw new Refusal(503, "the network on screen does not read 28x28 drawings");
            }
            network = built;
            loaded = null;
        }
        if (loaded != m.params()) {
            network.copyParamsFrom(m.params());
            loaded = m.params();
        }
        return network;
    }

    /** Stops the thread; whatever waits fails with 503. */
    @Override
    public void close() {
        closed = true;
        worker.interrupt();
    }
}
