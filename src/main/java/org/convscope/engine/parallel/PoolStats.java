package org.convscope.engine.parallel;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where a {@link WorkerPool}'s threads spend their time, for finding out why training is slower in one
 * setting than another (the app against the CLI): inside tasks, and of that how much on a CPU; the caller
 * waiting for the workers; the caller between two calls, on a CPU or not; and how often a waiting thread
 * gave up spinning and parked. A thread that is in a task but not on a CPU was preempted; a caller that is
 * off the CPU between calls holds up every worker.
 *
 * <p>Off unless {@code -Dconvscope.poolstats=true}: then every pool counts into {@link #shared()} and a
 * daemon thread prints a line every 5 s. Counting costs four clock reads per task; off, a null check or two.
 */
public final class PoolStats {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME = MX.isCurrentThreadCpuTimeSupported();
    private static final PoolStats SHARED = Boolean.getBoolean("convscope.poolstats") ? startReporting(new PoolStats(), System.out, 5_000) : null;

    final LongAdder calls = new LongAdder();
    final LongAdder taskWall = new LongAdder();
    final LongAdder taskCpu = new LongAdder();
    final LongAdder callerWait = new LongAdder();
    final LongAdder betweenWall = new LongAdder();
    final LongAdder betweenCpu = new LongAdder();
    final LongAdder parks = new LongAdder();

    /** The pools' common counters, or null when the diagnostics are off. */
    static PoolStats shared() {
        return SHARED;
    }

    /** A thread's CPU time in ns, or 0 where the JVM cannot tell. */
    static long cpuNanos() {
        return CPU_TIME ? MX.getCurrentThreadCpuTime() : 0;
    }

    /** Totals so far, in seconds (times) and counts. */
    public Totals totals() {
        return new Totals(calls.sum(), taskWall.sum() / 1e9, taskCpu.sum() / 1e9, callerWait.sum() / 1e9,
                betweenWall.sum() / 1e9, betweenCpu.sum() / 1e9, parks.sum());
    }

    /**
     * @param taskWall    seconds threads spent inside tasks, summed over threads
     * @param taskCpu     of that, seconds on a CPU
     * @param callerWait  seconds the caller waited for workers after its own task
     * @param betweenWall seconds the caller spent between two calls (gaps over 50 ms, idle time, not counted)
     * @param betweenCpu  of that, seconds on a CPU
     * @param parks       times a waiting thread parked instead of spinning
     */
    public record Totals(long calls, double taskWall, double taskCpu, double callerWait, double betweenWall,
                         double betweenCpu, long parks) {
        Totals minus(Totals o) {
            return new Totals(calls - o.calls, taskWall - o.taskWall, taskCpu - o.taskCpu, callerWait - o.callerWait,
                    betweenWall - o.betweenWall, betweenCpu - o.betweenCpu, parks - o.parks);
        }

        /** One line: each time as a share of {@code seconds} of wall time (so 2.0 = two threads all the time). */
        String line(double seconds) {
            return String.format(Locale.ROOT, "pool: %.0f calls/s; in tasks %.2f threads (on a CPU %.2f); caller waiting %.2f, "
                            + "between calls %.2f (on a CPU %.2f); %.0f parks/s; CPU per call %.0f us",
                    calls / seconds, taskWall / seconds, taskCpu / seconds, callerWait / seconds, betweenWall / seconds,
                    betweenCpu / seconds, parks / seconds, calls == 0 ? 0 : taskCpu * 1e6 / calls);
        }
    }

    static PoolStats startReporting(PoolStats stats, PrintStream out, long periodMillis) {
        Thread t = new Thread(() -> {
            Totals last = stats.totals();
            long lastTime = System.nanoTime();
            while (true) {
                try {
                    Thread.sleep(periodMillis);
                } catch (InterruptedException e) {
                    return;
                }
                Totals now = stats.totals();
                long time = System.nanoTime();
                if (now.calls() > last.calls()) out.println(now.minus(last).line((time - lastTime) / 1e9));
                last = now;
                lastTime = time;
            }
        }, "convscope-poolstats");
        t.setDaemon(true);
        t.start();
        return stats;
    }
}
