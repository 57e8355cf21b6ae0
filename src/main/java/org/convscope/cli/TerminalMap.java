package org.convscope.cli;

import org.convscope.engine.explain.Explanation;

/**
 * An explanation's map as text, for a terminal: each pixel two characters wide (so the picture is about
 * square), darker characters for larger |values|, scaled to the largest one.
 */
final class TerminalMap {
    private static final String RAMP = " .:-=+*#%@";

    private TerminalMap() {
    }

    static String of(Explanation e) {
        float max = e.maxAbs();
        StringBuilder s = new StringBuilder();
        for (int y = 0; y < e.height(); y++) {
            for (int x = 0; x < e.width(); x++) {
                int level = max == 0 ? 0 : (int) Math.round(Math.abs(e.at(y, x)) / max * (RAMP.length() - 1));
                char c = RAMP.charAt(level);
                s.append(c).append(c);
            }
            s.append('\n');
        }
        if (e.method().signed()) s.append("(a signed map, drawn by size; --json gives the signs)\n");
        return s.toString();
    }
}
