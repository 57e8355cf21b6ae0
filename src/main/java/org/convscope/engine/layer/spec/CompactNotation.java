package org.convscope.engine.layer.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The compact architecture notation used by the CLI and the model file, e.g.
 * {@code c32k3-p2-c64k3-p2-c64k3-f-d64-d10} for the course model. Layers are separated by '-':
 * <pre>
 *   c32k3          Conv2D, 32 filters, 3×3, stride 1, valid, relu
 *   c6k5x3s2same:tanh   5×3 kernel, stride 2, 'same' padding, tanh
 *   p2, p3s2, ap2  MaxPooling2D 2×2 (stride = size unless sN given), AveragePooling2D
 *   f              Flatten
 *   d64, d10:softmax    Dense; activation relu by default, softmax for the last layer
 *   relu, tanh, sigmoid, softmax   stand-alone activation
 *   dr0.5          Dropout
 * </pre>
 */
final class CompactNotation {
    private static final Pattern CONV = Pattern.compile("c(\\d+)k(\\d+)(?:x(\\d+))?(?:s(\\d+)(?:x(\\d+))?)?(same|valid)?(?::(\\w+))?");
    private static final Pattern POOL = Pattern.compile("(a?p)(\\d+)(?:x(\\d+))?(?:s(\\d+)(?:x(\\d+))?)?");
    private static final Pattern DENSE = Pattern.compile("d(\\d+)(?::(\\w+))?");
    private static final Pattern DROPOUT = Pattern.compile("dr(\\d*\\.?\\d+)");

    private CompactNotation() {
    }

    static List<LayerSpec> parse(String text) {
        String trimmed = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (trimmed.isEmpty()) throw new ArchitectureException("the architecture is empty");
        String[] tokens = trimmed.split("-", -1); // -1 keeps empty tokens, so "c8k3-" is an error, not c8k3
        List<LayerSpec> layers = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            try {
                layers.add(parseToken(tokens[i].trim(), i == tokens.length - 1));
            } catch (ArchitectureException e) {
                throw new ArchitectureException(i, "layer " + (i + 1) + " '" + tokens[i] + "': " + e.getMessage());
            } catch (NumberFormatException e) {
                throw new ArchitectureException(i, "layer " + (i + 1) + " '" + tokens[i] + "': number too large");
            }
        }
        return layers;
    }

    private static LayerSpec parseToken(String t, boolean last) {
        Matcher m;
        if ((m = CONV.matcher(t)).matches()) {
            int kh = Integer.parseInt(m.group(2));
            int kw = m.group(3) != null ? Integer.parseInt(m.group(3)) : kh;
            int sh = m.group(4) != null ? Integer.parseInt(m.group(4)) : 1;
            int sw = m.group(5) != null ? Integer.parseInt(m.group(5)) : sh;
            Padding pad = "same".equals(m.group(6)) ? Padding.SAME : Padding.VALID;
            Activation act = m.group(7) != null ? Activation.parse(m.group(7)) : Activation.RELU;
            return new Conv2DSpec(Integer.parseInt(m.group(1)), kh, kw, sh, sw, pad, act);
        }
        if ((m = POOL.matcher(t)).matches()) {
            int h = Integer.parseInt(m.group(2));
            int w = m.group(3) != null ? Integer.parseInt(m.group(3)) : h;
            int sh = m.group(4) != null ? Integer.parseInt(m.group(4)) : h;
            int sw = m.group(5) != null ? Integer.parseInt(m.group(5)) : (m.group(4) != null ? sh : w);
            Pool2DSpec.Kind kind = m.group(1).equals("p") ? Pool2DSpec.Kind.MAX : Pool2DSpec.Kind.AVERAGE;
            return new Pool2DSpec(kind, h, w, sh, sw);
        }
        if (t.equals("f")) return new FlattenSpec();
        if ((m = DROPOUT.matcher(t)).matches()) return new DropoutSpec(Double.parseDouble(m.group(1)));
        if ((m = DENSE.matcher(t)).matches()) {
            Activation act = m.group(2) != null ? Activation.parse(m.group(2))
                    : last ? Activation.SOFTMAX : Activation.RELU;
            return new DenseSpec(Integer.parseInt(m.group(1)), act);
        }
        for (Activation a : Activation.values()) {
            if (a != Activation.LINEAR && a.kerasName().equals(t)) return new ActivationSpec(a);
        }
        throw new ArchitectureException("not a layer; expected e.g. c32k3, p2, ap2, f, d64, relu or dr0.5");
    }

    static String format(List<LayerSpec> layers) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < layers.size(); i++) {
            if (i > 0) s.append('-');
            LayerSpec l = layers.get(i);
            boolean last = i == layers.size() - 1;
            // the default for a last Dense is softmax, so only other activations need spelling out
            if (l instanceof DenseSpec d) {
                Activation dflt = last ? Activation.SOFTMAX : Activation.RELU;
                s.append('d').append(d.units());
                if (d.activation() != dflt) s.append(':').append(d.activation().kerasName());
            } else {
                s.append(l.compact());
            }
        }
        return s.toString();
    }
}
