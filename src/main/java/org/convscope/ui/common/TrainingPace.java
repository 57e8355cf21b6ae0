package org.convscope.ui.common;

import java.util.function.LongSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.convscope.training.SessionState;

/**
 * When a view-model whose work takes seconds (a pass over the test set, feature visualization) should work
 * again, following a training run: at once for weights that arrive while training is not running (a loaded
 * model, a reset, a step) and for the first weights it sees, after each epoch while it runs, and, if asked, also every {@code liveInterval}
 * while it runs; never while the view is hidden ({@link #activeProperty()}: it catches up when shown). One piece
 * of work at a time: a request meanwhile is kept and served when the work reports {@link #done()}.
 *
 * <p>The owner binds the inputs and does the work in {@code work}, on the FX thread (it hands it to a
 * {@link TaskRunner}), and calls {@link #done()} when the result is back.
 */
public final class TrainingPace {
    private final ObjectProperty<Object> weights = new SimpleObjectProperty<>();
    private final ObjectProperty<Object> epoch = new SimpleObjectProperty<>();
    private final BooleanProperty live = new SimpleBooleanProperty();
    // false until the owner's view says it is shown: a view-model made with its view, bound to the weights before
    // the view binds this, searched 10,000 test images for a view made in idle time and never opened
    private final BooleanProperty active = new SimpleBooleanProperty(false);
    private final Runnable work;
    private final long liveIntervalNanos;
    private final LongSupplier clock;
    private Object doneFor;   // the weights of the last piece of work started
    private boolean running;
    private boolean again;
    private long lastStart;

    /** Work after each epoch while training runs, and also every {@code liveIntervalNanos} (0: only after epochs). */
    public TrainingPace(Runnable work, long liveIntervalNanos, LongSupplier clock) {
        this.work = work;
        this.liveIntervalNanos = liveIntervalNanos;
        this.clock = clock;
        weights.addListener((o, a, w) -> {
            boolean first = doneFor == null; // nothing shown yet: no reason to wait for an epoch
            if (!live.get() || first || (liveIntervalNanos > 0 && clock.getAsLong() - lastStart >= liveIntervalNanos)) request();
        });
        epoch.addListener((o, a, e) -> {
            if (e != null) request();
        });
        live.addListener((o, a, on) -> {
            if (!on) request(); // paused or finished: the weights it stopped at
        });
        active.addListener((o, a, on) -> {
            if (on) request();
        });
    }

    /** Follows a training session: live while {@code state} is RUNNING, a moment to work at each {@code lastEpoch}. */
    public void follow(ObservableValue<SessionState> state, ObservableValue<?> lastEpoch) {
        live.bind(Bindings.createBooleanBinding(() -> state.getValue() == SessionState.RUNNING, state));
        epoch.bind(lastEpoch);
    }

    /** Works now for the current weights unless that is done or running (then right after). */
    public void request() {
        if (!active.get() || weights.get() == null) return;
        if (running) {
            again = true;
            return;
        }
        if (weights.get() == doneFor) return;
        start();
    }

    /** Works again now even for the same weights (a new choice of the user's), or right after the running work. */
    public void force() {
        doneFor = null;
        request();
    }

    private void start() {
        running = true;
        again = false;
        doneFor = weights.get();
        lastStart = clock.getAsLong();
        work.run();
    }

    /** The work's result is back (or it failed): serve what was asked meanwhile. */
    public void done() {
        running = false;
        if (again) request();
    }

    /** The weights to follow (any object whose identity changes with them: a new copy is new weights). */
    public ObjectProperty<Object> weightsProperty() { return weights; }
    /** The latest finished epoch: a moment to work while training runs. */
    public ObjectProperty<Object> epochProperty() { return epoch; }
    /** True while training runs. */
    public BooleanProperty liveProperty() { return live; }
    /** True while the view is shown (false until set: nothing is worked out for a view nobody sees). */
    public BooleanProperty activeProperty() { return active; }
    /** True while a piece of work runs. */
    public boolean running() { return running; }
}
