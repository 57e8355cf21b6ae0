package org.convscope.ui.stepper;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import org.convscope.ui.common.TreeVisible;

/**
 * How a stepper view redraws: its maps (colours, titles) in full when what it steps through
 * changes, the window's step on every move, and neither while the view is hidden (another tab): a
 * change it missed is drawn in full when it appears. New weights come ten times a second while
 * training, so a hidden stepper then costs the FX thread nothing.
 */
public final class StepperRedraw<T, S> {
    private final StepperModel<T, S> model;
    private final Consumer<T> maps;
    private final BiConsumer<T, S> step;
    private final ReadOnlyBooleanProperty visible;
    private boolean stale; // something changed while hidden: redraw when shown
    private boolean mapsDrawn; // the step is drawn over the maps' colours

    /**
     * Draws {@code view} now, then again whenever {@code model} shows something else (then {@code
     * maps}, followed by {@code step}) or moves its window ({@code step}). Nothing is drawn while
     * there is nothing to step through.
     */
    public StepperRedraw(Node view, StepperModel<T, S> model, Consumer<T> maps, BiConsumer<T, S> step) {
        this.model = model;
        this.maps = maps;
        this.step = step;
        visible = TreeVisible.of(view);
        visible.addListener((o, a, now) -> {
            if (now && stale) full();
        });
        model.currentProperty().addListener((o, a, b) -> full());
        model.stepProperty().addListener((o, a, b) -> update());
        full();
    }

    /** The maps are drawn anew also when one of {@code values} changes (a channel, a filter, the language). */
    public StepperRedraw<T, S> fullOn(ObservableValue<?>... values) {
        for (ObservableValue<?> v : values) v.addListener((o, a, b) -> full());
        return this;
    }

    /** The step is drawn anew also when one of {@code values} changes (how it is shown). */
    public StepperRedraw<T, S> stepOn(ObservableValue<?>... values) {
        for (ObservableValue<?> v : values) v.addListener((o, a, b) -> update());
        return this;
    }

    private void full() {
        stale = !visible.get();
        T t = model.currentProperty().get();
        if (stale || t == null) return;
        maps.accept(t);
        mapsDrawn = true;
        update();
    }

    // not while hidden, nor while a full redraw is owed
    private void update() {
        if (stale || !visible.get()) {
            stale = true;
            return;
        }
        T t = model.currentProperty().get();
        S s = model.stepProperty().get();
        if (t != null && s != null && mapsDrawn) step.accept(t, s);
    }
}
