package org.convscope.ui.featuremaps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThrottleTest {
    private long now = 1_000;
    private final List<Runnable> later = new ArrayList<>();
    private final List<Long> delays = new ArrayList<>();
    private int runs;

    @Test
    void requestsWithinTheIntervalRunOnceAtItsEnd() {
        Throttle t = new Throttle(250, () -> runs++, (ms, r) -> {
            delays.add(ms);
            later.add(r);
        }, () -> now);
        t.request();
        assertEquals(1, runs, "the first request runs at once");
        now += 100;
        t.request();
        t.request();
        t.request();
        assertEquals(1, runs);
        assertEquals(List.of(150L), delays, "deferred to the end of the interval, once");
        now += 150;
        later.remove(0).run();
        assertEquals(2, runs);
        now += 300;
        t.request();
        assertEquals(3, runs, "after a quiet interval a request runs at once");
        assertEquals(1, delays.size());
    }
}
