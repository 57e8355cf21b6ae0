package org.convscope.ui.classroom;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Presentation mode for a projector: on or off (not remembered: the app always starts at its
 * normal size), and its scale (remembered in the user's settings).
 */
public final class PresentationMode {
    static final String SCALE_KEY = "presentation.scale";
    private final BooleanProperty active = new SimpleBooleanProperty(false);
    private final ObjectProperty<PresentationScale> scale = new SimpleObjectProperty<>();

    public PresentationMode(Settings settings) {
        scale.set(PresentationScale.parse(settings.get(SCALE_KEY, "")));
        scale.addListener((o, a, s) -> {
            if (s == null) scale.set(a); // a scale is always chosen
            else settings.put(SCALE_KEY, String.valueOf(s.percent()));
        });
    }

    /** On or off: the F5 key, the View menu and the status-bar button. */
    public void toggle() {
        active.set(!active.get());
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public boolean isActive() {
        return active.get();
    }

    public ObjectProperty<PresentationScale> scaleProperty() {
        return scale;
    }
}
