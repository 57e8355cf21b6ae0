package org.convscope.ui.stepper;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * Where a stepper is: a position among {@code count} steps, playing or paused, at a speed in steps
 * per second. Time comes in through {@link #tick} (the view's frame timer), so this runs and is
 * tested without a window. Stepping by hand pauses; playing from the end starts over.
 */
public final class Playback {
    public static final double MIN_SPEED = 0.5;
    public static final double MAX_SPEED = 60;

    private final IntegerProperty position = new SimpleIntegerProperty(0);
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(0);
    private final BooleanProperty playing = new SimpleBooleanProperty(false);
    private final DoubleProperty speed = new SimpleDoubleProperty(4);
    private long lastTick = -1;
    private double owed; // fractions of a step carried to the next frame

    public Playback() {
        position.addListener((o, a, b) -> {
            int clamped = clamp(b.intValue());
            if (clamped != b.intValue()) position.set(clamped);
        });
        playing.addListener((o, a, on) -> {
            lastTick = -1;
            owed = 0;
            if (on && position.get() >= count.get() - 1) position.set(0);
            if (on && count.get() == 0) playing.set(false);
        });
    }

    private int clamp(int p) {
        return Math.max(0, Math.min(p, count.get() - 1));
    }

    /** A new number of steps; the position stays where it was if it still exists (weights changed, same layer). */
    public void setCount(int n) {
        count.set(Math.max(0, n));
        position.set(clamp(position.get()));
        if (n == 0) playing.set(false);
    }

    public void step(int delta) {
        playing.set(false);
        position.set(clamp(position.get() + delta));
    }

    public void jump(int p) {
        playing.set(false);
        position.set(clamp(p));
    }

    public void toStart() {
        jump(0);
    }

    public void toEnd() {
        jump(count.get() - 1);
    }

    public void togglePlay() {
        playing.set(!playing.get());
    }

    /** Frame time in nanoseconds; advances by speed × elapsed steps and stops at the last one. */
    public void tick(long now) {
        if (!playing.get()) return;
        if (lastTick < 0) {
            lastTick = now;
            return;
        }
        owed += (now - lastTick) / 1e9 * speed.get();
        lastTick = now;
        int whole = (int) owed;
        if (whole == 0) return;
        owed -= whole;
        int next = position.get() + whole;
        if (next >= count.get() - 1) {
            position.set(count.get() - 1);
            playing.set(false);
        } else {
            position.set(next);
        }
    }

    public IntegerProperty positionProperty() {
        return position;
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    /** Steps per second. */
    public DoubleProperty speedProperty() {
        return speed;
    }
}
