package org.convscope.engine.parallel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The pool every training step runs on: each worker once per call, failures to the caller, a clean end. */
class WorkerPoolTest {

    @Test
    void everyWorkerRunsOncePerCallAndTheCallerSeesAllTheyWroteOverManyRounds() {
        int rounds = 1_000;
        try (WorkerPool pool = new WorkerPool(2)) {
            int[] lastRound = new int[2]; // plain ints: run() must publish the workers' writes to the caller
            int[] calls = new int[2];
            for (int round = 1; round <= rounds; round++) {
                int r = round;
                pool.run(w -> {
                    lastRound[w] = r;
                    calls[w]++;
                });
                assertArrayEquals(new int[] {r, r}, lastRound, "round " + r);
            }
            assertArrayEquals(new int[] {rounds, rounds}, calls, "no worker ran twice or skipped a round");
        }
    }

    @Test
    void theCallerIsWorkerZeroAndTheOthersAreThePoolsOwnThreads() {
        try (WorkerPool pool = new WorkerPool(3)) {
            Thread[] ran = runOnce(pool);
            assertSame(Thread.currentThread(), ran[0]);
            assertEquals("convscope-worker-1", ran[1].getName());
            assertEquals("convscope-worker-2", ran[2].getName());
            assertArrayEquals(ran, runOnce(pool), "threads are made once, not per call");
        }
    }

    @Test
    void aFailingTaskReachesTheCallerAfterTheOtherWorkersFinishAndThePoolGoesOn() throws Exception {
        try (WorkerPool pool = new WorkerPool(3)) {
            for (int failing = 0; failing < 3; failing++) {
                int f = failing;
                IllegalArgumentException boom = new IllegalArgumentException("worker " + f + " failed");
                CountDownLatch failed = new CountDownLatch(1);
                AtomicBoolean othersDone = new AtomicBoolean();
                int waiter = (f + 1) % 3;
                IllegalArgumentException seen = assertThrows(IllegalArgumentException.class, () -> pool.run(w -> {
                    if (w == f) {
                        failed.countDown();
                        throw boom;
                    }
                    if (w == waiter) {
                        await(failed); // still working after the failure: run() must wait for it
                        othersDone.set(true);
                    }
                }));
                assertSame(boom, seen, "the task's own exception, not a wrapper");
                assertTrue(othersDone.get(), "run() returned only after every worker finished");

                int[] calls = new int[3];
                pool.run(w -> calls[w]++);
                assertArrayEquals(new int[] {1, 1, 1}, calls, "usable again after worker " + f + " failed");
            }
        }
    }

    @Test
    void anErrorIsPassedOnAsItIs() {
        try (WorkerPool pool = new WorkerPool(2)) {
            AssertionError error = new AssertionError("from worker 1");
            assertSame(error, assertThrows(AssertionError.class, () -> pool.run(w -> {
                if (w == 1) throw error;
            })));
        }
    }

    @Test
    void closeEndsTheThreadsAndLaterCallsAreRefused() throws Exception {
        WorkerPool pool = new WorkerPool(3);
        Thread[] ran = runOnce(pool);
        pool.close();
        for (int w = 1; w < 3; w++) {
            ran[w].join(TimeUnit.SECONDS.toMillis(10));
            assertFalse(ran[w].isAlive(), ran[w].getName() + " ended");
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> pool.run(w -> { }));
        assertEquals("worker pool is closed", e.getMessage());
        pool.close(); // a second close is harmless
    }

    @Test
    void aPoolOfOneRunsOnTheCallerAndIsClosedAlike() {
        WorkerPool pool = new WorkerPool(1);
        assertSame(Thread.currentThread(), runOnce(pool)[0]);
        pool.close();
        assertThrows(IllegalStateException.class, () -> pool.run(w -> { }));
    }

    @Test
    void aPoolNeedsAWorker() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new WorkerPool(0));
        assertEquals("a pool needs at least one worker, got 0", e.getMessage());
    }

    @Test
    void whileACoreIsLentRunSharedLeavesTheLastWorkerOutAndRunDoesNot() throws InterruptedException {
        try (WorkerPool pool = new WorkerPool(3)) {
            pool.lendCore(60_000);
            int[] shared = new int[3], all = new int[3];
            pool.runShared(w -> shared[w]++);
            pool.run(w -> all[w]++);
            assertArrayEquals(new int[] {1, 1, 0}, shared, "runShared: one worker fewer while the core is lent");
            assertArrayEquals(new int[] {1, 1, 1}, all, "run: every worker, lent or not (prepare needs each replica)");
            pool.lendCore(1);
            Thread.sleep(5);
            pool.runShared(w -> shared[w]++);
            assertArrayEquals(new int[] {2, 2, 1}, shared, "the lend over: every worker again");
        }
    }

    @Test
    void aPoolOfTwoWithACoreLentRunsSharedWorkOnTheCallerAlone() {
        try (WorkerPool pool = new WorkerPool(2)) {
            pool.lendCore(60_000);
            Thread[] ran = new Thread[2];
            pool.runShared(w -> ran[w] = Thread.currentThread());
            assertSame(Thread.currentThread(), ran[0]);
            assertNull(ran[1], "the worker sat out");
        }
    }

    @Test
    void aWorkerLeftOutOfOneCallRunsTheNextExactlyOnceOverManyAlternatingRounds() {
        // a worker that sees a call it is left out of must never take the next call's count for it and run twice
        int rounds = 20_000;
        try (WorkerPool pool = new WorkerPool(2)) {
            int[] calls = new int[2];
            int expectedOther = 0;
            for (int round = 0; round < rounds; round++) {
                boolean lent = round % 3 == 0;
                pool.lendCore(lent ? 60_000 : 0);
                if (!lent) expectedOther++;
                pool.runShared(w -> calls[w]++);
            }
            assertArrayEquals(new int[] {rounds, expectedOther}, calls, "worker 1 ran in exactly the rounds it took part in");
        }
    }

    private static Thread[] runOnce(WorkerPool pool) {
        Thread[] ran = new Thread[pool.size()];
        pool.run(w -> ran[w] = Thread.currentThread());
        assertFalse(Arrays.asList(ran).contains(null), "every worker ran");
        return ran;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS), "timed out");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
