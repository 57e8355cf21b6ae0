package org.convscope.engine.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Predicate;

/**
 * model.json's checks of single values, made on the bound {@link ModelDoc}: each takes a field's
 * bound value (null when absent, null or of the wrong type) and its path
 * ({@code layers[2].kernel_size}); a missing or wrong value becomes a {@link FormatProblem} naming
 * the path, saying what was expected and quoting the value from the parsed tree. The plain forms
 * are for required fields, which may not be absent or null, and the {@code optional} forms return
 * null for those. A list element is never absent: a null one is a wrong value.
 */
final class JsonFields {
    private final JsonNode root;

    JsonFields(JsonNode root) {
        this.root = root;
    }

    <T> T object(T v, String path) {
        return check(v, path, true, "an object {…}", x -> true);
    }

    <T> T optionalObject(T v, String path) {
        return check(v, path, false, "an object {…}", x -> true);
    }

    <T> List<T> list(List<T> v, String path) {
        return check(v, path, true, "a list […]", x -> true);
    }

    <T> List<T> optionalList(List<T> v, String path) {
        return check(v, path, false, "a list […]", x -> true);
    }

    String text(String v, String path) {
        return check(v, path, true, "a string", x -> true);
    }

    String optionalText(String v, String path) {
        return check(v, path, false, "a string", x -> true);
    }

    /** A whole number in [min, max]. */
    long whole(Long v, String path, long min, long max) {
        return check(v, path, true, wholeFromTo(min, max), n -> n >= min && n <= max);
    }

    Long optionalWhole(Long v, String path, long min, long max) {
        return check(v, path, false, wholeFromTo(min, max), n -> n >= min && n <= max);
    }

    int wholeInt(Long v, String path, int min, int max) {
        return (int) whole(v, path, min, max);
    }

    /** A finite number in [min, max]. */
    double number(Double v, String path, double min, double max) {
        return check(v, path, true, numberIn(min, max), x -> Double.isFinite(x) && x >= min && x <= max);
    }

    Double optionalNumber(Double v, String path, double min, double max) {
        return check(v, path, false, numberIn(min, max), x -> Double.isFinite(x) && x >= min && x <= max);
    }

    /** A measurement that may be unknown: absent or null reads as NaN. */
    double measurement(Double v, String path, double min, double max) {
        Double x = optionalNumber(v, path, min, max);
        return x == null ? Double.NaN : x;
    }

    /**
     * Keras writes sizes either as one number or as [h, w]; both are read as [h, w]. An absent
     * size is {@code ifAbsent}; if that is null, the size is required.
     */
    int[] pair(List<Long> v, String path, int min, int max, int[] ifAbsent) {
        if (absent(path)) {
            if (ifAbsent == null) throw missing(path);
            return ifAbsent;
        }
        JsonNode one = at(path);
        if (one.isIntegralNumber()) {
            int n = wholeInt(JsonRecords.whole(one), path, min, max);
            return new int[] {n, n};
        }
        if (v == null || v.size() != 2) throw wrong(path, "[height, width] or one whole number");
        return new int[] {wholeInt(v.get(0), path + "[0]", min, max), wholeInt(v.get(1), path + "[1]", min, max)};
    }

    /** Whether the field at {@code path} is left out or null. */
    boolean absent(String path) {
        JsonNode v = at(path);
        return v.isMissingNode() || (v.isNull() && !path.endsWith("]"));
    }

    /** The value at {@code path} as it appears in the JSON, shortened. */
    String show(String path) {
        return JsonRecords.show(at(path));
    }

    FormatProblem wrong(String path, String expected) {
        return bad("model.json: '" + path + "' must be " + expected + ", got " + show(path));
    }

    static FormatProblem bad(String detail) {
        return FormatProblem.invalid(detail);
    }

    private <T> T check(T v, String path, boolean required, String expected, Predicate<T> ok) {
        if (v == null && absent(path)) {
            if (required) throw missing(path);
            return null;
        }
        if (v == null || !ok.test(v)) throw wrong(path, expected);
        return v;
    }

    private JsonNode at(String path) {
        return JsonRecords.at(root, path);
    }

    private static FormatProblem missing(String path) {
        int dot = path.lastIndexOf('.');
        return bad(dot < 0 ? "model.json has no '" + path + "'"
                : "model.json: '" + path.substring(0, dot) + "' has no '" + path.substring(dot + 1) + "'");
    }

    private static String wholeFromTo(long min, long max) {
        return "a whole number from " + ParamLayout.group(min) + " to " + ParamLayout.group(max);
    }

    private static String numberIn(double min, double max) {
        String range = max == Double.MAX_VALUE ? (min == -Double.MAX_VALUE ? "" : " of at least " + min)
                : " from " + min + " to " + max;
        return "a number" + range;
    }
}
