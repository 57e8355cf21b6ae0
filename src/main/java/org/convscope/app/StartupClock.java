package org.convscope.app;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Milliseconds since the process started (the JVM's own launch included), for the start-up figures that
 * {@code -Dconvscope.diagnostics=true} prints: a class waits from the moment the teacher starts the app.
 */
public final class StartupClock {
    private static final Instant LAUNCHED = launched();

    private StartupClock() {
    }

    // Not ProcessHandle's start instant: Linux counts it from the boot time in whole seconds, so it can be up to
    // a second early (here it was 0.5 s: a JVM that ran 0.18 s said 0.69 s). A script that started the app can
    // say when (bench/startup.sh does); else the JVM's own start, as the management bean records it.
    private static Instant launched() {
        String at = System.getProperty("convscope.launchedAt"); // epoch milliseconds
        if (at != null) return Instant.ofEpochMilli(Long.parseLong(at));
        if (!Boolean.getBoolean("convscope.diagnostics")) return Instant.now(); // nobody asks: load nothing for it
        return Instant.ofEpochMilli(java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
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
