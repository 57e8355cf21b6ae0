package org.convscope.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.management.ObjectName;

/**
 * Keeps JavaFX's own code out of the JIT's optimising compiler (C2): its quick compiler (C1) compiles it, once.
 *
 * <p>Why: on two cores C2 has one thread, and JavaFX kept it busy for the app's first minute (CSS, layout, text,
 * charts, the Marlin rasteriser: ~560 methods in the first 30 s of a run on the Training view, still 0.06 of a core
 * after a minute) while the engine's kernels waited behind them in its one queue: C2 compiled engine methods until
 * ~40 s into a run with the window open, within 15 s in the CLI. The first epoch trained at 2,900-3,900 images/s
 * with JavaFX in C2, 4,800-5,700 without. JavaFX's methods run as C1 code instead, which costs its threads a
 * little more CPU per frame (the FX thread and the renderer ~0.08 → ~0.09 of a core while training) and takes the
 * compiler's share away (C2 0.05-0.08 → 0.02-0.03 of a core a minute in).
 * The app installs it once its window is shown; the CLI never loads JavaFX. {@code -Dconvscope.fxC2=true} leaves
 * JavaFX to C2 (for measurements).
 *
 * <p>How: the compiler directive ({@code javafx-c1.json}) is added at run time through the JVM's diagnostic command
 * bean, the same as {@code jcmd PID Compiler.directives_add}, so every way of starting the app gets it without a
 * JVM option. It applies to compilations from then on.
 */
final class JavaFxJit {
    private static final String DIRECTIVE = "javafx-c1.json";

    private JavaFxJit() {
    }

    /** On a background thread, so the window does not wait for the management beans (~0.2 s of CPU). */
    static void keepOutOfC2InBackground() {
        if (Boolean.getBoolean("convscope.fxC2")) return;
        Thread t = new Thread(() -> {
            long start = System.nanoTime();
            String outcome = keepOutOfC2();
            StartupClock.mark(String.format(java.util.Locale.ROOT, "JavaFX JIT: %s (%.0f ms)", outcome, (System.nanoTime() - start) / 1e6));
        }, "convscope-jit");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** Adds the directive now; returns what the JVM answered, or why it could not. */
    static String keepOutOfC2() {
        Path file = null;
        try (var in = JavaFxJit.class.getResourceAsStream(DIRECTIVE)) {
            file = Files.createTempFile("convscope-jit", ".json");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            Object answer = diagnosticCommand("compilerDirectivesAdd", file.toString());
            return String.valueOf(answer).strip();
        } catch (Exception | LinkageError e) { // a JVM without the command (not HotSpot) or without management: C2 as before
            return "left to C2: " + e;
        } finally {
            if (file != null) file.toFile().delete();
        }
    }

    /** Runs one of the JVM's diagnostic commands (as jcmd names it, in camel case) and returns its text. */
    static Object diagnosticCommand(String command, String... args) throws Exception {
        return ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                command, new Object[] {args}, new String[] {String[].class.getName()});
    }
}
