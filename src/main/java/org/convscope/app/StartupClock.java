package org.convscope.app;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Milliseconds since the process started (the JVM's own launch included), for the start-up figures that
 * {@code -Dconvscope.diagnostics=true} prints: a class waits from the moment the teacher starts the app.
 */
public final class StartupClock {
    private static final Instant LAUNCHED = ProcessHandle.current().info().startInstant().orElseGet(Instant::now);

    private StartupClock() {
    }

    /** Milliseconds from the process's start to now. */
    public static long millis() {
        return Duration.between(LAUNCHED, Instant.now()).toMillis();
    }

    /** Prints "{@code what} at N ms" when diagnostics are on. */
    public static void mark(String what) {
        if (Boolean.getBoolean("convscope.diagnostics")) System.out.printf(Locale.ROOT, "%s at %d ms%n", what, millis());
    }
}
