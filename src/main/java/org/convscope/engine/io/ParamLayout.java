package org.convscope.engine.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.convscope.engine.layer.spec.ArchitectureException;
import org.convscope.engine.layer.spec.Conv2DSpec;
import org.convscope.engine.layer.spec.DenseSpec;
import org.convscope.engine.layer.spec.LayerSpec;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.tensor.Shape;

/**
 * Where every parameter of a {@link ModelSpec} sits in weights.bin, worked out from the spec alone
 * (nothing is allocated), with every size checked in long arithmetic against the caps, so an
 * absurd architecture in a file is refused before any array is made.
 */
record ParamLayout(List<Shape> outputs, long[] layerParams, List<Block> blocks, int total) {

    /** One parameter tensor: spec layer index, name ("kernel"/"bias"), file shape, offset and length in floats. */
    record Block(int layer, String name, int[] shape, int offset, int length) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Block b && layer == b.layer && name.equals(b.name) && Arrays.equals(shape, b.shape)
                    && offset == b.offset && length == b.length;
        }

        @Override
        public int hashCode() {
            return (layer * 31 + name.hashCode()) * 31 + offset;
        }

        @Override
        public String toString() {
            return "layer " + layer + " " + name + " " + Arrays.toString(shape) + " at " + offset;
        }
    }

    /** Checks {@code spec} and lays out its parameters; throws {@link FormatProblem} naming the first problem. */
    static ParamLayout of(ModelSpec spec) {
        Shape in = spec.input();
        if (!in.isImage()) throw FormatProblem.invalid("the input must be an image (channels × height × width), got " + in);
        checkSize("the input", (long) in.channels() * in.height() * in.width());
        List<LayerSpec> layers = spec.layers();
        if (layers.isEmpty()) throw FormatProblem.invalid("the architecture has no layers");
        List<Shape> outputs = new ArrayList<>();
        long[] layerParams = new long[layers.size()];
        List<Block> blocks = new ArrayList<>();
        long offset = 0;
        for (int i = 0; i < layers.size(); i++) {
            LayerSpec layer = layers.get(i);
            Shape out;
            try {
                out = layer.outputShape(in);
            } catch (ArchitectureException e) {
                throw FormatProblem.invalid("the architecture cannot be built: layer " + (i + 1) + " (" + layer.compact()
                        + "): " + e.getMessage());
            }
            long size = 1;
            for (int d : dims(out)) size *= d; // each factor ≤ 2^31 and the running product ≤ the cap: no overflow
            checkSize("layer " + (i + 1) + " (" + layer.compact() + ")'s output", size);
            int[][] shapes = paramShapes(layer, in);
            for (int b = 0; b < shapes.length; b++) {
                long length = product(shapes[b], i, layer);
                if (offset + length > ModelFile.MAX_WEIGHTS) throw tooManyParameters();
                blocks.add(new Block(i, b == 0 ? "kernel" : "bias", shapes[b], (int) offset, (int) length));
                offset += length;
                layerParams[i] += length;
            }
            outputs.add(out);
            in = out;
        }
        return new ParamLayout(List.copyOf(outputs), layerParams, List.copyOf(blocks), (int) offset);
    }

    Shape output() {
        return outputs.get(outputs.size() - 1);
    }

    /** The block holding weights.bin float {@code index}. */
    Block blockAt(long index) {
        for (Block b : blocks) {
            if (index >= b.offset && index < (long) b.offset + b.length) return b;
        }
        throw new IllegalArgumentException("no parameter " + index);
    }

    // kernel then bias, in file (PyTorch) layout, as the runtime layers' paramBlocks() give them
    private static int[][] paramShapes(LayerSpec layer, Shape in) {
        if (layer instanceof Conv2DSpec c) {
            return new int[][] {{c.filters(), in.channels(), c.kernelH(), c.kernelW()}, {c.filters()}};
        }
        if (layer instanceof DenseSpec d) {
            return new int[][] {{d.units(), in.size()}, {d.units()}};
        }
        return new int[0][];
    }

    private static long product(int[] shape, int layerIndex, LayerSpec layer) {
        long n = 1;
        for (int d : shape) {
            n *= d;
            if (n > ModelFile.MAX_WEIGHTS) {
                throw FormatProblem.invalid("layer " + (layerIndex + 1) + " (" + layer.compact() + ") alone has more than "
                        + group(ModelFile.MAX_WEIGHTS) + " parameters, the most ConvScope loads");
            }
        }
        return n;
    }

    private static FormatProblem tooManyParameters() {
        return FormatProblem.invalid("the architecture has more than " + group(ModelFile.MAX_WEIGHTS)
                + " parameters, the most ConvScope loads");
    }

    private static void checkSize(String what, long size) {
        if (size > ModelFile.MAX_VALUES_PER_EXAMPLE) {
            throw FormatProblem.invalid(what + " has " + group(size) + " values per example; ConvScope allows at most "
                    + group(ModelFile.MAX_VALUES_PER_EXAMPLE));
        }
    }

    static int[] dims(Shape s) {
        return s.isImage() ? new int[] {s.channels(), s.height(), s.width()} : new int[] {s.channels()};
    }

    static String group(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }
}
