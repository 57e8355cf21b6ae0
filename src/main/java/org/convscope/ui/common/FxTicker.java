package org.convscope.ui.common;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;

/**
 * Runs a task on the FX thread every period, never two waiting at once (a busy FX thread gets one
 * call when it is free, not a backlog).
 *
 * <p>Why not an AnimationTimer: while one runs, JavaFX pulses 60 times a second whether anything
 * changed or not, and every pulse walks the bounds of every node in the scene (all fourteen
 * views, hidden ones included). On two cores that is time taken from training. A task posted
 * with {@link Platform#runLater} makes a pulse only if it changes what is on screen.
 */
public final class FxTicker implements AutoCloseable {
    private final ScheduledExecutorService timer;
    private final AtomicBoolean waiting = new AtomicBoolean();
    private volatile boolean closed;

    /** Starts calling {@code task} on the FX thread every {@code periodMillis}, from one period on. */
    public FxTicker(String threadName, long periodMillis, Runnable task) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(() -> {
            if (closed || !waiting.compareAndSet(false, true)) return;
            Platform.runLater(() -> {
                waiting.set(false);
                if (!closed) task.run();
            });
        }, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** No call after this one returns (on the FX thread) or after the call in progress (elsewhere). */
    @Override
    public void close() {
        closed = true;
        timer.shutdownNow();
    }
}
