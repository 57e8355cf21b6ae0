package org.convscope.engine.learned;

/**
 * What feature visualization maximises: the mean activation of filter {@code index} of the convolution at
 * architecture index {@code layer} over its whole map (after its ReLU; while the ReLU is off everywhere, the
 * ascent follows the response before it, so a silent filter can wake), or the logit of class {@code index}.
 */
public record DreamTarget(Kind kind, int layer, int index) {

    /** A filter of a convolution, or a class. */
    public enum Kind { FILTER, CLASS }

    public DreamTarget {
        if (kind == null) throw new IllegalArgumentException("a target needs a kind");
        if (index < 0) throw new IllegalArgumentException("index must be at least 0, got " + index);
    }

    /** Filter {@code filter} of the convolution at architecture index {@code layer}. */
    public static DreamTarget filter(int layer, int filter) {
        return new DreamTarget(Kind.FILTER, layer, filter);
    }

    /** The logit of class {@code c}. */
    public static DreamTarget ofClass(int c) {
        return new DreamTarget(Kind.CLASS, -1, c);
    }
}
