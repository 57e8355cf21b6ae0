package org.convscope.training;

import java.util.SplittableRandom;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.DataParallel;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.optim.Optimizer;
import org.convscope.engine.optim.OptimizerConfig;

/**
 * Trains a throw-away copy of a model on noise for a moment, so the JIT has compiled the engine's
 * kernels before the user presses Start. Otherwise the compiler threads take the two cores from
 * the window for the first second of training, and the charts stutter.
 */
public final class Warmup {
    private Warmup() {
    }

    private static long allocatedBytes() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        if (mx instanceof com.sun.management.ThreadMXBean hs) return hs.getThreadAllocatedBytes(Thread.currentThread().getId());
        return 0; // not HotSpot: fall back to the time limit
    }

    /**
     * Trains until a step allocates (almost) nothing on this thread, the sign that the vector
     * kernels run compiled (before that, every vector operation is an object), or for at most
     * {@code seconds}.
     */
    public static void run(ModelSpec spec, int threads, double seconds) {
        run(spec, threads, seconds, () -> false);
    }

    /** As {@link #run(ModelSpec, int, double)}, stopping early once {@code stop} says so (training has begun). */
    public static void run(ModelSpec spec, int threads, double seconds, java.util.function.BooleanSupplier stop) {
        Sequential model = Sequential.build(spec, 12345);
        int batch = 32;
        float[] x = new float[batch * spec.input().size()];
        SplittableRandom rng = new SplittableRandom(1);
        for (int i = 0; i < x.length; i++) x[i] = (float) rng.nextDouble();
        int[] labels = rng.ints(batch, 0, model.classes()).toArray();
        float[] logits = new float[batch * model.classes()];
        Optimizer adam = Optimizer.create(OptimizerConfig.adam(), model.paramCount());
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int quiet = 0;
        try (DataParallel dp = new DataParallel(model, threads)) {
            while (System.nanoTime() < end && quiet < 20 && !stop.getAsBoolean()) {
                long before = allocatedBytes();
                dp.trainStep(x, labels, batch, adam);
                dp.logits(x, batch, logits);
                quiet = allocatedBytes() - before < 64 * 1024 ? quiet + 1 : 0;
            }
        }
    }
}
