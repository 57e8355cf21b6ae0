package org.convscope.ui.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

/** The theme choice: remembered in the settings, resolved to the window's dark flag. */
class LookTest {
    private final Settings settings = Settings.inMemory();
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final AtomicBoolean systemDark = new AtomicBoolean();

    private Look look() {
        return new Look(dark, settings, systemDark::get);
    }

    @Test
    void aChoiceIsAppliedAndRememberedForTheNextStart() {
        Look look = look();
        assertEquals(ThemeChoice.SYSTEM, look.choiceProperty().get(), "nothing stored: follow the system");
        look.choose(ThemeChoice.DARK);
        assertTrue(dark.get());
        assertEquals("dark", settings.get(Look.KEY, null));

        BooleanProperty nextRun = new SimpleBooleanProperty();
        Look again = new Look(nextRun, settings, () -> false);
        assertEquals(ThemeChoice.DARK, again.choiceProperty().get());
        assertTrue(nextRun.get());

        look.choose(ThemeChoice.LIGHT);
        assertFalse(dark.get());
        assertEquals("light", settings.get(Look.KEY, null));
    }

    @Test
    void systemFollowsWhatTheSystemSays() {
        systemDark.set(true);
        settings.put(Look.KEY, "system");
        look();
        assertTrue(dark.get());

        systemDark.set(false);
        Look look = look();
        assertFalse(dark.get());
        systemDark.set(true);
        look.choose(ThemeChoice.SYSTEM);
        assertTrue(dark.get(), "asked again when chosen");
        assertEquals("system", settings.get(Look.KEY, null));
    }

    @Test
    void aSessionSettingTheFlagShowsInTheChoiceButIsNotRemembered() {
        Look look = look();
        look.choose(ThemeChoice.LIGHT);
        dark.set(true); // a session file asked for dark
        assertEquals(ThemeChoice.DARK, look.choiceProperty().get(), "the menu shows what is on screen");
        assertEquals("light", settings.get(Look.KEY, null), "the user's own choice stays for next time");
        assertEquals(ThemeChoice.LIGHT, new Look(new SimpleBooleanProperty(), settings, () -> true).choiceProperty().get());
    }

    @Test
    void aStoredValueItDoesNotKnowFollowsTheSystem() {
        settings.put(Look.KEY, "sepia");
        systemDark.set(true);
        assertEquals(ThemeChoice.SYSTEM, look().choiceProperty().get());
        assertTrue(dark.get());
    }
}
