package org.convscope.engine.kernel;

import java.util.concurrent.atomic.DoubleAdder;
import org.convscope.engine.parallel.WorkerPool;

/**
 * Measures what the machine can do rather than trusting /proc/cpuinfo: the core clock (from a chain
 * of dependent integer operations, one cycle each) and the fused multiply-add throughput of all
 * cores together (many independent vector FMAs), which is the ceiling every kernel is measured against.
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
}
