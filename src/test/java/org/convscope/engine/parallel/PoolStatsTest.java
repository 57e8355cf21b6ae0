package org.convscope.engine.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The pool's time accounts tell a thread working from a thread waiting or held off the CPU. */
class PoolStatsTest {
    private static final int CALLS = 20;

    private static void busy(long nanos) {
        long until = System.nanoTime() + nanos;
        while (System.nanoTime() < until) Thread.onSpinWait();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void tasksCountTheirWallAndCpuTimeAndTheCallerItsGapsOffTheCpu() {
        PoolStats stats = new PoolStats();
        try (WorkerPool pool = new WorkerPool(2, Thread.NORM_PRIORITY, stats)) {
            for (int i = 0; i < CALLS; i++) {
                pool.run(w -> busy(2_000_000));
                sleep(5); // the caller off the CPU between two calls, as when the system preempts it
            }
        }
        PoolStats.Totals t = stats.totals();
        assertEquals(CALLS, t.calls());
        assertTrue(t.taskWall() >= 2 * CALLS * 0.002, "two threads, 2 ms each per call: " + t);
        assertTrue(t.taskCpu() > 0 && t.taskCpu() <= t.taskWall() * 1.05 + 0.005, "CPU time within the wall time: " + t);
        assertTrue(t.betweenWall() >= (CALLS - 1) * 0.005, "19 gaps of 5 ms: " + t);
        assertTrue(t.betweenCpu() < t.betweenWall() / 2, "asleep between calls is off the CPU: " + t);
    }

    @Test
    void aSlowWorkerShowsAsTheCallerWaitingAndParking() {
        PoolStats stats = new PoolStats();
        try (WorkerPool pool = new WorkerPool(2, Thread.NORM_PRIORITY, stats)) {
            for (int i = 0; i < CALLS; i++) {
                pool.run(w -> {
                    if (w == 1) sleep(3); // longer than the caller spins (0.5 ms): it parks
                });
            }
        }
        PoolStats.Totals t = stats.totals();
        assertTrue(t.callerWait() >= CALLS * 0.003 * 0.9, "the caller waited for the worker's 3 ms each call: " + t);
        assertTrue(t.parks() >= CALLS, "and parked at least once each call: " + t);
    }

    @Test
    void theLineGivesEachTimeAsThreadsOfWallTime() {
        PoolStats.Totals t = new PoolStats.Totals(1_000, 3.0, 2.5, 0.2, 0.4, 0.1, 50);
        assertEquals("pool: 500 calls/s; in tasks 1.50 threads (on a CPU 1.25); caller waiting 0.10, between calls 0.20 "
                + "(on a CPU 0.05); 25 parks/s; CPU per call 2500 us", t.line(2.0));
    }
}
