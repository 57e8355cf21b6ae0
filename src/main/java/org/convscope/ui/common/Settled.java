package org.convscope.ui.common;

import java.util.concurrent.ScheduledFuture;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.util.Duration;

/**
 * A view-model's "on screen" that turns true a moment after its view comes on screen, and false at once
 * when it goes. A view whose model starts heavy work when shown (the Results view evaluates the whole test
 * set) then gets its first frame drawn before that work starts: a view coming back into the scene is styled
 * anew, and with an evaluation thread beside the two training threads on a 2-core machine that frame took
 * 260-380 ms in soak runs (the Results view shown again: 319 ms before, no frame over 100 ms since). A source that
 * is already true is on at once (no view is: {@code TreeVisible} turns true only once the view is in the scene).
 */
public final class Settled {
    /** Long enough for the frame (under 100 ms) and its rendering; short beside the work held back (a second). */
    public static final Duration VIEW_DELAY = Duration.millis(250);

    private Settled() {
    }

    /** {@code source} with its turns to true held back by {@link #VIEW_DELAY}. */
    public static ReadOnlyBooleanProperty of(ObservableBooleanValue source) {
        return of(source, VIEW_DELAY);
    }

    /** {@code source}, with its turns to true held back by {@code delay} (and dropped if it turns false meanwhile). */
    public static ReadOnlyBooleanProperty of(ObservableBooleanValue source, Duration delay) {
        ReadOnlyBooleanWrapper settled = new ReadOnlyBooleanWrapper(source.get());
        // FxLater, not a PauseTransition: that would pulse the window 60 times a second for the whole wait, at
        // every view switch, just while the view's first frame needs the FX thread
        ScheduledFuture<?>[] wait = new ScheduledFuture<?>[1];
        int[] turn = new int[1]; // a wait already handed to the FX thread cannot be cancelled: it checks its turn
        source.addListener((o, was, on) -> {
            int mine = ++turn[0];
            if (wait[0] != null) wait[0].cancel(false);
            if (on) {
                wait[0] = FxLater.after((long) delay.toMillis(), () -> {
                    if (turn[0] == mine) settled.set(source.get());
                });
            } else {
                wait[0] = null;
                settled.set(false);
            }
        });
        return settled.getReadOnlyProperty();
    }
}
