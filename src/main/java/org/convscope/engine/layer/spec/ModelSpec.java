package org.convscope.engine.layer.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convscope.engine.tensor.Shape;

/**
 * A sequential architecture: an input shape and a list of layer specs. Everything the architecture
 * view shows (shapes, parameter formulas, totals, work per layer) comes from here, before any
 * weights exist.
 */
public record ModelSpec(Shape input, List<LayerSpec> layers) {

    /** 28×28 grey images, as MNIST and Fashion-MNIST have them. */
    public static final Shape MNIST_INPUT = Shape.image(1, 28, 28);

    public ModelSpec {
        if (input == null) throw new ArchitectureException("a model needs an input shape");
        layers = List.copyOf(layers);
    }

    /** The course's model (Conv32-Pool-Conv64-Pool-Conv64-Flatten-Dense64-Dense10), 93,322 parameters. */
    public static ModelSpec course() {
        return parse("c32k3-p2-c64k3-p2-c64k3-f-d64-d10");
    }

    /**
     * Parses the compact notation (see {@link CompactNotation}) for 28×28×1 inputs; {@code seed}
     * names the course model, and a {@link Preset}'s id that preset.
     */
    public static ModelSpec parse(String text) {
        return parse(text, MNIST_INPUT);
    }

    public static ModelSpec parse(String text, Shape input) {
        if (text != null && (text.trim().equalsIgnoreCase("seed") || text.trim().equalsIgnoreCase("course"))) {
            return new ModelSpec(input, course().layers());
        }
        java.util.Optional<Preset> preset = Preset.byId(text);
        if (preset.isPresent()) return preset.get().spec(input);
        return new ModelSpec(input, CompactNotation.parse(text));
    }

    public String toCompact() {
        return CompactNotation.format(layers);
    }

    /**
     * Every layer with its shapes and parameters; throws {@link ArchitectureException} naming the
     * first layer that cannot be built.
     */
    public List<LayerInfo> infer() {
        List<LayerInfo> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Shape in = input;
        if (layers.isEmpty()) {
            throw new ArchitectureException(ArchitectureException.Reason.NO_LAYERS, List.of(), "the model has no layers");
        }
        for (int i = 0; i < layers.size(); i++) {
            LayerSpec spec = layers.get(i);
            Shape outShape;
            try {
                outShape = spec.outputShape(in);
            } catch (ArchitectureException e) {
                throw e.at(i);
            }
            out.add(new LayerInfo(i, kerasName(spec, seen), spec, in, outShape, spec.formula(in), spec.macs(in)));
            in = outShape;
        }
        return out;
    }

    /** {@link #infer()}, plus the check that the model ends in {@code classes} scores. */
    public List<LayerInfo> inferClassifier(int classes) {
        List<LayerInfo> infos = infer();
        LayerInfo last = infos.get(infos.size() - 1);
        if (!last.output().isVector() || last.output().size() != classes) {
            throw new ArchitectureException(ArchitectureException.Reason.WRONG_OUTPUT, List.of(classes, last.output().toDisplay()),
                    "the last layer must output " + classes + " class scores (a Dense(" + classes + ") layer), but outputs "
                    + last.output().toDisplay()).at(infos.size() - 1);
        }
        return infos;
    }

    public Shape outputShape() {
        List<LayerInfo> infos = infer();
        return infos.get(infos.size() - 1).output();
    }

    public long totalParams() {
        return infer().stream().mapToLong(LayerInfo::params).sum();
    }

    // Keras names layers by type, numbering repeats: conv2d, conv2d_1, …
    private static String kerasName(LayerSpec spec, Map<String, Integer> seen) {
        String base;
        if (spec instanceof Pool2DSpec p) {
            base = p.kind() == Pool2DSpec.Kind.MAX ? "max_pooling2d" : "average_pooling2d";
        } else {
            base = spec.kerasType().equals("Conv2D") ? "conv2d" : spec.kerasType().toLowerCase(java.util.Locale.ROOT);
        }
        int n = seen.merge(base, 1, Integer::sum) - 1;
        return n == 0 ? base : base + "_" + n;
    }
}
