package org.convscope.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Keras-like progress: {@code 1875/1875 [==============================] 14s 7ms/step - loss: 0.4734 - ...}.
 * On a terminal the line redraws in place a few times a second; in a log only the final line of
 * each epoch is written.
 */
final class ProgressBar {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final boolean live;
    private long lastDraw;

    ProgressBar(PrintStream out, boolean live) {
        this.out = out;
        this.live = live;
    }

    void update(int done, int total, double seconds, String metrics) {
        long now = System.nanoTime();
        if (!live || now - lastDraw < 200_000_000L) return;
        lastDraw = now;
        out.print("\r" + line(done, total, seconds, metrics));
        out.flush();
    }

    void finish(int total, double seconds, String metrics) {
        out.print((live ? "\r" : "") + line(total, total, seconds, metrics) + "\n");
        out.flush();
    }

    static String line(int done, int total, double seconds, String metrics) {
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        String bar = "=".repeat(Math.max(0, filled - 1)) + (filled < WIDTH && filled > 0 ? ">" : filled == WIDTH ? "=" : "")
                + ".".repeat(WIDTH - filled);
        String width = String.valueOf(total);
        String time = String.format(Locale.ROOT, "%ds %dms/step", Math.round(seconds),
                done == 0 ? 0 : Math.round(seconds * 1000 / done));
        return String.format(Locale.ROOT, "%" + width.length() + "d/%s [%s] %s - %s", done, width, bar, time, metrics);
    }
}
