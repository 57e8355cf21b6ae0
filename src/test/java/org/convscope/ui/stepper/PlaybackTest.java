package org.convscope.ui.stepper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Playing, stepping and scrubbing, driven by frame times instead of a real clock. */
class PlaybackTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void playsAtItsSpeedAndStopsAtTheEnd() {
        Playback p = new Playback();
        p.setCount(10);
        p.speedProperty().set(4);
        p.togglePlay();
        p.tick(0); // the first frame only starts the clock
        assertEquals(0, p.positionProperty().get());
        p.tick(SECOND / 2);
        assertEquals(2, p.positionProperty().get());
        p.tick(SECOND / 2 + SECOND / 8); // half a step is carried, not lost
        assertEquals(2, p.positionProperty().get());
        p.tick(SECOND / 2 + SECOND / 4);
        assertEquals(3, p.positionProperty().get());
        p.tick(10 * SECOND);
        assertEquals(9, p.positionProperty().get());
        assertFalse(p.playingProperty().get(), "stops at the last step");
        p.togglePlay();
        assertEquals(0, p.positionProperty().get(), "playing from the end starts over");
    }

    @Test
    void steppingPausesAndStaysInRange() {
        Playback p = new Playback();
        p.setCount(5);
        p.togglePlay();
        p.step(1);
        assertFalse(p.playingProperty().get());
        assertEquals(1, p.positionProperty().get());
        p.step(-3);
        assertEquals(0, p.positionProperty().get());
        p.toEnd();
        assertEquals(4, p.positionProperty().get());
        p.jump(99);
        assertEquals(4, p.positionProperty().get());
        p.positionProperty().set(-2); // a scrub slider may overshoot
        assertEquals(0, p.positionProperty().get());
    }

    @Test
    void aNewCountKeepsThePositionWhenItStillExists() {
        Playback p = new Playback();
        p.setCount(676);
        p.jump(300);
        p.setCount(676);
        assertEquals(300, p.positionProperty().get());
        p.setCount(121);
        assertEquals(120, p.positionProperty().get());
        p.setCount(0);
        p.togglePlay();
        assertFalse(p.playingProperty().get(), "nothing to play");
        assertTrue(p.countProperty().get() == 0);
    }
}
