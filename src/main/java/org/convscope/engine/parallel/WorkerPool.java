package org.convscope.engine.parallel;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * A fixed set of threads that run one task each, in lock-step with the caller, which is worker 0.
 * Threads are made once; a call costs a wake-up, not a thread. Workers spin briefly before parking,
 * because training calls come back within microseconds and a park/unpark would cost more.
 */
public final class WorkerPool implements AutoCloseable {
    private static final long SPIN_NANOS = 500_000;

    private final int size;
    private final Thread[] threads;
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private volatile IntConsumer task;
    private volatile long lentUntil; // System.nanoTime() until which runShared leaves a core to others (lendCore)
    // the current call: its number times 256 plus how many workers take part (runShared may leave one out), in one
    // word so that a worker left out of one call can never read the next call's count with this call's number
    private volatile long call;
    private volatile boolean closed;
    private volatile Thread caller;
    private final PoolStats stats; // null unless -Dconvscope.poolstats=true
    private long lastReturnWall, lastReturnCpu; // the caller's clocks when run() last returned, for PoolStats

    public WorkerPool(int size) {
        this(size, Thread.NORM_PRIORITY);
    }

    /**
     * With a thread priority for the workers (the caller keeps its own). The app trains below normal
     * priority so the window's thread wins the CPU when it has a frame to draw; the JVM maps this
     * to the OS only with {@code -XX:ThreadPriorityPolicy=1} (and {@code -XX:JavaPriorityN_To_OSPriority} to
     * other than its default niceness, as the Linux installers do for training's).
     */
    public WorkerPool(int size, int priority) {
        this(size, priority, PoolStats.shared());
    }

    /** With counters of where the threads' time goes (null: none). */
    WorkerPool(int size, int priority, PoolStats stats) {
        if (size < 1) throw new IllegalArgumentException("a pool needs at least one worker, got " + size);
        if (size > 255) throw new IllegalArgumentException("a pool has at most 255 workers, got " + size);
        this.size = size;
        this.stats = stats;
        this.threads = new Thread[size - 1];
        for (int i = 1; i < size; i++) {
            int id = i;
            Thread t = new Thread(() -> workLoop(id), "convscope-worker-" + id);
            t.setDaemon(true);
            t.setPriority(priority);
            threads[i - 1] = t;
            t.start();
        }
    }

    /** Threads available by default: one per core. */
    public static int defaultSize() {
        return Runtime.getRuntime().availableProcessors();
    }

    public int size() {
        return size;
    }

    /** Runs {@code body.accept(w)} for every worker w in 0..size-1 and returns when all are done. */
    public synchronized void run(IntConsumer body) {
        runOn(size, body);
    }

    /**
     * Lends one core for the next {@code millis}: until then {@link #runShared} runs on one worker fewer. The app's
     * window asks for it at each refresh while training runs: with every core training, the window's thread
     * preempts a worker mid-step and the others wait for that worker at the step's end, so the window's few
     * milliseconds cost training twice; a worker sitting out leaves the window a core of its own. Any thread.
     */
    public void lendCore(long millis) {
        lentUntil = System.nanoTime() + millis * 1_000_000L;
    }

    /**
     * Runs {@code body.accept(w)} on the workers 0..k-1 and returns when all are done: k is every worker, or one
     * fewer while a core is lent ({@link #lendCore}). For tasks that share out their work as they go (each
     * worker takes pieces until none is left), which do the same work whatever k is.
     */
    public synchronized void runShared(IntConsumer body) {
        runOn(size > 1 && System.nanoTime() < lentUntil ? size - 1 : size, body);
    }

    private void runOn(int workers, IntConsumer body) {
        if (closed) throw new IllegalStateException("worker pool is closed");
        if (stats != null) countCall();
        if (workers == 1) {
            runTask(body, 0);
            if (stats != null) markReturn();
            return;
        }
        failure.set(null);
        caller = Thread.currentThread();
        task = body;
        pending.set(workers - 1);
        call = ((call >>> 8) + 1) << 8 | workers;
        for (int i = 0; i < workers - 1; i++) LockSupport.unpark(threads[i]);
        try {
            runTask(body, 0);
        } catch (Throwable e) {
            failure.compareAndSet(null, e);
        }
        long waitFrom = stats == null ? 0 : System.nanoTime();
        awaitWorkers();
        if (stats != null) {
            stats.callerWait.add(System.nanoTime() - waitFrom);
            markReturn();
        }
        task = null;
        Throwable f = failure.get();
        if (f instanceof RuntimeException r) throw r;
        if (f instanceof Error e) throw e;
        if (f != null) throw new IllegalStateException(f);
    }

    private void awaitWorkers() {
        long spinUntil = System.nanoTime() + SPIN_NANOS;
        while (pending.get() > 0) {
            if (System.nanoTime() < spinUntil) Thread.onSpinWait();
            else {
                if (stats != null) stats.parks.increment();
                LockSupport.parkNanos(this, 100_000);
            }
        }
    }

    private void workLoop(int id) {
        long seen = 0;
        while (true) {
            long spinUntil = System.nanoTime() + SPIN_NANOS;
            while (call == seen && !closed) {
                if (System.nanoTime() < spinUntil) Thread.onSpinWait();
                else {
                    if (stats != null) stats.parks.increment();
                    LockSupport.park(this);
                }
            }
            if (closed) return;
            seen = call;
            if (id >= (int) (seen & 0xff)) continue; // left out of this call (runShared while a core is lent)
            try {
                runTask(task, id);
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            }
            if (pending.decrementAndGet() == 0) LockSupport.unpark(caller);
        }
    }

    private void runTask(IntConsumer body, int worker) {
        if (stats == null) {
            body.accept(worker);
            return;
        }
        long wall = System.nanoTime(), cpu = PoolStats.cpuNanos();
        try {
            body.accept(worker);
        } finally {
            stats.taskCpu.add(PoolStats.cpuNanos() - cpu);
            stats.taskWall.add(System.nanoTime() - wall);
        }
    }

    private void markReturn() {
        lastReturnWall = System.nanoTime();
        lastReturnCpu = PoolStats.cpuNanos();
    }

    // one call more, and the caller's time since the last one returned: a gap of training's own (the next batch),
    // not the app idle
    private void countCall() {
        stats.calls.increment();
        long wall = System.nanoTime() - lastReturnWall;
        if (lastReturnWall != 0 && wall < 50_000_000L) {
            stats.betweenWall.add(wall);
            stats.betweenCpu.add(PoolStats.cpuNanos() - lastReturnCpu);
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Thread t : threads) LockSupport.unpark(t);
    }
}
