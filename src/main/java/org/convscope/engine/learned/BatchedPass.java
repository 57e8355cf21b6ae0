package org.convscope.engine.learned;

import java.util.concurrent.atomic.AtomicInteger;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.parallel.WorkerPool;
import org.convscope.engine.tensor.Shape;
import org.convscope.engine.tensor.Tensor;

/**
 * Runs many images through a model in inference mode, a chunk at a time, each worker on a replica of its own
 * (shared weights, own buffers), and hands every chunk to the caller while its taps are fresh. Workers take
 * chunks as they come free, so a caller that must not depend on which worker saw which chunk keeps per-worker
 * state and merges it in a fixed order.
 */
final class BatchedPass {
    /** Images per forward call: large enough for efficient products, small enough for the caches. */
    static final int CHUNK = 50;

    /** What to do with one chunk: images {@code from} (inclusive) to {@code to}, whose logits are [to−from, K]. */
    @FunctionalInterface
    interface Body {
        void chunk(int worker, Sequential replica, Tensor logits, int from, int to);
    }

    private BatchedPass() {
    }

    /** Runs images 0..count−1 of {@code images} through {@code model} on {@code pool}'s workers. */
    static void run(Sequential model, ImageSource images, int count, WorkerPool pool, Body body) {
        Shape in = model.inputShape();
        if (!images.shape().equals(in)) {
            throw new IllegalArgumentException("the images are " + images.shape().toDisplay() + ", the model takes " + in.toDisplay());
        }
        if (count < 0 || count > images.count()) throw new IllegalArgumentException(count + " images asked, " + images.count() + " given");
        int workers = pool.size();
        Sequential[] replicas = new Sequential[workers];
        for (int w = 0; w < workers; w++) replicas[w] = model.replica();
        Tensor[] inputs = new Tensor[workers];
        float[][] scratch = new float[workers][];
        int chunks = (count + CHUNK - 1) / CHUNK;
        AtomicInteger next = new AtomicInteger();
        pool.run(w -> {
            for (int c; (c = next.getAndIncrement()) < chunks; ) {
                int from = c * CHUNK, to = Math.min(count, from + CHUNK);
                inputs[w] = Tensor.reuse(inputs[w], to - from, in); // x: [n,H,W,C]
                if (in.channels() == 1) {
                    for (int i = from; i < to; i++) images.write(i, inputs[w].data(), (i - from) * in.size());
                } else {
                    if (scratch[w] == null) scratch[w] = new float[in.size()];
                    for (int i = from; i < to; i++) {
                        images.write(i, scratch[w], 0);
                        toNhwc(scratch[w], in, inputs[w].data(), (i - from) * in.size());
                    }
                }
                Tensor logits = replicas[w].forward(inputs[w], false);
                body.chunk(w, replicas[w], logits, from, to);
            }
        });
    }

    // one image: [C,H,W] -> [H,W,C] at dst[off]
    private static void toNhwc(float[] chw, Shape s, float[] dst, int off) {
        int c = s.channels(), hw = s.height() * s.width();
        for (int ch = 0; ch < c; ch++) {
            for (int p = 0; p < hw; p++) dst[off + p * c + ch] = chw[ch * hw + p];
        }
    }
}
