package org.convscope.engine.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import org.convscope.engine.TestArrays;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.optim.Optimizer;
import org.convscope.engine.optim.OptimizerConfig;
import org.convscope.engine.parallel.WorkerPool;
import org.junit.jupiter.api.Test;

/**
 * Training and inference allocate nothing once warmed up, on the calling thread or on the pool's
 * workers (counted with each thread's allocated bytes): garbage per step would mean collections,
 * and pauses, in the middle of a class's training run. The JIT first runs the vector kernels
 * without intrinsics, which box every vector, so the test waits (up to a minute; a few seconds in a
 * JVM of its own, which the pom gives it) for three windows of steps in a row that allocate nothing.
 * If they never come, the message lists the engine's methods the JIT still runs in its profiling tiers.
 */
class SteadyStateAllocationTest {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final ModelSpec SPEC = ModelSpec.course();

    @Test
    void trainingStepsAllocateNothing() {
        SplittableRandom rng = new SplittableRandom(1);
        int n = 32;
        float[] x = TestArrays.uniform(rng, n * SPEC.input().size(), 0, 1); // x: [n,28,28,1]
        int[] labels = rng.ints(n, 0, 10).toArray();
        Sequential model = Sequential.build(SPEC, 2);
        Optimizer adam = Optimizer.create(OptimizerConfig.adam(1e-4), model.paramCount());
        try (WorkerPool pool = new WorkerPool(2); DataParallel dp = new DataParallel(model, pool)) {
            long bytes = untilSteady(pool, () -> dp.train(x, labels, n, adam));
            assertTrue(bytes == 0, "training steps still allocate " + bytes + " bytes per window" + notFullyCompiled());
        }
    }

    @Test
    void inferenceAllocatesNothing() {
        int n = 100; // more than one chunk per worker, and a ragged last one
        float[] x = TestArrays.uniform(new SplittableRandom(2), n * SPEC.input().size(), 0, 1);
        float[] logits = new float[n * 10];
        Sequential model = Sequential.build(SPEC, 3);
        try (WorkerPool pool = new WorkerPool(2); DataParallel dp = new DataParallel(model, pool)) {
            long bytes = untilSteady(pool, () -> dp.logits(x, n, logits));
            assertTrue(bytes == 0, "inference still allocates " + bytes + " bytes per window" + notFullyCompiled());
        }
    }

    /**
     * The engine's methods that run in the JIT's profiling tiers (2 and 3, compiled by C1 on their way to C2, tier 4):
     * where vectors are still boxed. Tier 1 is final for trivial methods. From the JVM's own code list (what
     * {@code jcmd PID Compiler.codelist} prints).
     */
    private static String notFullyCompiled() {
        try {
            Object out = ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerCodelist",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            java.util.Map<String, Integer> top = new java.util.TreeMap<>();
            for (String line : out.toString().split("\n")) {
                String[] f = line.trim().split("\\s+"); // id, [osr bci,] tier, state (0: in use), method(signature), ...
                int m = 0;
                while (m < f.length && !f[m].contains("(")) m++;
                if (m < 3 || m == f.length || !f[m - 1].equals("0") || !f[m].startsWith("org.convscope.engine")) continue;
                top.merge(f[m].replaceFirst("\\(.*", ""), Integer.parseInt(f[m - 2]), Math::max);
            }
            StringBuilder below = new StringBuilder();
            top.forEach((m, tier) -> {
                if (tier == 2 || tier == 3) below.append("\n  tier ").append(tier).append(": ").append(m);
            });
            return below.length() == 0 ? "; no engine method is in tiers 2-3" : "; in tiers 2-3:" + below;
        } catch (Exception | Error e) {
            return "; (the JIT's code list is not available: " + e + ")";
        }
    }

    /**
     * Bytes the workers (the caller is worker 0) allocated in the last window of 20 calls: 0 once
     * three windows in a row allocated nothing, else the last window's bytes (−1 if windows without
     * garbage never came three in a row before the deadline).
     */
    private static long untilSteady(WorkerPool pool, Runnable call) {
        long[] before = new long[pool.size()], after = new long[pool.size()];
        // made once: a capturing lambda made inside the window would itself be counted
        IntConsumer takeBefore = w -> before[w] = THREADS.getCurrentThreadAllocatedBytes();
        IntConsumer takeAfter = w -> after[w] = THREADS.getCurrentThreadAllocatedBytes();
        long deadline = System.nanoTime() + 60_000_000_000L;
        int quiet = 0;
        long bytes = -1;
        while (quiet < 3 && System.nanoTime() < deadline) {
            pool.run(takeBefore);
            for (int i = 0; i < 20; i++) call.run();
            pool.run(takeAfter);
            bytes = 0;
            for (int w = 0; w < pool.size(); w++) bytes += after[w] - before[w];
            quiet = bytes == 0 ? quiet + 1 : 0;
        }
        return quiet == 3 ? 0 : bytes > 0 ? bytes : -1;
    }
}
