package org.convscope.engine.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Typed access to model.json's fields; every wrong or missing value becomes a {@link FormatProblem}
 * naming the field by its path ({@code layers[2].kernel_size}) and saying what was expected.
 */
final class JsonFields {
    private JsonFields() {
    }

    /** The value of a required field: present and not null. */
    static JsonNode required(ObjectNode o, String name, String path) {
        JsonNode v = o.get(name);
        if (v == null || v.isNull()) {
            throw bad(path.isEmpty() ? "model.json has no '" + name + "'" : "model.json: '" + path + "' has no '" + name + "'");
        }
        return v;
    }

    /** The value of an optional field, or null when it is absent or JSON null. */
    static JsonNode optional(ObjectNode o, String name) {
        JsonNode v = o.get(name);
        return v == null || v.isNull() ? null : v;
    }

    static ObjectNode object(JsonNode v, String path) {
        if (!(v instanceof ObjectNode o)) throw wrong(path, "an object {…}", v);
        return o;
    }

    static ArrayNode array(JsonNode v, String path) {
        if (!(v instanceof ArrayNode a)) throw wrong(path, "a list […]", v);
        return a;
    }

    static String text(JsonNode v, String path) {
        if (!v.isTextual()) throw wrong(path, "a string", v);
        return v.textValue();
    }

    /** A whole number in [min, max]. */
    static long whole(JsonNode v, String path, long min, long max) {
        if (!v.isIntegralNumber() || !v.canConvertToLong() || v.longValue() < min || v.longValue() > max) {
            throw wrong(path, "a whole number from " + ParamLayout.group(min) + " to " + ParamLayout.group(max), v);
        }
        return v.longValue();
    }

    static int wholeInt(JsonNode v, String path, int min, int max) {
        return (int) whole(v, path, min, max);
    }

    /** A finite number in [min, max]. */
    static double number(JsonNode v, String path, double min, double max) {
        if (!v.isNumber() || !Double.isFinite(v.doubleValue()) || v.doubleValue() < min || v.doubleValue() > max) {
            String range = max == Double.MAX_VALUE ? (min == -Double.MAX_VALUE ? "" : " of at least " + min)
                    : " from " + min + " to " + max;
            throw wrong(path, "a number" + range, v);
        }
        return v.doubleValue();
    }

    /** A measurement that may be unknown: JSON null (or absent) reads as NaN. */
    static double measurement(ObjectNode o, String name, String path, double min, double max) {
        JsonNode v = optional(o, name);
        return v == null ? Double.NaN : number(v, path + name, min, max);
    }

    /** Keras writes sizes either as one number or as [h, w]; both are read as [h, w]. */
    static int[] pair(JsonNode v, String path, int min, int max) {
        if (v.isIntegralNumber()) {
            int n = wholeInt(v, path, min, max);
            return new int[] {n, n};
        }
        if (!(v instanceof ArrayNode a) || a.size() != 2) throw wrong(path, "[height, width] or one whole number", v);
        return new int[] {wholeInt(a.get(0), path + "[0]", min, max), wholeInt(a.get(1), path + "[1]", min, max)};
    }

    static FormatProblem bad(String detail) {
        return FormatProblem.invalid(detail);
    }

    static FormatProblem wrong(String path, String expected, JsonNode got) {
        return bad("model.json: '" + path + "' must be " + expected + ", got " + show(got));
    }

    /** A value as it appears in the JSON, shortened. */
    static String show(JsonNode v) {
        if (v == null || v.isMissingNode()) return "nothing";
        String s = v.toString();
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }
}
