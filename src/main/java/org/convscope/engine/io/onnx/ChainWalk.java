package org.convscope.engine.io.onnx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.convscope.engine.io.ModelFile;
import org.convscope.engine.io.onnx.OnnxGraph.Graph;
import org.convscope.engine.io.onnx.OnnxGraph.Node;
import org.convscope.engine.io.onnx.OnnxGraph.Tensor;
import org.convscope.engine.io.onnx.OnnxGraph.ValueInfo;
import org.convscope.engine.layer.spec.Activation;
import org.convscope.engine.layer.spec.ActivationSpec;
import org.convscope.engine.layer.spec.ArchitectureException;
import org.convscope.engine.layer.spec.Conv2DSpec;
import org.convscope.engine.layer.spec.DenseSpec;
import org.convscope.engine.layer.spec.FlattenSpec;
import org.convscope.engine.layer.spec.LayerSpec;
import org.convscope.engine.tensor.Shape;

/**
 * Follows an ONNX graph from its one image input, node by node, and turns it into a sequential
 * model: each value must feed exactly one node (a Shape node computing a Reshape's target aside),
 * and every node must lie on that chain. Each node becomes a layer through {@link NodeLayers};
 * the weights are gathered in file layout as they come.
 */
final class ChainWalk {
    /** What the graph is: the input shape, the layers in order, every weight in file layout. */
    record Chain(Shape input, List<LayerSpec> layers, float[] weights) {
    }

    private final Graph graph;
    private final int opset;
    private final Map<String, Tensor> constants = new HashMap<>();
    private final Map<String, Integer> producers = new HashMap<>();
    private final Map<String, List<Integer>> consumers = new HashMap<>();
    private final Set<Integer> used = new HashSet<>();
    private final Set<String> chainValues = new LinkedHashSet<>();
    private final List<LayerSpec> layers = new ArrayList<>();
    private final List<float[]> weights = new ArrayList<>();
    private long weightCount;
    private Shape inputShape;
    private Shape shape;     // of the value the walk has reached, without the batch
    private long fixedBatch; // the input's batch size if the file fixes one, else -1

    private ChainWalk(Graph graph, int opset) {
        this.graph = graph;
        this.opset = opset;
    }

    static Chain walk(Graph graph, int opset) {
        return new ChainWalk(graph, opset).run();
    }

    private Chain run() {
        for (Tensor t : graph.initializers()) constants.put(t.name(), t);
        List<Node> nodes = graph.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            if (n.opType().equals("Constant") && n.outputs().size() == 1 && n.attributes().containsKey("value")) {
                Tensor value = new Attributes(n, i).tensor("value");
                constants.put(n.outputs().get(0), value);
                used.add(i); // a constant is harmless wherever it stands
            }
            for (String out : n.outputs()) {
                if (out.isEmpty()) continue;
                if (producers.put(out, i) != null || constants.containsKey(out) && !used.contains(i)) {
                    throw OnnxProblem.refused("value '" + out + "' is made twice (" + n.describe(i) + "); the graph is not valid ONNX");
                }
            }
            for (String in : n.inputs()) {
                if (!in.isEmpty()) consumers.computeIfAbsent(in, k -> new ArrayList<>()).add(i);
            }
        }
        String current = input();
        NodeLayers translate = new NodeLayers(this, opset);
        while (true) {
            Integer next = nextNode(current);
            if (next == null) break;
            Node n = nodes.get(next);
            used.add(next);
            current = translate.apply(n, next, current);
        }
        finish(current);
        float[] flat = new float[(int) weightCount]; // flat: every weight in file layout, layer by layer, kernel then bias
        int o = 0;
        for (float[] w : weights) {
            System.arraycopy(w, 0, flat, o, w.length);
            o += w.length;
        }
        return new Chain(inputShape, List.copyOf(layers), flat);
    }

    // The one input that is not an initializer: [N, C, H, W] float32, with C 1 or 3.
    private String input() {
        List<ValueInfo> inputs = graph.inputs().stream().filter(v -> !constants.containsKey(v.name())).toList();
        if (inputs.size() != 1) {
            throw OnnxProblem.refused("the model has " + inputs.size() + " inputs; ConvScope reads models with one image input");
        }
        ValueInfo in = inputs.get(0);
        String name = "input '" + in.name() + "'";
        if (in.elemType() != OnnxFields.DATA_FLOAT) {
            throw OnnxProblem.refused(name + " holds " + TensorData.typeName(in.elemType()) + " values; ConvScope reads float32 images");
        }
        long[] d = in.dims();
        if (d == null || d.length != 4) {
            throw OnnxProblem.refused(name + " is not a batch of images [N, C, H, W]" + (d == null ? " (it has no shape)" : " (it has " + d.length + " dimensions)"));
        }
        if (d[1] < 1 || d[2] < 1 || d[3] < 1) {
            throw OnnxProblem.refused(name + " has no fixed channels, height and width; ConvScope needs them in the file");
        }
        if (d[1] != 1 && d[1] != 3) {
            throw OnnxProblem.refused(name + " has " + d[1] + " channels; ConvScope reads grey (1) or colour (3) images");
        }
        long size = d[1] * d[2] * d[3];
        if (d[2] > Integer.MAX_VALUE || d[3] > Integer.MAX_VALUE || size > ModelFile.MAX_VALUES_PER_EXAMPLE) {
            throw OnnxProblem.refused(name + " is " + d[2] + "×" + d[3] + "×" + d[1] + ", more than the "
                    + group(ModelFile.MAX_VALUES_PER_EXAMPLE) + " values per example ConvScope allows");
        }
        fixedBatch = d[0] > 0 ? d[0] : -1;
        inputShape = Shape.image((int) d[1], (int) d[2], (int) d[3]);
        shape = inputShape;
        chainValues.add(in.name());
        return in.name();
    }

    // The node that takes `value` next; Shape nodes beside it only compute a Reshape's target.
    private Integer nextNode(String value) {
        List<Integer> all = consumers.getOrDefault(value, List.of());
        List<Integer> main = all.stream().filter(i -> !graph.nodes().get(i).opType().equals("Shape")).toList();
        if (main.isEmpty()) {
            if (!all.isEmpty()) throw OnnxProblem.refused("the shape of '" + value + "' is taken, but the value goes nowhere");
            return null;
        }
        if (main.size() > 1) {
            throw OnnxProblem.refused("value '" + value + "' feeds " + describe(main)
                    + ": a branch; ConvScope reads sequential models, one layer after another");
        }
        int i = main.get(0);
        Node n = graph.nodes().get(i);
        if (all.size() > 1 && !n.opType().equals("Reshape")) {
            throw OnnxProblem.refused("value '" + value + "' feeds " + describe(all)
                    + ": a branch; ConvScope reads sequential models, one layer after another");
        }
        if (n.inputs().isEmpty() || !n.inputs().get(0).equals(value) || n.inputs().lastIndexOf(value) != 0) {
            throw OnnxProblem.refused(n.describe(i) + " takes '" + value + "' as another input than its first; ConvScope reads sequential models");
        }
        if (used.contains(i)) throw OnnxProblem.refused(n.describe(i) + " is reached twice: the graph has a cycle");
        return i;
    }

    private String describe(List<Integer> nodeIndices) {
        List<String> names = new ArrayList<>();
        for (int i : nodeIndices) names.add(graph.nodes().get(i).describe(i));
        return String.join(" and ", names.size() > 3 ? names.subList(0, 3) : names) + (names.size() > 3 ? " and more" : "");
    }

    // Everything on the chain, and the chain ends in a graph output of one score per class.
    private void finish(String last) {
        List<Node> nodes = graph.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            if (!used.contains(i)) {
                throw OnnxProblem.refused(nodes.get(i).describe(i) + " is off the path from the input to the output: "
                        + "a branch; ConvScope reads sequential models, one layer after another");
            }
        }
        if (layers.isEmpty()) throw OnnxProblem.refused("the graph has no layers between its input and its output");
        boolean lastIsOutput = false;
        for (ValueInfo out : graph.outputs()) {
            if (!chainValues.contains(out.name())) {
                throw OnnxProblem.refused("output '" + out.name() + "' does not come out of the chain of layers; ConvScope reads sequential models");
            }
            lastIsOutput |= out.name().equals(last);
        }
        if (!lastIsOutput) throw OnnxProblem.refused("the last layer's result '" + last + "' is not an output of the model");
        if (!shape.isVector()) {
            throw OnnxProblem.refused("the model outputs a " + shape.toDisplay() + " image, not one score per class");
        }
    }

    // ------------------------------------------------------------------ used by NodeLayers

    Shape shape() {
        return shape;
    }

    long fixedBatch() {
        return fixedBatch;
    }

    Graph graph() {
        return graph;
    }

    Map<String, Tensor> constants() {
        return constants;
    }

    Map<String, Integer> producers() {
        return producers;
    }

    Set<Integer> used() {
        return used;
    }

    /** The nodes that read {@code value} (none: an empty list). */
    List<Integer> consumersOf(String value) {
        return consumers.getOrDefault(value, List.of());
    }

    boolean isOutput(String value) {
        return graph.outputs().stream().anyMatch(o -> o.name().equals(value));
    }

    /** Appends a layer whose output is {@code value}; checks its shape against ConvScope's limits. */
    void add(LayerSpec layer, String value, String where) {
        Shape out;
        try {
            out = layer.outputShape(shape);
        } catch (ArchitectureException e) {
            throw OnnxProblem.refused(where + ": " + e.getMessage());
        }
        long size = 1;
        for (int d : out.isImage() ? new int[] {out.channels(), out.height(), out.width()} : new int[] {out.channels()}) size *= d;
        if (size > ModelFile.MAX_VALUES_PER_EXAMPLE) {
            throw OnnxProblem.refused(where + " outputs " + group(size) + " values per example; ConvScope allows at most "
                    + group(ModelFile.MAX_VALUES_PER_EXAMPLE));
        }
        // an activation right after a linear Conv or Dense becomes that layer's activation, as in Keras
        if (layer instanceof ActivationSpec a && !layers.isEmpty() && foldable(layers.get(layers.size() - 1), a)) {
            layers.set(layers.size() - 1, NodeLayers.withActivation(layers.get(layers.size() - 1), a.activation()));
        } else if (!(layer instanceof FlattenSpec && shape.isVector())) {
            layers.add(layer);
        }
        shape = out;
        chainValues.add(value);
    }

    /** A value the walk passes without a layer (Identity, Dropout). */
    void pass(String value) {
        chainValues.add(value);
    }

    private static boolean foldable(LayerSpec previous, ActivationSpec a) {
        return previous.activation() == Activation.LINEAR && !(previous instanceof ActivationSpec)
                && (previous instanceof Conv2DSpec || previous instanceof DenseSpec)
                && a.activation() != Activation.LINEAR;
    }

    /** Converts a weight tensor once the total is known to fit, refusing NaN and infinity. */
    float[] weights(Tensor t, String what) {
        long n = TensorData.count(t.dims(), what);
        if (weightCount + n > ModelFile.MAX_WEIGHTS) {
            throw OnnxProblem.refused("the model has more than " + group(ModelFile.MAX_WEIGHTS) + " parameters, the most ConvScope loads");
        }
        float[] w = TensorData.floats(t, what);
        for (int i = 0; i < w.length; i++) {
            if (!Float.isFinite(w[i])) throw OnnxProblem.refused(what + " holds " + w[i] + " at value " + i + ": the weights are broken");
        }
        return w;
    }

    /** Appends weights in file layout (kernel, then bias). */
    void addWeights(float[] w) {
        weights.add(w);
        weightCount += w.length;
    }

    static String group(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
