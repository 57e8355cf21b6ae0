package org.convscope.engine.io.onnx;

import java.util.Arrays;
import java.util.List;
import org.convscope.engine.io.onnx.OnnxGraph.Node;
import org.convscope.engine.io.onnx.OnnxGraph.Tensor;
import org.convscope.engine.layer.spec.Activation;
import org.convscope.engine.layer.spec.ActivationSpec;
import org.convscope.engine.layer.spec.ArchitectureException;
import org.convscope.engine.layer.spec.Conv2DSpec;
import org.convscope.engine.layer.spec.DenseSpec;
import org.convscope.engine.layer.spec.FlattenSpec;
import org.convscope.engine.layer.spec.LayerSpec;
import org.convscope.engine.layer.spec.Padding;
import org.convscope.engine.layer.spec.Pool2DSpec;
import org.convscope.engine.tensor.Shape;

/**
 * One ONNX node as a ConvScope layer: Conv, MaxPool, AveragePool, Relu, Tanh, Sigmoid, Softmax,
 * Flatten, Reshape (to [batch, -1]), Gemm, MatMul (+ Add), Dropout and Identity. A setting
 * ConvScope cannot honour (groups, dilation, padding that is neither 'valid' nor 'same', a
 * transposed input) is refused in one line naming the node.
 */
final class NodeLayers {
    static final String SUPPORTED = "Conv, MaxPool, AveragePool, Relu, Tanh, Sigmoid, Softmax, Flatten, Reshape, Gemm, "
            + "MatMul, Add, Dropout, Identity and a Pad of zeros";
    private static final long[] ONES = {1, 1};
    private static final long[] ZEROS = {0, 0, 0, 0};

    private final ChainWalk walk;
    private final int opset;

    NodeLayers(ChainWalk walk, int opset) {
        this.walk = walk;
        this.opset = opset;
    }

    /** Adds the layer {@code node} stands for; returns the value the chain goes on from. */
    String apply(Node node, int index, String current) {
        Attributes a = new Attributes(node, index);
        String where = a.where();
        if (!node.domain().isEmpty()) {
            throw OnnxProblem.refused(where + " is from domain '" + node.domain() + "'; ConvScope reads the standard ONNX operators");
        }
        if (node.outputs().isEmpty() || node.outputs().get(0).isEmpty()) throw OnnxProblem.refused(where + " has no output");
        for (int i = 1; i < node.outputs().size(); i++) {
            String extra = node.outputs().get(i);
            if (!extra.isEmpty() && (!walk.consumersOf(extra).isEmpty() || walk.isOutput(extra))) {
                throw OnnxProblem.refused(where + "'s second output '" + extra + "' is used; ConvScope reads one result per layer");
            }
        }
        String out = node.outputs().get(0);
        try {
            switch (node.opType()) {
                case "Conv" -> conv(node, a, out);
                case "MaxPool", "AveragePool" -> pool(node, a, out);
                case "Relu" -> activation(node, a, Activation.RELU, out);
                case "Tanh" -> activation(node, a, Activation.TANH, out);
                case "Sigmoid" -> activation(node, a, Activation.SIGMOID, out);
                case "Softmax" -> softmax(node, a, out);
                case "Flatten" -> flatten(node, a, out);
                case "Reshape" -> reshape(node, a, out);
                case "Gemm" -> gemm(node, a, out);
                case "MatMul" -> {
                    return matMul(node, a, out);
                }
                case "Dropout", "Identity" -> walk.pass(out);
                case "Pad" -> zeroPad(node, a, out);
                default -> throw OnnxProblem.refused(where + " is not supported; ConvScope reads " + SUPPORTED);
            }
        } catch (ArchitectureException e) {
            throw OnnxProblem.refused(where + ": " + e.getMessage());
        }
        return out;
    }

    // ------------------------------------------------------------------ layers

    private void conv(Node n, Attributes a, String out) {
        String where = a.where();
        Shape in = image(where);
        Tensor w = constant(n, 1, where, "its weights");
        long[] d = w.dims();
        if (d.length != 4) throw OnnxProblem.refused(where + "'s weights are " + Arrays.toString(d) + ", not [filters, channels, height, width]");
        if (a.integer("group", 1) != 1) throw OnnxProblem.refused(where + " has group " + a.integer("group", 1) + "; ConvScope's Conv2D has no groups");
        if (d[1] != in.channels()) {
            throw OnnxProblem.refused(where + "'s weights expect " + d[1] + " input channels, but it gets " + in.channels());
        }
        if (!Arrays.equals(a.ints("dilations", 2, ONES), ONES)) {
            throw OnnxProblem.refused(where + " has dilations " + Arrays.toString(a.ints("dilations", ONES)) + "; ConvScope's Conv2D has none");
        }
        long[] kernel = a.ints("kernel_shape", 2, new long[] {d[2], d[3]});
        if (kernel[0] != d[2] || kernel[1] != d[3]) {
            throw OnnxProblem.refused(where + "'s kernel_shape " + Arrays.toString(kernel) + " differs from its weights " + Arrays.toString(d));
        }
        long[] strides = a.ints("strides", 2, ONES);
        int filters = fit(d[0], where, "filters"), kh = fit(d[2], where, "kernel height"), kw = fit(d[3], where, "kernel width");
        int sh = fit(strides[0], where, "stride"), sw = fit(strides[1], where, "stride");
        Padding padding = padding(a, in, kh, kw, sh, sw);
        LayerSpec spec = new Conv2DSpec(filters, kh, kw, sh, sw, padding, Activation.LINEAR);
        Tensor b = optionalConstant(n, 2, where, "its bias");
        float[] kernelValues = walk.weights(w, where + "'s weights"); // [filters, channels, kh, kw]: ONNX's layout is the file's
        float[] bias = b == null ? new float[filters] : walk.weights(b, where + "'s bias"); // [filters]
        if (bias.length != filters) throw OnnxProblem.refused(where + " has " + bias.length + " biases for " + filters + " filters");
        walk.add(spec, out, where);
        walk.addWeights(kernelValues);
        walk.addWeights(bias);
    }

    // 'valid' (no pads), or 'same' as TensorFlow pads (an odd extra row or column after)
    private static Padding padding(Attributes a, Shape in, int kh, int kw, int sh, int sw) {
        String where = a.where();
        String auto = a.string("auto_pad", "NOTSET");
        switch (auto) {
            case "VALID":
                return Padding.VALID;
            case "SAME_UPPER":
                return Padding.SAME;
            case "NOTSET", "":
                break;
            default:
                throw OnnxProblem.refused(where + " has auto_pad " + auto + "; ConvScope pads 'valid' or 'same' (SAME_UPPER)");
        }
        long[] pads = a.ints("pads", 4, ZEROS);
        if (Arrays.equals(pads, ZEROS)) return Padding.VALID;
        long[] same = samePads(in, kh, kw, sh, sw);
        if (Arrays.equals(pads, same)) return Padding.SAME;
        throw OnnxProblem.refused(where + " has pads " + Arrays.toString(pads) + "; ConvScope pads 'valid' (none) or 'same' ("
                + Arrays.toString(same) + " here)");
    }

    static long[] samePads(Shape in, int kh, int kw, int sh, int sw) {
        Padding p = Padding.SAME;
        return new long[] {p.padBefore(in.height(), kh, sh), p.padBefore(in.width(), kw, sw),
                p.padAfter(in.height(), kh, sh), p.padAfter(in.width(), kw, sw)};
    }

    private void pool(Node n, Attributes a, String out) {
        String where = a.where();
        Shape in = image(where);
        long[] kernel = a.ints("kernel_shape", 2, null);
        if (kernel == null) throw OnnxProblem.refused(where + " has no kernel_shape");
        long[] strides = a.ints("strides", 2, ONES);
        String auto = a.string("auto_pad", "NOTSET");
        if (!auto.equals("NOTSET") && !auto.equals("VALID") && !auto.isEmpty()) {
            throw OnnxProblem.refused(where + " has auto_pad " + auto + "; ConvScope's pooling drops windows that do not fit (VALID)");
        }
        if (!Arrays.equals(a.ints("pads", 4, ZEROS), ZEROS)) {
            throw OnnxProblem.refused(where + " has pads " + Arrays.toString(a.ints("pads", ZEROS)) + "; ConvScope's pooling is unpadded");
        }
        if (!Arrays.equals(a.ints("dilations", 2, ONES), ONES)) throw OnnxProblem.refused(where + " has dilations; ConvScope's pooling has none");
        int kh = fit(kernel[0], where, "window height"), kw = fit(kernel[1], where, "window width");
        int sh = fit(strides[0], where, "stride"), sw = fit(strides[1], where, "stride");
        // ceil_mode only matters when a window would hang over the edge
        if (a.integer("ceil_mode", 0) != 0 && ((in.height() - kh) % sh != 0 || (in.width() - kw) % sw != 0)) {
            throw OnnxProblem.refused(where + " rounds its output up (ceil_mode); ConvScope's pooling drops windows that do not fit");
        }
        Pool2DSpec.Kind kind = n.opType().equals("MaxPool") ? Pool2DSpec.Kind.MAX : Pool2DSpec.Kind.AVERAGE;
        walk.add(new Pool2DSpec(kind, kh, kw, sh, sw), out, where);
    }

    // PyTorch writes a Pad of nothing before AveragePool; real padding belongs to a Conv
    private void zeroPad(Node n, Attributes a, String out) {
        String where = a.where();
        long[] pads = a.ints("pads", null); // opset < 11: an attribute
        if (pads == null && n.inputs().size() > 1 && !n.inputs().get(1).isEmpty()) {
            Tensor t = walk.constants().get(n.inputs().get(1));
            if (t == null) throw OnnxProblem.refused(where + " takes its pads from a value that is not a constant");
            pads = TensorData.longs(t, where + "'s pads");
        }
        if (pads != null) {
            for (long p : pads) {
                if (p != 0) throw OnnxProblem.refused(where + " pads by " + Arrays.toString(pads) + "; ConvScope pads only inside a Conv ('same')");
            }
        }
        walk.pass(out);
    }

    private void activation(Node n, Attributes a, Activation f, String out) {
        walk.add(new ActivationSpec(f), out, a.where());
    }

    private void softmax(Node n, Attributes a, String out) {
        String where = a.where();
        if (!walk.shape().isVector()) throw OnnxProblem.refused(where + " works on a " + walk.shape().toDisplay() + " image; ConvScope's softmax takes class scores");
        long axis = a.integer("axis", opset >= 13 ? -1 : 1);
        if (axis != 1 && axis != -1) throw OnnxProblem.refused(where + " has axis " + axis + "; the class scores are axis 1");
        walk.add(new ActivationSpec(Activation.SOFTMAX), out, where);
    }

    private void flatten(Node n, Attributes a, String out) {
        String where = a.where();
        int rank = walk.shape().isImage() ? 4 : 2;
        long axis = a.integer("axis", 1);
        if ((axis < 0 ? axis + rank : axis) != 1) {
            throw OnnxProblem.refused(where + " has axis " + axis + "; ConvScope flattens everything but the batch (axis 1)");
        }
        walk.add(new FlattenSpec(), out, where);
    }

    // Reshape to [batch, everything]: a flatten, however the exporter spelled the target
    private void reshape(Node n, Attributes a, String out) {
        String where = a.where();
        if (n.inputs().size() < 2 || n.inputs().get(1).isEmpty()) throw OnnxProblem.refused(where + " has no target shape");
        Shape s = walk.shape();
        long[] dims = s.isImage() ? new long[] {s.channels(), s.height(), s.width()} : new long[] {s.channels()};
        ShapeFold fold = new ShapeFold(walk.graph().nodes(), walk.producers(), walk.constants(), walk.used(), n.inputs().get(0), dims);
        long[] target = fold.eval(n.inputs().get(1), where + "'s target shape").values();
        for (int shapeNode : walk.consumersOf(n.inputs().get(0))) {
            if (!walk.used().contains(shapeNode)) {
                throw OnnxProblem.refused(walk.graph().nodes().get(shapeNode).describe(shapeNode) + " takes a shape no Reshape uses: a branch");
            }
        }
        long size = 1;
        for (long d : dims) size *= d;
        boolean allowZero = a.integer("allowzero", 0) != 0;
        boolean batchKept = target.length == 2 && (target[0] == ShapeFold.BATCH || (target[0] == 0 && !allowZero)
                || (target[0] > 0 && target[0] == walk.fixedBatch()) || (target[0] == -1 && target[1] == size));
        if (!batchKept || !(target[1] == -1 || target[1] == size)) {
            throw OnnxProblem.refused(where + " reshapes to " + show(target) + "; ConvScope reads a Reshape that flattens, to [batch, "
                    + size + "]");
        }
        walk.add(new FlattenSpec(), out, where);
    }

    private static String show(long[] target) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < target.length; i++) s.append(i == 0 ? "" : ", ").append(target[i] == ShapeFold.BATCH ? "batch" : String.valueOf(target[i]));
        return s.append("]").toString();
    }

    private void gemm(Node n, Attributes a, String out) {
        String where = a.where();
        int inputs = vector(where);
        if (a.integer("transA", 0) != 0) throw OnnxProblem.refused(where + " transposes its input (transA); ConvScope reads transA = 0");
        if (a.real("alpha", 1f) != 1f || (n.inputs().size() > 2 && a.real("beta", 1f) != 1f)) {
            throw OnnxProblem.refused(where + " scales by alpha " + a.real("alpha", 1f) + " and beta " + a.real("beta", 1f) + "; ConvScope reads 1 and 1");
        }
        boolean transB = a.integer("transB", 0) != 0;
        Tensor w = constant(n, 1, where, "its weights");
        long[] d = w.dims();
        if (d.length != 2 || d[transB ? 1 : 0] != inputs) {
            throw OnnxProblem.refused(where + "'s weights are " + Arrays.toString(d) + ", which does not fit its " + inputs
                    + " inputs (transB = " + (transB ? 1 : 0) + ")");
        }
        int units = fit(d[transB ? 0 : 1], where, "units");
        Tensor b = optionalConstant(n, 2, where, "its bias");
        dense(where, units, inputs, walk.weights(w, where + "'s weights"), !transB, b, out);
    }

    // MatMul by a [inputs, units] constant, and the Add of a bias after it if there is one
    private String matMul(Node n, Attributes a, String out) {
        String where = a.where();
        int inputs = vector(where);
        Tensor w = constant(n, 1, where, "its weights");
        long[] d = w.dims();
        if (d.length != 2 || d[0] != inputs) {
            throw OnnxProblem.refused(where + "'s weights are " + Arrays.toString(d) + ", which does not fit its " + inputs + " inputs");
        }
        int units = fit(d[1], where, "units");
        float[] kernel = walk.weights(w, where + "'s weights"); // [inputs, units]
        Tensor bias = null;
        String result = out;
        List<Integer> next = walk.consumersOf(out);
        if (next.size() == 1 && !walk.isOutput(out)) {
            int addIndex = next.get(0);
            Node add = walk.graph().nodes().get(addIndex);
            if (add.opType().equals("Add") && add.inputs().size() == 2 && add.domain().isEmpty() && add.outputs().size() == 1) {
                String other = add.inputs().get(0).equals(out) ? add.inputs().get(1) : add.inputs().get(0);
                bias = walk.constants().get(other);
                if (bias == null) throw OnnxProblem.refused(add.describe(addIndex) + " adds '" + other + "', which is not a constant bias");
                walk.used().add(addIndex);
                walk.pass(out);
                result = add.outputs().get(0);
            }
        }
        dense(where, units, inputs, kernel, true, bias, result);
        return result;
    }

    // Dense in file layout: kernel [units][inputs], then bias [units]
    private void dense(String where, int units, int inputs, float[] kernel, boolean transpose, Tensor bias, String out) {
        float[] k = kernel; // k: [units, inputs]
        if (transpose) { // kernel: [inputs, units]
            k = new float[kernel.length];
            for (int i = 0; i < inputs; i++) {
                for (int u = 0; u < units; u++) k[u * inputs + i] = kernel[i * units + u];
            }
        }
        float[] b = new float[units]; // b: [units]
        if (bias != null) {
            long[] bd = bias.dims();
            boolean shapeOk = (bd.length == 1 && bd[0] == units) || (bd.length == 2 && bd[0] == 1 && bd[1] == units);
            if (!shapeOk) throw OnnxProblem.refused(where + "'s bias is " + Arrays.toString(bd) + ", not [" + units + "]");
            b = walk.weights(bias, where + "'s bias");
        }
        walk.add(new DenseSpec(units, Activation.LINEAR), out, where);
        walk.addWeights(k);
        walk.addWeights(b);
    }

    // ------------------------------------------------------------------ helpers

    /** {@code layer} with activation {@code f} (it was linear). */
    static LayerSpec withActivation(LayerSpec layer, Activation f) {
        if (layer instanceof Conv2DSpec c) {
            return new Conv2DSpec(c.filters(), c.kernelH(), c.kernelW(), c.strideH(), c.strideW(), c.padding(), f);
        }
        DenseSpec d = (DenseSpec) layer;
        return new DenseSpec(d.units(), f);
    }

    private Shape image(String where) {
        Shape s = walk.shape();
        if (!s.isImage()) throw OnnxProblem.refused(where + " gets a flat vector of " + s.channels() + "; it needs an image");
        return s;
    }

    private int vector(String where) {
        Shape s = walk.shape();
        if (!s.isVector()) throw OnnxProblem.refused(where + " gets a " + s.toDisplay() + " image; it needs a flat vector (add a Flatten before it)");
        return s.channels();
    }

    private Tensor constant(Node n, int input, String where, String what) {
        Tensor t = optionalConstant(n, input, where, what);
        if (t == null) throw OnnxProblem.refused(where + " has no " + what.substring(4));
        return t;
    }

    private Tensor optionalConstant(Node n, int input, String where, String what) {
        if (n.inputs().size() <= input || n.inputs().get(input).isEmpty()) return null;
        String name = n.inputs().get(input);
        Tensor t = walk.constants().get(name);
        if (t == null) throw OnnxProblem.refused(where + " takes " + what + " from '" + name + "', which is not a constant");
        return t;
    }

    private static int fit(long v, String where, String what) {
        if (v < 1 || v > Integer.MAX_VALUE) throw OnnxProblem.refused(where + " has " + what + " " + v);
        return (int) v;
    }
}
