package org.convscope.engine.kernel;

import java.util.concurrent.atomic.DoubleAdder;
import org.convscope.engine.parallel.WorkerPool;

/**
 * Measures what the machine can do rather than trusting /proc/cpuinfo: the core clock (from a chain
 * of dependent integer operations, one cycle each), the fused multiply-add throughput of all
 * cores together (many independent vector FMAs), which is the ceiling every kernel is measured
 * against, and how fast one core reads memory, the other side of a roofline.
 */
public final class MachinePeak {
    private MachinePeak() {
    }

    /** Cycles per second of one core, measured over about {@code millis} milliseconds. */
    public static double clockHz(int millis) {
        long iterations = 10_000_000;
        chain(iterations); // warm-up and JIT
        double best = 0;
        long end = System.nanoTime() + millis * 1_000_000L;
        while (System.nanoTime() < end) {
            long t0 = System.nanoTime();
            long r = chain(iterations);
            long t1 = System.nanoTime();
            if (r == 42) System.out.print(""); // keep the result alive
            best = Math.max(best, 2.0 * iterations / ((t1 - t0) / 1e9));
        }
        return best;
    }

    // xor then add: two dependent single-cycle operations per iteration that no compiler can fold.
    private static long chain(long n) {
        long a = 1;
        for (long i = 0; i < n; i++) a = (a ^ i) + 0x9E37;
        return a;
    }

    /** Single-precision FLOP/s of all workers of {@code pool} running vector FMAs at once. */
    public static double fmaFlops(WorkerPool pool, int millis) {
        if (!Simd.available()) return Double.NaN;
        for (int i = 0; i < 3; i++) VectorKernels.fmaLoop(2_000_000); // JIT
        DoubleAdder flops = new DoubleAdder();
        pool.run(w -> {
            double best = 0;
            long end = System.nanoTime() + millis * 1_000_000L;
            while (System.nanoTime() < end) {
                long n = 2_000_000;
                long t0 = System.nanoTime();
                VectorKernels.fmaLoop(n);
                best = Math.max(best, VectorKernels.FMA_FLOPS_PER_ITERATION * n / ((System.nanoTime() - t0) / 1e9));
            }
            flops.add(best);
        });
        return flops.sum();
    }

    /**
     * Bytes per second one thread reads from an array of {@code bytes} bytes, summed with vector
     * adds, over about {@code millis} milliseconds: 512 KB stays in the L2 cache, 256 MB comes from
     * main memory.
     */
    public static double readBandwidth(int bytes, int millis) {
        float[] a = new float[bytes / 4];
        java.util.Arrays.fill(a, 1f);
        double sum = 0, best = 0;
        float[] small = new float[4096];
        for (int i = 0; i < 20_000; i++) sum += sumOf(small); // JIT: uncompiled vector code is 100× slower
        for (int i = 0; i < 3; i++) sum += sumOf(a);          // the pages touched once
        long end = System.nanoTime() + millis * 1_000_000L;
        while (System.nanoTime() < end) {
            long t0 = System.nanoTime();
            sum += sumOf(a);
            best = Math.max(best, 4.0 * a.length / ((System.nanoTime() - t0) / 1e9));
        }
        if (sum == 42) System.out.print(""); // keep the sums alive
        return best;
    }

    private static float sumOf(float[] a) {
        if (Simd.available()) return VectorKernels.sumLoop(a);
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 4 <= a.length; i += 4) {
            s0 += a[i];
            s1 += a[i + 1];
            s2 += a[i + 2];
            s3 += a[i + 3];
        }
        for (; i < a.length; i++) s0 += a[i];
        return s0 + s1 + s2 + s3;
    }
}
