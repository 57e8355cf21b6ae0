package org.convscope.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;

/**
 * Drawing that only matters on screen (a view's charts, its thumbnails): done at once while the view is visible
 * ({@link TreeVisible}), otherwise once, when it is shown again. A hidden view is out of the scene; what changes
 * meanwhile (the run in training, once a second) would be drawn for nobody, again and again.
 */
public final class WhenShown {
    private final ReadOnlyBooleanProperty visible;
    private final Runnable draw;
    private boolean owed;

    public WhenShown(Node view, Runnable draw) {
        this.draw = draw;
        visible = TreeVisible.of(view);
        visible.addListener((o, was, now) -> {
            if (now && owed) run();
        });
    }

    /** Draws now if the view is visible, else when it next is. */
    public void request() {
        if (visible.get()) run();
        else owed = true;
    }

    private void run() {
        owed = false;
        draw.run();
    }
}
