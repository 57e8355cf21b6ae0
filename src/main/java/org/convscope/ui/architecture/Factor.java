package org.convscope.ui.architecture;

import java.util.List;
import org.convscope.engine.layer.spec.ParamFormula.Role;
import org.convscope.ui.architecture.Highlight.Element;
import org.convscope.ui.architecture.Highlight.Tone;

/** A number in layer {@code layer}'s parameter formula, under the pointer; {@link #highlights} says what it counts. */
public record Factor(int layer, Role role) {

    /** The block feeding the layer is at position {@code layer}, the layer's own block at {@code layer + 1}. */
    public List<Highlight> highlights() {
        int before = layer;
        int own = layer + 1;
        return switch (role) {
            case INPUT_CHANNELS, INPUTS -> List.of(
                    new Highlight(before, Element.VOLUME, Tone.INPUT), new Highlight(before, Element.CHANNELS, Tone.INPUT));
            case KERNEL -> List.of(new Highlight(before, Element.KERNEL, Tone.KERNEL));
            case BIAS -> List.of(new Highlight(own, Element.BIAS, Tone.BIAS));
            case FILTERS, UNITS -> List.of(
                    new Highlight(own, Element.VOLUME, Tone.OUTPUT), new Highlight(own, Element.CHANNELS, Tone.OUTPUT));
            case SYMBOL, RESULT -> List.of();
        };
    }

    /** The colour family of this factor, or null for symbols and the result. */
    public static Tone toneOf(Role role) {
        return switch (role) {
            case INPUT_CHANNELS, INPUTS -> Tone.INPUT;
            case KERNEL -> Tone.KERNEL;
            case BIAS -> Tone.BIAS;
            case FILTERS, UNITS -> Tone.OUTPUT;
            case SYMBOL, RESULT -> null;
        };
    }
}
