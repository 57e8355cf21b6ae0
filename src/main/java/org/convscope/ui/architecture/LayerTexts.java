package org.convscope.ui.architecture;

import java.math.BigDecimal;
import org.convscope.engine.layer.spec.Activation;
import org.convscope.engine.layer.spec.ActivationSpec;
import org.convscope.engine.layer.spec.Conv2DSpec;
import org.convscope.engine.layer.spec.DenseSpec;
import org.convscope.engine.layer.spec.DropoutSpec;
import org.convscope.engine.layer.spec.FlattenSpec;
import org.convscope.engine.layer.spec.LayerSpec;
import org.convscope.engine.layer.spec.ParamFormula;
import org.convscope.engine.layer.spec.Pool2DSpec;
import org.convscope.engine.tensor.Shape;

/** The words around a layer's numbers: its plain name, the line under its formula, each factor's tooltip. */
final class LayerTexts {
    private LayerTexts() {
    }

    /** "Convolution", "Max pooling", … in the UI language. */
    static Message plainName(LayerSpec spec) {
        return Message.of("architecture.type." + spec.kerasType());
    }

    /** "activation: relu", or null for layers that apply none of their own. */
    static Message activation(LayerSpec spec) {
        if (spec instanceof ActivationSpec || spec.activation() == Activation.LINEAR) return null;
        return Message.of("architecture.activation", spec.activation().kerasName());
    }

    static Message inputNote(Shape input) {
        String pixels = input.isImage() ? input.height() + "×" + input.width() : String.valueOf(input.size());
        return Message.of("architecture.note.input", pixels, input.isImage() ? input.channels() : 1);
    }

    /** One line in words: what the formula multiplies out, or why there is nothing to learn. */
    static Message note(LayerSpec spec, Shape in, Shape out) {
        if (spec instanceof Conv2DSpec c) {
            return Message.of("architecture.note.conv", String.valueOf(c.filters()), c.kernelH() + "×" + c.kernelW(),
                    in.channels()); // a number: the English text says "channel" or "channels"
        }
        if (spec instanceof DenseSpec d) {
            return Message.of("architecture.note.dense", String.valueOf(d.units()), String.valueOf(in.size()));
        }
        if (spec instanceof Pool2DSpec p) {
            String key = p.kind() == Pool2DSpec.Kind.MAX ? "architecture.note.maxpool" : "architecture.note.avgpool";
            return Message.of(key, p.sizeH() + "×" + p.sizeW());
        }
        if (spec instanceof FlattenSpec) {
            return Message.of("architecture.note.flatten", in.toDisplay(), String.valueOf(out.size()));
        }
        if (spec instanceof DropoutSpec d) {
            String percent = BigDecimal.valueOf(d.rate() * 100).stripTrailingZeros().toPlainString() + "%";
            return Message.of("architecture.note.dropout", percent);
        }
        if (spec instanceof ActivationSpec a) {
            return Message.of("architecture.note.activation", a.activation().kerasName());
        }
        throw new IllegalArgumentException("no text for " + spec);
    }

    /** What one number of the formula counts, with that number in it; null for symbols. */
    static Message factor(LayerSpec spec, ParamFormula.Part part) {
        return switch (part.role()) {
            case INPUT_CHANNELS -> Message.of("architecture.factor.inputChannels", part.text());
            case KERNEL -> Message.of("architecture.factor.kernel", part.text());
            case BIAS -> Message.of(spec instanceof DenseSpec ? "architecture.factor.bias.dense" : "architecture.factor.bias.conv");
            case FILTERS -> Message.of("architecture.factor.filters", part.text());
            case INPUTS -> Message.of("architecture.factor.inputs", part.text());
            case UNITS -> Message.of("architecture.factor.units", part.text());
            case RESULT -> Message.of("architecture.factor.result", part.text());
            case SYMBOL -> null;
        };
    }
}
