package org.convscope.ui.featuremaps;

import java.util.function.LongSupplier;
import org.convscope.ui.common.FxLater;

/**
 * Runs an action at most once per interval: a request inside the interval is deferred to its end,
 * and any number of requests meanwhile still run the action once. While training, inspections
 * arrive ten times a second; repainting a few times a second looks just as live and costs the UI
 * thread less.
 */
final class Throttle {
    /** Calls {@code action} on the FX thread after {@code millis}. */
    interface Scheduler {
        void later(long millis, Runnable action);
    }

    private final long intervalMillis;
    private final Runnable action;
    private final Scheduler scheduler;
    private final LongSupplier clockMillis;
    private long last = Long.MIN_VALUE / 2;
    private boolean scheduled;

    Throttle(long intervalMillis, Runnable action, Scheduler scheduler, LongSupplier clockMillis) {
        this.intervalMillis = intervalMillis;
        this.action = action;
        this.scheduler = scheduler;
        this.clockMillis = clockMillis;
    }

    /** On the FX thread after the wait, without an animation (see FxLater: a pause would pulse 60 times a second). */
    static Scheduler fxScheduler() {
        return FxLater::after;
    }

    void request() {
        if (scheduled) return;
        long wait = last + intervalMillis - clockMillis.getAsLong();
        if (wait <= 0) {
            fire();
        } else {
            scheduled = true;
            scheduler.later(wait, () -> {
                scheduled = false;
                fire();
            });
        }
    }

    private void fire() {
        last = clockMillis.getAsLong();
        action.run();
    }
}
