package org.convscope.ui.common;

import java.util.Locale;
import java.util.function.DoubleSupplier;
import javafx.scene.Scene;

/**
 * Diagnostics for "the UI never freezes": measures the gaps of the FX thread and prints, every
 * {@code periodSeconds}, the longest gap, the frame rate and the training speed. On with
 * {@code -Dconvscope.diagnostics=true}.
 *
 * <p>A gap is the time between two heartbeats that ran: an {@link FxTicker} asks for one every
 * 10 ms, so a gap over 100 ms is a tenth of a second in which the FX thread could neither answer
 * input nor start a frame (a long layout, a slow render it waited for); under a gap's line,
 * {@link StallWatch} says what held the FX thread. The frame rate counts the pulses that happened.
 * It used to be an AnimationTimer, which made JavaFX pulse 60 times a second for as long as the
 * monitor ran: the measurement cost the app some of what it measured.
 */
public final class FrameMonitor {
    private static final long BEAT_MILLIS = 10;
    private static final long GAP_NANOS = 100_000_000L;

    private final DoubleSupplier imagesPerSecond;
    private final long periodNanos;
    // FX thread only
    private long last;
    private long started;
    private Scene scene;
    private long periodStart;
    private long pulses;
    private long longestGap;
    private long longestEver;
    private StallWatch watch;

    public FrameMonitor(DoubleSupplier imagesPerSecond, double periodSeconds) {
        this.imagesPerSecond = imagesPerSecond;
        this.periodNanos = (long) (periodSeconds * 1e9);
    }

    public static boolean enabled() {
        return Boolean.getBoolean("convscope.diagnostics");
    }

    /**
     * Whether the diagnostics keep the heartbeat: {@code -Dconvscope.frames=false} drops it for bench/appspeed.sh,
     * whose training figures would otherwise pay for its hundred wake-ups a second.
     */
    public static boolean heartbeatEnabled() {
        return enabled() && !"false".equals(System.getProperty("convscope.frames"));
    }

    /** Starts the heartbeat and counts the pulses of {@code scene}; call on the FX thread. */
    public void start(Scene scene) {
        this.scene = scene;
        scene.addPostLayoutPulseListener(() -> pulses++);
        watch = new StallWatch(Thread.currentThread());
        new FxTicker("convscope-frame-monitor", BEAT_MILLIS, () -> beat(System.nanoTime()));
    }

    private void beat(long now) {
        if (last == 0) {
            started = now;
            periodStart = now;
            pulses = 0;
        } else {
            longestGap = Math.max(longestGap, now - last);
            if (now - last > GAP_NANOS) {
                String held = watch.describe(last, now);
                System.out.printf(Locale.ROOT, "frame gap %.1f ms at %.1f s%n%s", (now - last) / 1e6, (now - started) / 1e9,
                        held.isEmpty() ? "" : held + System.lineSeparator());
            }
        }
        last = now;
        watch.beat(now);
        if (now - periodStart >= periodNanos) {
            longestEver = Math.max(longestEver, longestGap);
            System.out.printf(Locale.ROOT, "frames: %.1f fps, longest gap %.1f ms (longest so far %.1f ms); training %,.0f images/s; %,d nodes%n",
                    pulses / ((now - periodStart) / 1e9), longestGap / 1e6, longestEver / 1e6, imagesPerSecond.getAsDouble(),
                    nodes(scene.getRoot()));
            pulses = 0;
            longestGap = 0;
            periodStart = now;
        }
    }

    // the scene graph's size: every pulse walks all of it (bounds), shown or not
    private static int nodes(javafx.scene.Node n) {
        int c = 1;
        if (n instanceof javafx.scene.Parent p) for (javafx.scene.Node k : p.getChildrenUnmodifiable()) c += nodes(k);
        return c;
    }
}
