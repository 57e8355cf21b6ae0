package org.convscope.ui.help;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/** Where the tour is: step 0…n−1, or −1 when it is not running. Next on the last step ends it. */
public final class TourModel {
    private final List<TourStep> steps;
    private final IntegerProperty index = new SimpleIntegerProperty(-1);

    public TourModel(List<TourStep> steps) {
        this.steps = List.copyOf(steps);
    }

    public List<TourStep> steps() {
        return steps;
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index;
    }

    public boolean running() {
        return index.get() >= 0;
    }

    /** The step on screen; only while running. */
    public TourStep step() {
        return steps.get(index.get());
    }

    public BooleanBinding onFirst() {
        return index.isEqualTo(0);
    }

    public BooleanBinding onLast() {
        return index.isEqualTo(steps.size() - 1);
    }

    /** Ends a running tour first, so the first step is always shown afresh. */
    public void start() {
        index.set(-1);
        if (!steps.isEmpty()) index.set(0);
    }

    public void next() {
        if (!running()) return;
        index.set(index.get() + 1 < steps.size() ? index.get() + 1 : -1);
    }

    public void back() {
        if (index.get() > 0) index.set(index.get() - 1);
    }

    public void end() {
        index.set(-1);
    }

    /** "2 of 5" as numbers: one-based step and count. */
    public javafx.beans.binding.IntegerBinding number() {
        return Bindings.createIntegerBinding(() -> index.get() + 1, index);
    }
}
