package org.convscope.engine.io.onnx;

import static org.convscope.engine.io.onnx.OnnxFields.*;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/** Hand-made ONNX graphs for the import's refusals: nodes, float initializers, one input and the outputs. */
final class OnnxBuilder {
    private final List<ProtoWriter> nodes = new ArrayList<>();
    private final List<ProtoWriter> initializers = new ArrayList<>();
    private final List<ProtoWriter> inputs = new ArrayList<>();
    private final List<ProtoWriter> outputs = new ArrayList<>();
    private long opset = 17;

    OnnxBuilder opset(long v) {
        opset = v;
        return this;
    }

    /** An input [batch, dims...] float32. */
    OnnxBuilder input(String name, long... dims) {
        inputs.add(valueInfo(name, dims));
        return this;
    }

    OnnxBuilder output(String name, long... dims) {
        outputs.add(valueInfo(name, dims));
        return this;
    }

    /** A float32 initializer of zeros... with value 0.5 everywhere. */
    OnnxBuilder weights(String name, long... dims) {
        long n = 1;
        for (long d : dims) n *= d;
        ByteBuffer raw = ByteBuffer.allocate((int) (4 * n)).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < n; i++) raw.putFloat(0.5f);
        initializers.add(new ProtoWriter().packedInt64(TENSOR_DIMS, dims).int64(TENSOR_DATA_TYPE, DATA_FLOAT)
                .string(TENSOR_NAME, name).bytes(TENSOR_RAW_DATA, raw.array()));
        return this;
    }

    /** The same 0.5s as {@link #weights}, stored as float_data (packed floats) rather than raw_data. */
    OnnxBuilder weightsAsFloatData(String name, long... dims) {
        long n = 1;
        for (long d : dims) n *= d;
        ByteBuffer packed = ByteBuffer.allocate((int) (4 * n)).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < n; i++) packed.putFloat(0.5f);
        // a packed repeated float is one length-delimited field of fixed32 values: the same bytes as raw_data
        initializers.add(new ProtoWriter().packedInt64(TENSOR_DIMS, dims).int64(TENSOR_DATA_TYPE, DATA_FLOAT)
                .string(TENSOR_NAME, name).bytes(TENSOR_FLOAT_DATA, packed.array()));
        return this;
    }

    /** A Constant node whose value is a float32 tensor of 0.5s. */
    OnnxBuilder constant(String name, long... dims) {
        long n = 1;
        for (long d : dims) n *= d;
        ByteBuffer raw = ByteBuffer.allocate((int) (4 * n)).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < n; i++) raw.putFloat(0.5f);
        ProtoWriter t = new ProtoWriter().packedInt64(TENSOR_DIMS, dims).int64(TENSOR_DATA_TYPE, DATA_FLOAT).bytes(TENSOR_RAW_DATA, raw.array());
        nodes.add(new ProtoWriter().string(NODE_OUTPUT, name).string(NODE_NAME, name).string(NODE_OP_TYPE, "Constant")
                .message(NODE_ATTRIBUTE, new ProtoWriter().string(ATTR_NAME, "value").int64(ATTR_TYPE, ATTR_TYPE_TENSOR).message(ATTR_T, t)));
        return this;
    }

    /** A node with several outputs (Dropout's mask, MaxPool's indices). */
    OnnxBuilder node(String op, List<String> in, List<String> outs) {
        ProtoWriter n = new ProtoWriter();
        for (String s : in) n.string(NODE_INPUT, s);
        for (String s : outs) n.string(NODE_OUTPUT, s);
        nodes.add(n.string(NODE_NAME, outs.get(0)).string(NODE_OP_TYPE, op));
        return this;
    }

    /** A node; attributes as name, value pairs: a long[] is a list of integers, a Long one integer. */
    OnnxBuilder node(String op, List<String> in, String out, Object... intAttributes) {
        ProtoWriter n = new ProtoWriter();
        for (String s : in) n.string(NODE_INPUT, s);
        n.string(NODE_OUTPUT, out).string(NODE_NAME, out).string(NODE_OP_TYPE, op);
        for (int i = 0; i < intAttributes.length; i += 2) {
            ProtoWriter a = new ProtoWriter().string(ATTR_NAME, (String) intAttributes[i]);
            if (intAttributes[i + 1] instanceof Long one) {
                a.int64(ATTR_TYPE, ATTR_TYPE_INT).int64(ATTR_I, one);
            } else {
                a.int64(ATTR_TYPE, ATTR_TYPE_INTS).packedInt64(ATTR_INTS, (long[]) intAttributes[i + 1]);
            }
            n.message(NODE_ATTRIBUTE, a);
        }
        nodes.add(n);
        return this;
    }

    byte[] bytes() {
        ProtoWriter g = new ProtoWriter();
        for (ProtoWriter n : nodes) g.message(GRAPH_NODE, n);
        for (ProtoWriter t : initializers) g.message(GRAPH_INITIALIZER, t);
        for (ProtoWriter v : inputs) g.message(GRAPH_INPUT, v);
        for (ProtoWriter v : outputs) g.message(GRAPH_OUTPUT, v);
        return new ProtoWriter().int64(MODEL_IR_VERSION, 8).message(MODEL_GRAPH, g)
                .message(MODEL_OPSET_IMPORT, new ProtoWriter().string(OPSET_DOMAIN, "").int64(OPSET_VERSION, opset)).toByteArray();
    }

    private static ProtoWriter valueInfo(String name, long... dims) {
        ProtoWriter shape = new ProtoWriter().message(SHAPE_DIM, new ProtoWriter().string(DIM_PARAM, "batch"));
        for (long d : dims) shape.message(SHAPE_DIM, new ProtoWriter().int64(DIM_VALUE, d));
        ProtoWriter type = new ProtoWriter().int64(TENSOR_TYPE_ELEM, DATA_FLOAT).message(TENSOR_TYPE_SHAPE, shape);
        return new ProtoWriter().string(VALUE_NAME, name).message(VALUE_TYPE, new ProtoWriter().message(TYPE_TENSOR, type));
    }
}
