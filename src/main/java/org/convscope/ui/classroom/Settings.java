package org.convscope.ui.classroom;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** The user's remembered choices (theme, presentation size): the system's preferences, or a map in tests. */
public interface Settings {

    /** The value of {@code key}, or {@code fallback} if none was stored. */
    String get(String key, String fallback);

    void put(String key, String value);

    /** The user's preferences store ({@link Preferences}), node {@code /org/convscope}. */
    static Settings userPreferences() {
        Preferences node = Preferences.userRoot().node("org/convscope");
        return new Settings() {
            @Override
            public String get(String key, String fallback) {
                try {
                    return node.get(key, fallback);
                } catch (IllegalStateException e) {
                    return fallback; // node removed under us: behave as never stored
                }
            }

            @Override
            public void put(String key, String value) {
                node.put(key, value);
                try {
                    node.flush();
                } catch (BackingStoreException | IllegalStateException e) {
                    // a read-only home (lab machines) forgets the choice at exit; the app works on
                }
            }
        };
    }

    /** Kept in memory only: for tests, and for views built without a user (rendering). */
    static Settings inMemory() {
        Map<String, String> map = new ConcurrentHashMap<>();
        return new Settings() {
            @Override
            public String get(String key, String fallback) {
                return map.getOrDefault(key, fallback);
            }

            @Override
            public void put(String key, String value) {
                map.put(key, value);
            }
        };
    }
}
