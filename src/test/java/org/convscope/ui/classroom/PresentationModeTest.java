package org.convscope.ui.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Presentation mode: on/off for this run only, its scale remembered. */
class PresentationModeTest {
    private final Settings settings = Settings.inMemory();

    @Test
    void theScaleIsRememberedAndTheModeIsNot() {
        PresentationMode p = new PresentationMode(settings);
        assertEquals(PresentationScale.LARGE, p.scaleProperty().get(), "150 % at first");
        assertFalse(p.isActive());
        p.scaleProperty().set(PresentationScale.LARGER);
        assertEquals("200", settings.get(PresentationMode.SCALE_KEY, null));
        p.toggle();
        assertTrue(p.isActive());

        PresentationMode next = new PresentationMode(settings);
        assertEquals(PresentationScale.LARGER, next.scaleProperty().get());
        assertFalse(next.isActive(), "the app always starts at its normal size");
        next.toggle();
        next.toggle();
        assertFalse(next.isActive());
    }

    @Test
    void nullIsRejectedAndTheScaleStays() {
        PresentationMode p = new PresentationMode(settings);
        p.scaleProperty().set(PresentationScale.LARGER);
        p.scaleProperty().set(null);
        assertEquals(PresentationScale.LARGER, p.scaleProperty().get());
        assertEquals("200", settings.get(PresentationMode.SCALE_KEY, null));
    }

    @Test
    void storedScalesParseAndUnknownOnesAreLarge() {
        assertEquals(PresentationScale.LARGER, PresentationScale.parse("200"));
        assertEquals(PresentationScale.LARGE, PresentationScale.parse("150"));
        assertEquals(PresentationScale.LARGE, PresentationScale.parse("175"));
        settings.put(PresentationMode.SCALE_KEY, "junk");
        assertEquals(PresentationScale.LARGE, new PresentationMode(settings).scaleProperty().get());
    }
}
