package org.convscope.engine.layer.spec;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A layer's parameter count written out with its real numbers, e.g. {@code (1 × 3×3 + 1) × 32 = 320}.
 * The parts carry what each number counts, so a view can highlight the kernel when the pointer is
 * on "3×3".
 */
public record ParamFormula(List<Part> parts, long total) {

    /** What a number in the formula stands for. */
    public enum Role { SYMBOL, INPUT_CHANNELS, KERNEL, BIAS, FILTERS, INPUTS, UNITS, RESULT }

    public record Part(String text, Role role) {
    }

    public ParamFormula {
        parts = List.copyOf(parts);
    }

    /** The whole formula as one line. */
    public String text() {
        return parts.stream().map(Part::text).collect(Collectors.joining());
    }

    /** Conv2D: {@code (in_ch × kh×kw + 1) × filters}. */
    static ParamFormula conv(int inChannels, int kh, int kw, int filters) {
        long total = ((long) inChannels * kh * kw + 1) * filters;
        return new ParamFormula(List.of(
                new Part("(", Role.SYMBOL),
                new Part(String.valueOf(inChannels), Role.INPUT_CHANNELS),
                new Part(" × ", Role.SYMBOL),
                new Part(kh + "×" + kw, Role.KERNEL),
                new Part(" + ", Role.SYMBOL),
                new Part("1", Role.BIAS),
                new Part(") × ", Role.SYMBOL),
                new Part(String.valueOf(filters), Role.FILTERS),
                new Part(" = ", Role.SYMBOL),
                new Part(group(total), Role.RESULT)), total);
    }

    /** Dense: {@code (inputs + 1) × units}. */
    static ParamFormula dense(int inputs, int units) {
        long total = ((long) inputs + 1) * units;
        return new ParamFormula(List.of(
                new Part("(", Role.SYMBOL),
                new Part(String.valueOf(inputs), Role.INPUTS),
                new Part(" + ", Role.SYMBOL),
                new Part("1", Role.BIAS),
                new Part(") × ", Role.SYMBOL),
                new Part(String.valueOf(units), Role.UNITS),
                new Part(" = ", Role.SYMBOL),
                new Part(group(total), Role.RESULT)), total);
    }

    /** Layers that learn nothing. */
    static ParamFormula none() {
        return new ParamFormula(List.of(new Part("0", Role.RESULT)), 0);
    }

    /** 18496 → "18,496", as Keras prints counts. */
    public static String group(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }
}
