package org.convscope.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Background work on one daemon thread, results on the FX thread. Its priority is between the window's and
 * training's: someone waits for this work (a drawn digit's answer, a probe's feature maps), not for the next batch.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "convscope-ui-tasks");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });

    @Override
    public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        if (executor.isShutdown()) return; // the window is closing: late requests have no one to answer
        executor.execute(() -> {
            try {
                T result = work.get();
                Platform.runLater(() -> onDone.accept(result));
            } catch (RuntimeException | Error e) {
                Platform.runLater(() -> onError.accept(e));
            }
        });
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /**
     * Takes no more work and lets the work already given finish for at most {@code millis} (a file being saved
     * lands), then interrupts what is still running: an interrupted save leaves the old file as it was.
     */
    public void close(long millis) {
        executor.shutdown();
        try {
            executor.awaitTermination(Math.max(0, millis), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor.shutdownNow();
    }
}
