package org.convscope.ui.stepper;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import org.convscope.ui.common.TreeVisible;

/**
 * Redraws a view only while it is on screen: a change that arrives while it is hidden (another tab)
 * is remembered, and the full redraw runs when the view appears. New weights come ten times a second
 * while training, so a hidden stepper then costs the FX thread nothing.
 */
public final class RedrawWhenShown {
    private final ReadOnlyBooleanProperty visible;
    private boolean stale; // something changed while hidden: redraw when shown

    /** {@code fullRedraw} runs when {@code view} appears after a change it missed. */
    public RedrawWhenShown(Node view, Runnable fullRedraw) {
        visible = TreeVisible.of(view);
        visible.addListener((o, a, now) -> {
            if (now && stale) fullRedraw.run();
        });
    }

    /** At the start of the full redraw: whether to draw now (else it is owed for later). */
    public boolean fullRedrawNow() {
        stale = !visible.get();
        return !stale;
    }

    /** At the start of a partial update: whether to draw now; not while hidden, nor while a full redraw is owed. */
    public boolean updateNow() {
        if (stale || !visible.get()) {
            stale = true;
            return false;
        }
        return true;
    }
}
