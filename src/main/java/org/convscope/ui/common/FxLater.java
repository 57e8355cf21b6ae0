package org.convscope.ui.common;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Runs a task on the FX thread once, after a delay, without an animation. A {@code PauseTransition} does the same,
 * but while it waits JavaFX pulses 60 times a second (every running animation asks for every frame): a wait of
 * half an hour before the window closes (-Dconvscope.closeAfter, the soak's length) tripled the pulses of a training
 * window, 58 a second instead of 19, and the soak measured an app that never happens. See also {@link FxTicker}.
 */
public final class FxLater {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "convscope-fx-later");
        t.setDaemon(true);
        return t;
    });

    private FxLater() {
    }

    /** Runs {@code task} on the FX thread {@code millis} from now; the returned handle cancels it until then. */
    public static ScheduledFuture<?> after(long millis, Runnable task) {
        return TIMER.schedule(() -> Platform.runLater(task), millis, TimeUnit.MILLISECONDS);
    }
}
