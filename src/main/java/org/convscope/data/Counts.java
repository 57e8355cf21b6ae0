package org.convscope.data;

import java.util.Locale;

/** Formats counts for messages: 47,040,000 reads at a glance, 47040000 does not. */
final class Counts {
    private Counts() {
    }

    static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
