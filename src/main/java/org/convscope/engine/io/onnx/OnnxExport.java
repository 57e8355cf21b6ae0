package org.convscope.engine.io.onnx;

import static org.convscope.engine.io.onnx.OnnxFields.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convscope.engine.io.ModelFileException;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.layer.spec.Activation;
import org.convscope.engine.layer.spec.ActivationSpec;
import org.convscope.engine.layer.spec.Conv2DSpec;
import org.convscope.engine.layer.spec.DenseSpec;
import org.convscope.engine.layer.spec.DropoutSpec;
import org.convscope.engine.layer.spec.FlattenSpec;
import org.convscope.engine.layer.spec.LayerInfo;
import org.convscope.engine.layer.spec.Padding;
import org.convscope.engine.layer.spec.Pool2DSpec;
import org.convscope.engine.tensor.Shape;

/**
 * A {@link SavedModel} as an ONNX model (opset {@value #OPSET}): one input {@code input}
 * [N, C, H, W] float with a dynamic batch, the layers as Conv, MaxPool, AveragePool, Flatten,
 * Gemm ({@code transB = 1}: the kernel stays [units, inputs]) and activation nodes (Dropout as
 * Identity), and two outputs, {@code logits} and {@code probabilities}. The weights are the file
 * layout's, which is PyTorch's and ONNX's own; the class names, the dataset, ConvScope's version
 * and the architecture go in {@code metadata_props}.
 */
public final class OnnxExport {
    /** The opset written. */
    public static final int OPSET = 17;
    /** The IR version that goes with {@link #OPSET}. */
    static final int IR_VERSION = 8;
    /** metadata_props keys. */
    static final String META_CLASSES = "classes", META_DATASET = "dataset", META_VERSION = "convscope_version",
            META_ARCHITECTURE = "convscope_architecture";
    static final String INPUT = "input", LOGITS = "logits", PROBABILITIES = "probabilities";
    private static final ObjectMapper JSON = new ObjectMapper();

    private OnnxExport() {
    }

    /** One node while the graph is laid out: its output is renamed once the last nodes are known. */
    private static final class Draft {
        final String name, op;
        final List<String> inputs;
        String output;
        final List<ProtoWriter> attributeList = new ArrayList<>();

        Draft(String name, String op, List<String> inputs) {
            this.name = name;
            this.op = op;
            this.inputs = new ArrayList<>(inputs);
            this.output = name;
        }

        Draft ints(String attr, long... values) {
            attributeList.add(new ProtoWriter().string(ATTR_NAME, attr).int64(ATTR_TYPE, ATTR_TYPE_INTS).packedInt64(ATTR_INTS, values));
            return this;
        }

        Draft integer(String attr, long value) {
            attributeList.add(new ProtoWriter().string(ATTR_NAME, attr).int64(ATTR_TYPE, ATTR_TYPE_INT).int64(ATTR_I, value));
            return this;
        }

        Draft real(String attr, float value) {
            attributeList.add(new ProtoWriter().string(ATTR_NAME, attr).int64(ATTR_TYPE, ATTR_TYPE_FLOAT).float32(ATTR_F, value));
            return this;
        }

        ProtoWriter encode() {
            ProtoWriter n = new ProtoWriter();
            for (String in : inputs) n.string(NODE_INPUT, in);
            n.string(NODE_OUTPUT, output).string(NODE_NAME, name).string(NODE_OP_TYPE, op);
            for (ProtoWriter a : attributeList) n.message(NODE_ATTRIBUTE, a);
            return n;
        }
    }

    /** The model as the bytes of an {@code .onnx} file; refuses weights that are NaN or infinite. */
    public static byte[] toBytes(SavedModel model) {
        for (float w : model.weights()) {
            if (!Float.isFinite(w)) {
                throw new IllegalArgumentException("a weight is " + w + "; the training has diverged. Lower the learning rate and train again");
            }
        }
        List<LayerInfo> infos = model.spec().infer();
        List<Draft> nodes = new ArrayList<>();
        List<ProtoWriter> initializers = new ArrayList<>();
        String current = INPUT;
        int offset = 0;
        for (LayerInfo info : infos) {
            String name = info.name();
            Draft node;
            if (info.spec() instanceof Conv2DSpec c) {
                Shape in = info.input();
                int kernel = c.filters() * in.channels() * c.kernelH() * c.kernelW();
                initializers.add(tensor(name + ".weight", model.weights(), offset, c.filters(), in.channels(), c.kernelH(), c.kernelW()));
                initializers.add(tensor(name + ".bias", model.weights(), offset + kernel, c.filters()));
                offset += kernel + c.filters();
                node = new Draft(name, "Conv", List.of(current, name + ".weight", name + ".bias"))
                        .ints("kernel_shape", c.kernelH(), c.kernelW()).ints("strides", c.strideH(), c.strideW())
                        .ints("pads", pads(c, in)).ints("dilations", 1, 1).integer("group", 1);
            } else if (info.spec() instanceof Pool2DSpec p) {
                node = new Draft(name, p.kind() == Pool2DSpec.Kind.MAX ? "MaxPool" : "AveragePool", List.of(current))
                        .ints("kernel_shape", p.sizeH(), p.sizeW()).ints("strides", p.strideH(), p.strideW())
                        .ints("pads", 0, 0, 0, 0);
            } else if (info.spec() instanceof FlattenSpec) {
                node = new Draft(name, "Flatten", List.of(current)).integer("axis", 1);
            } else if (info.spec() instanceof DenseSpec d) {
                int inputs = info.input().size();
                initializers.add(tensor(name + ".weight", model.weights(), offset, d.units(), inputs));
                initializers.add(tensor(name + ".bias", model.weights(), offset + d.units() * inputs, d.units()));
                offset += d.units() * inputs + d.units();
                node = new Draft(name, "Gemm", List.of(current, name + ".weight", name + ".bias"))
                        .real("alpha", 1f).real("beta", 1f).integer("transB", 1);
            } else if (info.spec() instanceof DropoutSpec) {
                node = new Draft(name, "Identity", List.of(current)); // prediction: Dropout passes everything
            } else if (info.spec() instanceof ActivationSpec a) {
                node = activation(name, a.activation(), current);
            } else {
                throw new IllegalArgumentException("no ONNX node for " + info.spec());
            }
            nodes.add(node);
            current = node.output;
            if (!(info.spec() instanceof ActivationSpec) && info.spec().activation() != Activation.LINEAR) {
                Draft act = activation(name + "_" + info.spec().activation().kerasName(), info.spec().activation(), current);
                nodes.add(act);
                current = act.output;
            }
        }
        nameOutputs(nodes);
        int classes = infos.get(infos.size() - 1).output().size();
        return encode(model, nodes, initializers, classes);
    }

    // As Sequential does: a final softmax turns logits into probabilities; without one, one is added.
    private static void nameOutputs(List<Draft> nodes) {
        Draft last = nodes.get(nodes.size() - 1);
        if (last.op.equals("Softmax") && nodes.size() > 1) { // a softmax needs a vector, so something came before it
            nodes.get(nodes.size() - 2).output = LOGITS;
            last.inputs.set(0, LOGITS);
            last.output = PROBABILITIES;
            return;
        }
        last.output = LOGITS;
        Draft softmax = new Draft("softmax", "Softmax", List.of(LOGITS)).integer("axis", 1);
        softmax.output = PROBABILITIES;
        nodes.add(softmax);
    }

    private static Draft activation(String name, Activation a, String input) {
        return switch (a) {
            case RELU -> new Draft(name, "Relu", List.of(input));
            case TANH -> new Draft(name, "Tanh", List.of(input));
            case SIGMOID -> new Draft(name, "Sigmoid", List.of(input));
            case SOFTMAX -> new Draft(name, "Softmax", List.of(input)).integer("axis", 1);
            case LINEAR -> throw new IllegalArgumentException("linear is no node");
        };
    }

    // ONNX pads are [top, left, bottom, right]; 'same' puts an odd extra row or column after, as TensorFlow does
    private static long[] pads(Conv2DSpec c, Shape in) {
        Padding p = c.padding();
        return new long[] {p.padBefore(in.height(), c.kernelH(), c.strideH()), p.padBefore(in.width(), c.kernelW(), c.strideW()),
                p.padAfter(in.height(), c.kernelH(), c.strideH()), p.padAfter(in.width(), c.kernelW(), c.strideW())};
    }

    // weights: file layout, whose tensors are ONNX's ([filters, channels, kh, kw], [units, inputs], biases)
    private static ProtoWriter tensor(String name, float[] weights, int offset, long... dims) {
        long n = 1;
        for (long d : dims) n *= d;
        ByteBuffer raw = ByteBuffer.allocate((int) (4 * n)).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < n; i++) raw.putFloat(weights[offset + i]);
        return new ProtoWriter().packedInt64(TENSOR_DIMS, dims).int64(TENSOR_DATA_TYPE, DATA_FLOAT)
                .string(TENSOR_NAME, name).bytes(TENSOR_RAW_DATA, raw.array());
    }

    private static byte[] encode(SavedModel model, List<Draft> nodes, List<ProtoWriter> initializers, int classes) {
        Shape in = model.spec().input();
        ProtoWriter graph = new ProtoWriter();
        for (Draft d : nodes) graph.message(GRAPH_NODE, d.encode());
        graph.string(GRAPH_NAME, "convscope");
        for (ProtoWriter t : initializers) graph.message(GRAPH_INITIALIZER, t);
        graph.message(GRAPH_INPUT, valueInfo(INPUT, in.channels(), in.height(), in.width()));
        graph.message(GRAPH_OUTPUT, valueInfo(LOGITS, classes));
        graph.message(GRAPH_OUTPUT, valueInfo(PROBABILITIES, classes));

        ProtoWriter m = new ProtoWriter()
                .int64(MODEL_IR_VERSION, IR_VERSION)
                .string(MODEL_PRODUCER_NAME, "ConvScope")
                .string(MODEL_PRODUCER_VERSION, version())
                .string(MODEL_DOC, model.spec().toCompact() + " on " + in.toDisplay() + " inputs")
                .message(MODEL_GRAPH, graph)
                .message(MODEL_OPSET_IMPORT, new ProtoWriter().string(OPSET_DOMAIN, "").int64(OPSET_VERSION, OPSET));
        for (Map.Entry<String, String> e : metadata(model).entrySet()) {
            m.message(MODEL_METADATA_PROPS, new ProtoWriter().string(ENTRY_KEY, e.getKey()).string(ENTRY_VALUE, e.getValue()));
        }
        return m.toByteArray();
    }

    private static Map<String, String> metadata(SavedModel model) {
        Map<String, String> meta = new LinkedHashMap<>();
        try {
            meta.put(META_CLASSES, JSON.writeValueAsString(model.classes()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a list of strings always serialises
        }
        if (model.dataset() != null) meta.put(META_DATASET, model.dataset());
        meta.put(META_VERSION, version());
        meta.put(META_ARCHITECTURE, model.spec().toCompact());
        return meta;
    }

    // [batch, dims...]: the batch is a named dimension, so any batch size runs
    private static ProtoWriter valueInfo(String name, int... dims) {
        ProtoWriter shape = new ProtoWriter().message(SHAPE_DIM, new ProtoWriter().string(DIM_PARAM, "batch"));
        for (int d : dims) shape.message(SHAPE_DIM, new ProtoWriter().int64(DIM_VALUE, d));
        ProtoWriter tensorType = new ProtoWriter().int64(TENSOR_TYPE_ELEM, DATA_FLOAT).message(TENSOR_TYPE_SHAPE, shape);
        return new ProtoWriter().string(VALUE_NAME, name).message(VALUE_TYPE, new ProtoWriter().message(TYPE_TENSOR, tensorType));
    }

    /** The version of ConvScope running, or "development" when run from classes. */
    static String version() {
        String v = OnnxExport.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    /** Writes {@code model} to {@code file} as ONNX, atomically (a temporary file renamed over it). */
    public static void write(Path file, SavedModel model) throws ModelFileException {
        byte[] bytes;
        try {
            bytes = toBytes(model);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException("cannot save " + AtomicFile.name(file) + ": " + e.getMessage());
        }
        AtomicFile.write(file, bytes);
    }
}
