package org.convscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real app in its own JVM (headless, on Monocle): closed while it trains, the process is gone within 2 s of
 * the window closing. What keeps a JVM alive after its window is gone (a thread that is not a daemon, a join
 * without a bound) only shows in a whole process.
 */
class AppExitTest {

    @Test
    void closingTheWindowWhileTrainingEndsTheProcessWithinTwoSeconds(@TempDir Path home) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules", "jdk.incubator.vector", "-Xmx1g",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true",
                "-Djava.util.prefs.userRoot=" + home.resolve("prefs"), "-Duser.home=" + home,
                "-Dconvscope.tour=never", "-Dconvscope.diagnostics=true",
                "-Dconvscope.autostart=0", "-Dconvscope.closeAfter=4",
                "-cp", classPath(), "org.convscope.app.Launcher"));
        Process app = new ProcessBuilder(command).redirectErrorStream(true).start();
        AtomicLong closedAt = new AtomicLong();
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("closing at")) closedAt.set(System.nanoTime());
                    synchronized (lines) {
                        lines.add(line);
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        reader.start();
        boolean ended = app.waitFor(90, TimeUnit.SECONDS);
        long endedAt = System.nanoTime();
        if (!ended) app.destroyForcibly();
        reader.join(5_000);
        String log;
        synchronized (lines) {
            log = String.join("\n", lines);
        }
        assertTrue(ended, "the app never ended:\n" + log);
        assertTrue(closedAt.get() > 0, "the window never closed:\n" + log);
        assertTrue(log.contains("images/s") || log.contains("frames:") || log.contains("ready"), "it ran:\n" + log);
        double seconds = (endedAt - closedAt.get()) / 1e9;
        assertTrue(seconds <= 2.0, String.format("the process ended %.2f s after the window closed:%n%s", seconds, log));
        assertEquals(0, app.exitValue(), log);
        assertTrue(!log.contains("Exception"), "no exception:\n" + log);
    }

    // surefire hides the test class path behind a manifest jar; it says where the real one is
    private static String classPath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return String.join(File.pathSeparator, cp.split(File.pathSeparator));
    }
}
