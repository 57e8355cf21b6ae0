package org.convscope.ui.classroom;

import java.util.Locale;

/** Which theme the user chose: the operating system's, or light or dark whatever it says. */
public enum ThemeChoice {
    SYSTEM, LIGHT, DARK;

    /** The name stored in the preferences. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The choice stored as {@code id}; {@link #SYSTEM} for anything else (an old or hand-edited value). */
    public static ThemeChoice parse(String id) {
        for (ThemeChoice c : values()) {
            if (c.id().equals(id)) return c;
        }
        return SYSTEM;
    }
}
