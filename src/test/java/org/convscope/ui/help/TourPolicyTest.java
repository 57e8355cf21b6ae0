package org.convscope.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Whether the tour opens at start: once on a first run, always, or never. */
class TourPolicyTest {
    private final Preferences prefs = Preferences.userRoot().node("org/convscope/test/tourPolicy-" + System.nanoTime());

    @AfterEach
    void removeNode() throws BackingStoreException {
        prefs.removeNode();
    }

    @Test
    void firstRunShowsOnceThenNeverAgain() {
        TourPolicy first = new TourPolicy(prefs, null);
        assertEquals(TourPolicy.Mode.FIRST_RUN, first.mode());
        assertTrue(first.showAtStart());
        first.markShown();
        assertFalse(first.showAtStart());
        assertFalse(new TourPolicy(prefs, "").showAtStart(), "a later start reads the same preferences");
        assertFalse(new TourPolicy(prefs, "whatever").showAtStart(), "an unknown value is a first-run policy");
    }

    @Test
    void alwaysAndNeverIgnoreWhatWasRemembered() {
        TourPolicy always = new TourPolicy(prefs, " ALWAYS ");
        assertEquals(TourPolicy.Mode.ALWAYS, always.mode());
        assertTrue(always.showAtStart());
        always.markShown();
        assertTrue(always.showAtStart());

        TourPolicy never = new TourPolicy(prefs, "never");
        assertEquals(TourPolicy.Mode.NEVER, never.mode());
        assertFalse(never.showAtStart());
        assertFalse(new TourPolicy(Preferences.userRoot().node("org/convscope/test/unused"), "Never").showAtStart());
    }
}
