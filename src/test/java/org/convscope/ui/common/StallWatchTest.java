package org.convscope.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The stall watch names what a thread that stopped beating was doing, and whether it had a CPU. */
class StallWatchTest {

    @Test
    void aStallIsDescribedByWhereTheThreadWasAndItsCpuTime() throws InterruptedException {
        AtomicReference<String> seen = new AtomicReference<>();
        Thread t = new Thread(() -> {
            StallWatch w = new StallWatch(Thread.currentThread());
            long before = System.nanoTime();
            w.beat(before);
            spinFor(250); // a stall that works
            seen.set(w.describe(before, System.nanoTime()));
        }, "watched");
        t.start();
        t.join(5_000);
        String d = seen.get();
        assertTrue(d.contains("StallWatchTest.spinFor"), d);
        assertTrue(d.matches("(?s)\\s*FX thread from 50 ms on: \\d+ ms on a CPU, collectors paused \\d+ ms; \\d+ stack samples:.*"), d);
        long cpu = Long.parseLong(d.replaceAll("(?s).*on: (\\d+) ms on a CPU.*", "$1"));
        assertTrue(cpu >= 50, "the watched thread spun: " + d);
    }

    @Test
    void aStallIsDescribedOnceAndOnlyForTheGapItFollowed() throws InterruptedException {
        AtomicReference<String> other = new AtomicReference<>(), first = new AtomicReference<>(), again = new AtomicReference<>();
        Thread t = new Thread(() -> {
            StallWatch w = new StallWatch(Thread.currentThread());
            long before = System.nanoTime();
            w.beat(before);
            sleepFor(200); // a stall that waits
            other.set(w.describe(before - 1, System.nanoTime())); // a beat it did not follow
            first.set(w.describe(before, System.nanoTime()));
            again.set(w.describe(before, System.nanoTime()));
        }, "watched");
        t.start();
        t.join(5_000);
        assertEquals("", other.get());
        assertTrue(first.get().contains("StallWatchTest.sleepFor") && first.get().contains("TIMED_WAITING"), first.get());
        assertEquals("", again.get());
    }

    @Test
    void aWatchThatDidNotRunSaysSoForTheGapItFellIn() throws InterruptedException {
        AtomicReference<String> first = new AtomicReference<>(), again = new AtomicReference<>();
        Thread t = new Thread(() -> {
            // the watch's third wait lasts 200 ms, not 15: as if the whole JVM had stopped, or no core was free
            AtomicInteger waits = new AtomicInteger();
            StallWatch w = new StallWatch(Thread.currentThread(), ms -> Thread.sleep(waits.incrementAndGet() == 3 ? 200 : ms));
            long before = System.nanoTime();
            w.beat(before);
            while (waits.get() < 5) sleepFor(5); // the watch is past its long wait
            long after = System.nanoTime();
            first.set(w.describe(before, after));
            again.set(w.describe(after, System.nanoTime()));
        }, "watched");
        t.start();
        t.join(5_000);
        assertTrue(first.get().matches("(?s).*the watch itself did not run for (1[5-9]\\d|[2-9]\\d\\d) ms.*"), first.get());
        assertEquals("", again.get(), "the hold-up is told once, for the gap it fell in");
    }

    @Test
    void aSampleNamesTheTopFrameAndOursBelowIt() {
        StackTraceElement top = new StackTraceElement("javafx.scene.CssStyleHelper", "transitionToState", null, 1);
        StackTraceElement mid = new StackTraceElement("javafx.scene.Node", "applyCss", null, 2);
        StackTraceElement ours = new StackTraceElement("org.convscope.ui.shell.LazyTabs", "build", null, 3);
        assertEquals("CssStyleHelper.transitionToState < LazyTabs.build RUNNABLE",
                StallWatch.sample(new StackTraceElement[] {top, mid, ours}, Thread.State.RUNNABLE));
        assertEquals("LazyTabs.build BLOCKED", StallWatch.sample(new StackTraceElement[] {ours}, Thread.State.BLOCKED));
        assertEquals("Node.applyCss RUNNABLE", StallWatch.sample(new StackTraceElement[] {mid}, Thread.State.RUNNABLE));
    }

    private static void spinFor(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        double x = 0;
        while (System.nanoTime() < end) x += Math.sqrt(x + 1);
        if (x < 0) throw new AssertionError();
    }

    private static void sleepFor(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
