package org.convscope.engine.io.onnx;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.convscope.engine.io.onnx.OnnxGraph.Node;
import org.convscope.engine.io.onnx.OnnxGraph.Tensor;

/**
 * Works out the target of a Reshape as older exporters write {@code x.view(x.size(0), -1)}:
 * Shape → Gather → Unsqueeze → Concat (with Constant, Cast, Squeeze and Identity in between).
 * The batch size is not known, so it stays the symbol {@link #BATCH}. Only small integer vectors
 * are computed; anything else is refused, naming the node.
 */
final class ShapeFold {
    /** The batch dimension, which no file fixes. */
    static final long BATCH = Long.MIN_VALUE;
    private static final int MAX_NODES = 64;
    private static final int MAX_VALUES = 16;

    /** A scalar or a vector of integers. */
    record Ints(long[] values, boolean scalar) {
    }

    private final List<Node> nodes;
    private final Map<String, Integer> producers;
    private final Map<String, Tensor> constants;
    private final Set<Integer> used;
    private final String shaped;     // the value whose Shape is taken
    private final long[] shapedDims; // its dims after the batch
    private int visited;

    ShapeFold(List<Node> nodes, Map<String, Integer> producers, Map<String, Tensor> constants, Set<Integer> used,
              String shaped, long[] shapedDims) {
        this.nodes = nodes;
        this.producers = producers;
        this.constants = constants;
        this.used = used;
        this.shaped = shaped;
        this.shapedDims = shapedDims;
    }

    /** The integers value {@code name} holds; every node it passes through is marked used. */
    Ints eval(String name, String forWhat) {
        Tensor t = constants.get(name);
        if (t != null) {
            long[] v = TensorData.longs(t, forWhat);
            if (v.length > MAX_VALUES) throw OnnxProblem.refused(forWhat + " holds " + v.length + " values, not a shape");
            return new Ints(v, t.dims().length == 0);
        }
        Integer at = producers.get(name);
        if (at == null) throw OnnxProblem.refused(forWhat + " comes from '" + name + "', which no node makes");
        if (++visited > MAX_NODES) throw OnnxProblem.refused(forWhat + " is computed by more than " + MAX_NODES + " nodes");
        Node n = nodes.get(at);
        Attributes a = new Attributes(n, at);
        String where = a.where();
        used.add(at);
        return switch (n.opType()) {
            case "Shape" -> shape(n, a);
            case "Constant" -> {
                Tensor value = a.tensor("value");
                if (value == null) throw OnnxProblem.refused(where + " is not a tensor constant");
                long[] v = TensorData.longs(value, where);
                if (v.length > MAX_VALUES) throw OnnxProblem.refused(where + " holds " + v.length + " values, not a shape");
                yield new Ints(v, value.dims().length == 0);
            }
            case "Gather" -> gather(n, a);
            case "Unsqueeze" -> {
                Ints x = eval(input(n, 0, where), where);
                if (!x.scalar()) throw OnnxProblem.refused(where + " makes a matrix of a shape; ConvScope follows only vectors");
                yield new Ints(x.values(), false);
            }
            case "Squeeze" -> {
                Ints x = eval(input(n, 0, where), where);
                if (x.values().length != 1) throw OnnxProblem.refused(where + " squeezes " + x.values().length + " values");
                yield new Ints(x.values(), true);
            }
            case "Concat" -> {
                long[] out = new long[0];
                for (String in : n.inputs()) {
                    Ints x = eval(in, where);
                    if (x.scalar()) throw OnnxProblem.refused(where + " joins a scalar");
                    out = concat(out, x.values());
                    if (out.length > MAX_VALUES) throw OnnxProblem.refused(where + " makes a shape of more than " + MAX_VALUES + " values");
                }
                yield new Ints(out, false);
            }
            case "Cast", "Identity" -> eval(input(n, 0, where), where);
            default -> throw OnnxProblem.refused(where + " computes the shape of a Reshape; ConvScope follows Shape, Gather, "
                    + "Unsqueeze, Squeeze, Concat, Constant and Cast there");
        };
    }

    private Ints shape(Node n, Attributes a) {
        String where = a.where();
        if (!input(n, 0, where).equals(shaped)) throw OnnxProblem.refused(where + " takes the shape of another value than the one reshaped");
        long[] all = new long[shapedDims.length + 1];
        all[0] = BATCH;
        System.arraycopy(shapedDims, 0, all, 1, shapedDims.length);
        int start = (int) clamp(a.integer("start", 0), all.length);
        int end = (int) clamp(a.integer("end", all.length), all.length);
        return new Ints(Arrays.copyOfRange(all, start, Math.max(start, end)), false);
    }

    private static long clamp(long axis, int rank) {
        long v = axis < 0 ? axis + rank : axis;
        return Math.max(0, Math.min(rank, v));
    }

    private Ints gather(Node n, Attributes a) {
        String where = a.where();
        if (a.integer("axis", 0) != 0) throw OnnxProblem.refused(where + " gathers along another axis than 0");
        Ints data = eval(input(n, 0, where), where);
        Ints indices = eval(input(n, 1, where), where);
        if (data.scalar()) throw OnnxProblem.refused(where + " gathers from a scalar");
        long[] out = new long[indices.values().length];
        for (int i = 0; i < out.length; i++) {
            long k = indices.values()[i];
            if (k < 0) k += data.values().length;
            if (k < 0 || k >= data.values().length) throw OnnxProblem.refused(where + " gathers index " + indices.values()[i] + " of " + data.values().length);
            out[i] = data.values()[(int) k];
        }
        return new Ints(out, indices.scalar());
    }

    private static String input(Node n, int i, String where) {
        if (n.inputs().size() <= i || n.inputs().get(i).isEmpty()) throw OnnxProblem.refused(where + " lacks input " + (i + 1));
        return n.inputs().get(i);
    }

    private static long[] concat(long[] a, long[] b) {
        long[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
