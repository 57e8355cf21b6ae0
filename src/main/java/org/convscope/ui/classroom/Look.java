package org.convscope.ui.classroom;

import java.util.function.BooleanSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The theme: the user's choice (follow the system, light, dark), remembered in their settings, and
 * the dark-or-light flag the window applies. A session file may set the flag itself; the choice then
 * shows it as light or dark for this run, without changing what the user chose for next time.
 */
public final class Look {
    static final String KEY = "theme";
    private final ReadOnlyObjectWrapper<ThemeChoice> choice = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty dark;
    private final Settings settings;
    private final BooleanSupplier systemDark;
    private boolean applying;

    /**
     * @param dark       the flag the window's theme follows (true: dark)
     * @param systemDark asked when the choice is {@link ThemeChoice#SYSTEM}
     */
    public Look(BooleanProperty dark, Settings settings, BooleanSupplier systemDark) {
        this.dark = dark;
        this.settings = settings;
        this.systemDark = systemDark;
        choice.set(ThemeChoice.parse(settings.get(KEY, ThemeChoice.SYSTEM.id())));
        apply();
        dark.addListener((o, was, now) -> {
            if (!applying && now != resolve(choice.get())) choice.set(now ? ThemeChoice.DARK : ThemeChoice.LIGHT);
        });
    }

    /** The user picked a theme in the menu: applied now, and remembered. */
    public void choose(ThemeChoice c) {
        choice.set(c);
        settings.put(KEY, c.id());
        apply();
    }

    public ReadOnlyObjectProperty<ThemeChoice> choiceProperty() {
        return choice.getReadOnlyProperty();
    }

    private void apply() {
        applying = true;
        try {
            dark.set(resolve(choice.get()));
        } finally {
            applying = false;
        }
    }

    private boolean resolve(ThemeChoice c) {
        return switch (c) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> systemDark.getAsBoolean();
        };
    }
}
