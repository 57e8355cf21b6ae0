package org.convscope.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The ticker calls on the FX thread, never piles calls up behind a busy FX thread, and stops when closed. */
@ExtendWith(ApplicationExtension.class)
class FxTickerTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Pane(), 100, 100));
        stage.show();
    }

    @Test
    void callsOnTheFxThreadAtItsPeriod() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger(), offThread = new AtomicInteger();
        CountDownLatch five = new CountDownLatch(5);
        try (FxTicker ticker = new FxTicker("test-ticker", 10, () -> {
            if (!Platform.isFxApplicationThread()) offThread.incrementAndGet();
            calls.incrementAndGet();
            five.countDown();
        })) {
            assertTrue(five.await(5, TimeUnit.SECONDS), "five calls within 5 s at a 10 ms period, got " + calls.get());
        }
        assertEquals(0, offThread.get(), "every call on the FX thread");
    }

    @Test
    void aBusyFxThreadGetsOneCallAfterwardsNotABacklog() throws Exception {
        AtomicInteger calls = new AtomicInteger(), atMarker = new AtomicInteger(-1);
        try (FxTicker ticker = new FxTicker("test-ticker", 5, calls::incrementAndGet)) {
            int before = WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
                int n = calls.get();
                long end = System.nanoTime() + 300_000_000L;
                while (System.nanoTime() < end) Thread.onSpinWait(); // 300 ms busy: 60 periods
                // queued behind whatever the ticker posted meanwhile
                Platform.runLater(() -> atMarker.set(calls.get()));
                return n;
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(1, atMarker.get() - before, "one call waited through the 60 periods, not 60");
        }
    }

    @Test
    void noCallAfterClose() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        FxTicker ticker = new FxTicker("test-ticker", 5, calls::incrementAndGet);
        WaitForAsyncUtils.waitForAsyncFx(5_000, ticker::close);
        int atClose = calls.get();
        Thread.sleep(60);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(atClose, calls.get(), "closed on the FX thread: nothing after");
    }

    @Test
    void soonCallsWithinAFrameNotAtThePeriod() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch called = new CountDownLatch(1);
        try (FxTicker ticker = new FxTicker("test-ticker", 3_600_000, () -> {
            calls.incrementAndGet();
            called.countDown();
        })) {
            long asked = System.nanoTime();
            ticker.soon();
            assertTrue(called.await(5, TimeUnit.SECONDS), "soon() made a call before the hour's period");
            // generous for a loaded CI machine; the point is an hour against a moment
            assertTrue(System.nanoTime() - asked < 2_000_000_000L, "within 2 s");
            Thread.sleep(50);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(1, calls.get(), "one call for one soon(), and the period goes on as before");
        }
    }

    @Test
    void asksForThePeriodAgainAfterEveryCall() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        // 5 ms for the first three calls, then an hour: a ticker that read its period once would go on at 5 ms
        try (FxTicker ticker = new FxTicker("test-ticker", () -> calls.get() < 3 ? 5 : 3_600_000, calls::incrementAndGet)) {
            long end = System.nanoTime() + 5_000_000_000L;
            while (calls.get() < 3 && System.nanoTime() < end) Thread.sleep(5);
            assertEquals(3, calls.get(), "three calls at 5 ms");
            Thread.sleep(150);
            WaitForAsyncUtils.waitForFxEvents();
            // the call already scheduled when the third ran may still come, nothing after it
            assertTrue(calls.get() <= 4, "the hour-long period took over, got " + calls.get() + " calls");
        }
    }
}
