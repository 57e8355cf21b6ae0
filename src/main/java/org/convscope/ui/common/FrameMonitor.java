package org.convscope.ui.common;

import java.util.Locale;
import java.util.function.DoubleSupplier;
import javafx.animation.AnimationTimer;

/**
 * Diagnostics for "the UI never freezes": measures the gaps between frames and prints, every
 * {@code periodSeconds}, the longest gap, the frame rate and the training speed. On with
 * {@code -Dconvscope.diagnostics=true}.
 */
public final class FrameMonitor extends AnimationTimer {
    private final DoubleSupplier imagesPerSecond;
    private final long periodNanos;
    private long last;
    private long started;
    private long periodStart;
    private long frames;
    private long longestGap;
    private long longestEver;

    public FrameMonitor(DoubleSupplier imagesPerSecond, double periodSeconds) {
        this.imagesPerSecond = imagesPerSecond;
        this.periodNanos = (long) (periodSeconds * 1e9);
    }

    public static boolean enabled() {
        return Boolean.getBoolean("convscope.diagnostics");
    }

    @Override
    public void handle(long now) {
        if (last != 0) {
            longestGap = Math.max(longestGap, now - last);
            if (now - last > 100_000_000L) {
                System.out.printf(Locale.ROOT, "frame gap %.1f ms at %.1f s%n", (now - last) / 1e6, (now - started) / 1e9);
            }
            frames++;
        } else {
            started = now;
            periodStart = now;
        }
        last = now;
        if (now - periodStart >= periodNanos) {
            longestEver = Math.max(longestEver, longestGap);
            System.out.printf(Locale.ROOT, "frames: %.1f fps, longest gap %.1f ms (longest so far %.1f ms); training %,.0f images/s%n",
                    frames / ((now - periodStart) / 1e9), longestGap / 1e6, longestEver / 1e6, imagesPerSecond.getAsDouble());
            frames = 0;
            longestGap = 0;
            periodStart = now;
        }
    }
}
