package org.convscope.ui.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.convscope.ui.shell.WindowFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Once, on the FX thread, after the delay; cancelled, never; and no frames while it waits. */
@ExtendWith(ApplicationExtension.class)
class FxLaterTest {
    private final AtomicInteger pulses = new AtomicInteger();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Pane(), 100, 100));
        stage.getScene().addPostLayoutPulseListener(pulses::incrementAndGet);
        stage.show();
    }

    @Test
    void runsOnceOnTheFxThreadAfterTheDelayWithoutFramesMeanwhile(FxRobot robot) {
        robot.sleep(300); // the window's own first frames
        AtomicLong ranAfter = new AtomicLong(-1);
        AtomicBoolean onFxThread = new AtomicBoolean();
        AtomicInteger runs = new AtomicInteger();
        int before = pulses.get();
        long start = System.nanoTime();
        FxLater.after(400, () -> {
            ranAfter.set((System.nanoTime() - start) / 1_000_000);
            onFxThread.set(Platform.isFxApplicationThread());
            runs.incrementAndGet();
        });
        WindowFixture.waitFor(() -> runs.get() > 0, "the task ran");
        int during = pulses.get() - before;
        robot.sleep(200);
        assertTrue(ranAfter.get() >= 400, "ran after " + ranAfter.get() + " ms");
        assertTrue(onFxThread.get(), "on the FX thread");
        assertTrue(runs.get() == 1, "once, not " + runs.get() + " times");
        // with a PauseTransition of 400 ms instead, 27 frames of the unchanged window
        assertTrue(during <= 3, during + " frames while nothing changed");
    }

    @Test
    void aCancelledTaskNeverRuns(FxRobot robot) {
        AtomicBoolean ran = new AtomicBoolean();
        FxLater.after(100, () -> ran.set(true)).cancel(false);
        robot.sleep(300);
        assertFalse(ran.get());
    }
}
