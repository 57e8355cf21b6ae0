package org.convscope.ui.help;

import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Whether the tour opens when the app starts: once, on the first start (remembered in the user's
 * preferences), unless {@code -Dconvscope.tour=always} (demos) or {@code never} (tests, kiosks).
 */
public final class TourPolicy {
    public static final String PROPERTY = "convscope.tour";
    static final String SHOWN = "tourShown";

    public enum Mode { FIRST_RUN, ALWAYS, NEVER }

    private final Preferences prefs;
    private final Mode mode;

    public TourPolicy(Preferences prefs, String property) {
        this.prefs = prefs;
        String p = property == null ? "" : property.strip().toLowerCase(Locale.ROOT);
        this.mode = p.equals("always") ? Mode.ALWAYS : p.equals("never") ? Mode.NEVER : Mode.FIRST_RUN;
    }

    /** The user's own preferences node of the help package, and the system property. */
    public static TourPolicy fromSystem() {
        return new TourPolicy(Preferences.userNodeForPackage(TourPolicy.class), System.getProperty(PROPERTY));
    }

    public Mode mode() {
        return mode;
    }

    public boolean showAtStart() {
        return switch (mode) {
            case ALWAYS -> true;
            case NEVER -> false;
            case FIRST_RUN -> !prefs.getBoolean(SHOWN, false);
        };
    }

    /** Remembers that the tour was shown, so a first-run tour does not come again. */
    public void markShown() {
        prefs.putBoolean(SHOWN, true);
        try {
            prefs.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            // unsaved preferences only mean the tour comes once more; nothing to tell the user
        }
    }
}
