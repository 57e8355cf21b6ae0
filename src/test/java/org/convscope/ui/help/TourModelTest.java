package org.convscope.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Side;
import org.junit.jupiter.api.Test;

/** The tour's position: start, next, back, end, and the first/last flags the buttons follow. */
class TourModelTest {
    private static final List<TourStep> STEPS = List.of(
            new TourStep("a", List.of("#a"), Side.RIGHT, null),
            new TourStep("b", List.of("#b"), Side.BOTTOM, "trainingTab"),
            new TourStep("c", List.of("#c"), Side.LEFT, null));

    @Test
    void walksForwardAndBackAndEndsAfterTheLast() {
        TourModel m = new TourModel(STEPS);
        assertFalse(m.running());
        assertEquals(-1, m.indexProperty().get());
        m.start();
        assertTrue(m.running());
        assertEquals("a", m.step().key());
        assertTrue(m.onFirst().get());
        assertFalse(m.onLast().get());
        assertEquals(1, m.number().get());

        m.back();
        assertEquals(0, m.indexProperty().get(), "back on the first step stays there");
        m.next();
        assertEquals("b", m.step().key());
        assertFalse(m.onFirst().get());
        assertEquals(2, m.number().get());
        m.back();
        assertEquals("a", m.step().key());
        m.next();
        m.next();
        assertEquals("c", m.step().key());
        assertTrue(m.onLast().get());
        m.next();
        assertFalse(m.running(), "next on the last step ends the tour");
        m.next();
        assertFalse(m.running(), "next when not running does nothing");
    }

    @Test
    void endStopsAndStartBeginsAfresh() {
        TourModel m = new TourModel(STEPS);
        m.start();
        m.next();
        m.end();
        assertFalse(m.running());
        m.start();
        m.next();
        m.start();
        assertEquals(0, m.indexProperty().get());

        List<Integer> seen = new java.util.ArrayList<>();
        m.indexProperty().addListener((o, a, b) -> seen.add(b.intValue()));
        m.start();
        assertEquals(List.of(-1, 0), seen, "a running tour restarts through 'not running', so step 1 shows again");
    }

    @Test
    void anEmptyTourNeverRuns() {
        TourModel m = new TourModel(List.of());
        m.start();
        assertFalse(m.running());
    }

    @Test
    void theRealTourHasFiveStepsWithTargetsAndTexts() {
        assertEquals(5, TourStep.ALL.size());
        for (TourStep s : TourStep.ALL) {
            assertFalse(s.targets().isEmpty(), s.key());
            assertEquals("help.tour." + s.key() + ".title", s.titleKey());
            assertEquals("help.tour." + s.key() + ".text", s.textKey());
        }
    }
}
