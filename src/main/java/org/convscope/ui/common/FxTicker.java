package org.convscope.ui.common;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import javafx.application.Platform;

/**
 * Runs a task on the FX thread every period, never two waiting at once (a busy FX thread gets one
 * call when it is free, not a backlog).
 *
 * <p>Why not an AnimationTimer: while one runs, JavaFX pulses 60 times a second whether anything
 * changed or not, and every pulse walks the bounds of every node in the scene (all fourteen
 * views, hidden ones included). On two cores that is time taken from training. A task posted
 * with {@link Platform#runLater} makes a pulse only if it changes what is on screen.
 *
 * <p>The period may change while it runs (the window refreshes less often while training runs): it is asked
 * for again after every call.
 */
public final class FxTicker implements AutoCloseable {
    private final ScheduledExecutorService timer;
    private final AtomicBoolean waiting = new AtomicBoolean();
    private final LongSupplier period;
    private final Runnable task;
    private volatile boolean closed;

    /** Starts calling {@code task} on the FX thread every {@code periodMillis}, from one period on. */
    public FxTicker(String threadName, long periodMillis, Runnable task) {
        this(threadName, () -> periodMillis, task);
    }

    /**
     * Starts calling {@code task} on the FX thread, each call {@code periodMillis} after the one before was
     * asked for; the period is read on the ticker's thread, so it must be safe to read there.
     */
    public FxTicker(String threadName, LongSupplier periodMillis, Runnable task) {
        this.period = periodMillis;
        this.task = task;
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        schedule();
    }

    private void schedule() {
        if (closed) return;
        try {
            timer.schedule(this::tick, Math.max(1, period.getAsLong()), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException closedMeanwhile) {
            // close() ran between the check and the call: no more calls, as it says
        }
    }

    private void tick() {
        if (closed) return;
        post();
        schedule();
    }

    /** Asks for one call besides the periodic ones, as soon as the FX thread is free (none if one is waiting). Any thread. */
    public void soon() {
        if (closed) return;
        try {
            timer.execute(this::post);
        } catch (java.util.concurrent.RejectedExecutionException closedMeanwhile) {
            // closed: no more calls
        }
    }

    private void post() {
        if (!closed && waiting.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                waiting.set(false);
                if (!closed) task.run();
            });
        }
    }

    /** No call after this one returns (on the FX thread) or after the call in progress (elsewhere). */
    @Override
    public void close() {
        closed = true;
        timer.shutdownNow();
    }
}
