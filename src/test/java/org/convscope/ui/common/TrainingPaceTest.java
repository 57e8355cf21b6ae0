package org.convscope.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** When slow work is done again while training runs, pauses, and the view hides and shows. */
class TrainingPaceTest {
    private int runs;
    private TrainingPace pace;
    private final AtomicLong clock = new AtomicLong();

    private TrainingPace pace(long interval) {
        pace = new TrainingPace(() -> runs++, interval, clock::get);
        pace.activeProperty().set(true); // its view on screen
        return pace;
    }

    @Test
    void newWeightsOutsideTrainingAreWorkedOnAtOnceButNotTwice() {
        pace(0);
        Object w = new Object();
        pace.weightsProperty().set(w);
        assertEquals(1, runs);
        pace.done();
        pace.request();
        assertEquals(1, runs, "the same weights: nothing new");
        pace.force();
        assertEquals(2, runs, "a new choice: again");
    }

    @Test
    void whileTrainingOnlyEpochsAndTheIntervalBringWork() {
        pace(3_000);
        pace.liveProperty().set(true);
        pace.weightsProperty().set(new Object());
        assertEquals(1, runs, "the first weights");
        pace.done();
        clock.set(1_000);
        pace.weightsProperty().set(new Object());
        assertEquals(1, runs, "too soon");
        pace.epochProperty().set("epoch 1");
        assertEquals(2, runs, "an epoch ended");
        pace.done();
        clock.set(4_500);
        pace.weightsProperty().set(new Object());
        assertEquals(3, runs, "the interval passed");
        pace.done();
        pace.weightsProperty().set(new Object());
        pace.liveProperty().set(false);
        assertEquals(4, runs, "paused: the weights it stopped at");
    }

    @Test
    void oneAtATimeAndNothingWhileHidden() {
        pace(0);
        pace.activeProperty().set(false);
        pace.weightsProperty().set(new Object());
        assertEquals(0, runs, "hidden");
        pace.activeProperty().set(true);
        assertEquals(1, runs, "shown: catches up");
        pace.weightsProperty().set(new Object());
        pace.weightsProperty().set(new Object());
        assertEquals(1, runs, "still running: waits");
        pace.done();
        assertEquals(2, runs, "then the newest, once");
        pace.done();
        assertEquals(2, runs);
    }
}
