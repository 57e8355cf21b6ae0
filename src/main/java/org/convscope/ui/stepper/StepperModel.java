package org.convscope.ui.stepper;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * A stepper's state: what it steps through ({@code T}: a layer of the model, or the sandbox's
 * convolution), where the window is ({@link Playback}, one step per output cell) and the arithmetic
 * there ({@code S}). Subclasses say what {@code T}'s window is and what one step computes; they
 * call {@link #show} when {@code T} changes.
 */
public abstract class StepperModel<T, S> {
    private final ReadOnlyObjectWrapper<T> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<S> step = new ReadOnlyObjectWrapper<>();
    private final Playback playback = new Playback();

    protected StepperModel() {
        playback.positionProperty().addListener((o, a, b) -> recompute());
    }

    /** Where the window of {@code t} can stand. */
    protected abstract SlidingWindow window(T t);

    /** The arithmetic of {@code t} at output cell (row, column). */
    protected abstract S stepAt(T t, int row, int column);

    /**
     * Steps through {@code now} (null: nothing to step). {@code restart}: the window goes back to the
     * first cell; else it stays where it was if that cell still exists (new weights, same layer).
     */
    protected final void show(T now, boolean restart) {
        current.set(now);
        if (now == null) {
            playback.setCount(0);
            step.set(null);
            return;
        }
        playback.setCount(window(now).positions());
        if (restart) {
            playback.jump(0);
            restarted(now);
        }
        recompute();
    }

    /** {@code now} is shown from its first cell: fit what depends on it (a filter, a channel) to it. */
    protected void restarted(T now) {
    }

    /** Computes the step again, as after a change to what it depends on (a filter, a channel). */
    protected final void recompute() {
        T t = current.get();
        int p = playback.positionProperty().get();
        if (t == null || p >= window(t).positions()) return;
        int w = window(t).outWidth();
        step.set(stepAt(t, p / w, p % w));
    }

    /** Moves the window to output cell (row, column); a cell outside the map is ignored. */
    public void jumpToOutput(int row, int column) {
        T t = current.get();
        if (t == null) return;
        SlidingWindow w = window(t);
        if (row < 0 || column < 0 || row >= w.outHeight() || column >= w.outWidth()) return;
        playback.jump(row * w.outWidth() + column);
    }

    /** Moves the window onto input cell (row, column), or as near it as it can go. */
    public void jumpToInput(int row, int column) {
        T t = current.get();
        if (t != null) playback.jump(window(t).positionNear(row, column));
    }

    public ReadOnlyObjectProperty<T> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The arithmetic of the window's current cell, or null when there is nothing to step through. */
    public ReadOnlyObjectProperty<S> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public Playback playback() {
        return playback;
    }
}
