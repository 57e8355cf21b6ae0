package org.convscope.ui.common;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Diagnostics: what held the FX thread during a frame gap. A frame gap says only that the FX thread answered
 * nothing for a while; the rare ones of a long run (one of 110 ms in half an hour) cannot be caught by a
 * profiler started afterwards. This watches from its own thread: once the FX thread has not beaten for
 * {@value #SAMPLE_AFTER_MILLIS} ms it samples its stack every {@value #SAMPLE_MILLIS} ms, and notes how much CPU
 * the FX thread had and how long the JVM's collectors paused meanwhile, which tells work from waiting (for a
 * core, for a collection). {@link FrameMonitor} prints it under the gap's line.
 *
 * <p>Only with {@code -Dconvscope.diagnostics=true}: sampling a stack stops that thread for a moment.
 */
final class StallWatch {
    static final long SAMPLE_AFTER_MILLIS = 50;
    static final long SAMPLE_MILLIS = 15;
    private static final int SHOWN_SAMPLES = 4;
    private static final int KEPT_SAMPLES = 1_000; // 15 s of one stall: a thread stuck for good (closing) piles up no more

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Thread watched;
    private volatile long lastBeat; // System.nanoTime() of the watched thread's last beat
    // the stall being watched, guarded by this
    private long stallOf = -1; // the lastBeat it followed
    private long cpuAtStart = -1, gcAtStart;
    private final List<String> samples = new ArrayList<>();
    // the watch's own longest hold-up (it slept that much longer than it asked) and when it ended, guarded by this:
    // a watch that did not run either means the whole JVM stopped (a safepoint) or the machine gave it no core
    private long heldUpNanos, heldUpUntil;

    /** How the watch waits between looks: {@code Thread::sleep}, or in tests a wait that oversleeps as a stopped JVM would. */
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    private final Sleeper sleeper;

    StallWatch(Thread watched) {
        this(watched, Thread::sleep);
    }

    StallWatch(Thread watched, Sleeper sleeper) {
        this.watched = watched;
        this.sleeper = sleeper;
        this.lastBeat = System.nanoTime();
        Thread t = new Thread(this::watch, "convscope-stall-watch");
        t.setDaemon(true);
        t.start();
    }

    /** The watched thread beat at {@code now}. */
    void beat(long now) {
        lastBeat = now;
    }

    /**
     * What the watcher saw of the stall that ended with the beat at {@code now} after {@code previous}: the
     * watched thread's CPU time, collectors' pauses and its stack samples, most frequent first, and whether the
     * watch itself was held up meanwhile; empty if it saw nothing (the stall was shorter than its first look).
     */
    synchronized String describe(long previous, long now) {
        String heldUp = heldUpNanos > 0 && heldUpUntil > previous && heldUpUntil - heldUpNanos < now
                ? String.format(Locale.ROOT, "  the watch itself did not run for %d ms: the whole JVM stopped, or the machine gave no core",
                        heldUpNanos / 1_000_000)
                : "";
        heldUpNanos = 0;
        heldUpUntil = 0;
        if (stallOf != previous || samples.isEmpty()) return heldUp;
        long cpu = cpuAtStart < 0 ? -1 : cpuTime() - cpuAtStart;
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String s : samples) counts.merge(s, 1, Integer::sum);
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "  FX thread from %d ms on: %s on a CPU, collectors paused %d ms; %d stack samples:",
                SAMPLE_AFTER_MILLIS, cpu < 0 ? "?" : (cpu / 1_000_000 + " ms"), gcMillis() - gcAtStart, samples.size()));
        counts.entrySet().stream().sorted((a, c) -> c.getValue() - a.getValue()).limit(SHOWN_SAMPLES)
                .forEach(e -> b.append(String.format(Locale.ROOT, "%n    %d× %s", e.getValue(), e.getKey())));
        samples.clear();
        stallOf = -1;
        return heldUp.isEmpty() ? b.toString() : b + System.lineSeparator() + heldUp;
    }

    private void watch() {
        while (true) {
            long asleep = System.nanoTime();
            try {
                sleeper.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            long awake = System.nanoTime(), late = awake - asleep - SAMPLE_MILLIS * 1_000_000;
            if (late > SAMPLE_AFTER_MILLIS * 1_000_000) {
                synchronized (this) {
                    if (late > heldUpNanos || awake - heldUpUntil > 1_000_000_000L) {
                        heldUpNanos = late;
                        heldUpUntil = awake;
                    }
                }
            }
            if (!watched.isAlive()) return; // the watch ends with its thread (in tests, many come and go)
            long beat = lastBeat;
            if (System.nanoTime() - beat < SAMPLE_AFTER_MILLIS * 1_000_000) continue;
            String sample = sample(watched.getStackTrace(), watched.getState());
            synchronized (this) {
                if (stallOf != beat) { // a new stall: the last one's samples were printed or never asked for
                    stallOf = beat;
                    samples.clear();
                    cpuAtStart = cpuTime();
                    gcAtStart = gcMillis();
                }
                if (samples.size() < KEPT_SAMPLES) samples.add(sample);
            }
        }
    }

    /**
     * One line for a stack: its top frame, and the first of ConvScope's frames under it (what of ours asked for
     * the work), with the thread's state.
     */
    static String sample(StackTraceElement[] stack, Thread.State state) {
        if (stack.length == 0) return "(no stack) " + state;
        String top = frame(stack[0]);
        for (StackTraceElement e : stack) {
            if (e.getClassName().startsWith("org.convscope.")) {
                String ours = frame(e);
                return ours.equals(top) ? top + " " + state : top + " < " + ours + " " + state;
            }
        }
        return top + " " + state;
    }

    private static String frame(StackTraceElement e) {
        String c = e.getClassName();
        return c.substring(c.lastIndexOf('.') + 1) + "." + e.getMethodName();
    }

    private long cpuTime() {
        try {
            return THREADS.isThreadCpuTimeSupported() ? THREADS.getThreadCpuTime(watched.getId()) : -1;
        } catch (UnsupportedOperationException e) {
            return -1;
        }
    }

    private static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) sum += Math.max(0, gc.getCollectionTime());
        return sum;
    }
}
