package org.convscope.ui.results;

import java.util.Locale;
import java.util.function.IntFunction;

/**
 * A result's confusion matrix as CSV for a spreadsheet: one row per true class with the count of each
 * guess, the class's images and its accuracy; class names in the UI's language.
 */
final class ConfusionCsv {
    private ConfusionCsv() {
    }

    static String of(TestResult r, IntFunction<String> names) {
        int classes = r.evaluation().confusion().length;
        StringBuilder sb = new StringBuilder("true \\ guessed");
        for (int g = 0; g < classes; g++) sb.append(',').append(quoted(names.apply(g)));
        sb.append(",images,accuracy\n");
        for (int a = 0; a < classes; a++) {
            sb.append(quoted(names.apply(a)));
            for (int g = 0; g < classes; g++) sb.append(',').append(r.count(a, g));
            sb.append(',').append(r.rowTotal(a)).append(',')
                    .append(String.format(Locale.ROOT, "%.4f", r.evaluation().perClassAccuracy()[a])).append('\n');
        }
        return sb.toString();
    }

    // RFC 4180: a field with a comma, quote or line break goes in quotes, its quotes doubled
    private static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0) return field;
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
