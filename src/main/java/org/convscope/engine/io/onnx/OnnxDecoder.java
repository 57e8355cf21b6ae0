package org.convscope.engine.io.onnx;

import static org.convscope.engine.io.onnx.OnnxFields.*;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.WireFormat;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convscope.engine.io.onnx.OnnxGraph.Attribute;
import org.convscope.engine.io.onnx.OnnxGraph.Graph;
import org.convscope.engine.io.onnx.OnnxGraph.Model;
import org.convscope.engine.io.onnx.OnnxGraph.Node;
import org.convscope.engine.io.onnx.OnnxGraph.Tensor;
import org.convscope.engine.io.onnx.OnnxGraph.ValueInfo;

/**
 * Reads the bytes of an {@code .onnx} file into {@link OnnxGraph} records, field by field from
 * onnx.proto's numbers. Every length comes from the file and is checked by protobuf-java against
 * the bytes that are left before anything is allocated, so nothing read can be larger than the
 * file; fields ConvScope does not need (subgraphs, docs, value_info, training info) are skipped
 * unread. A malformed file is an {@link OnnxProblem}.
 */
final class OnnxDecoder {
    private final CodedInputStream in;

    private OnnxDecoder(byte[] bytes) {
        in = CodedInputStream.newInstance(bytes);
        in.enableAliasing(true); // raw_data stays a view of the file's bytes until it is converted
        in.setSizeLimit(Integer.MAX_VALUE);
    }

    /** The model in {@code bytes}; a malformed file is an {@link OnnxProblem}. */
    static Model decode(byte[] bytes) {
        try {
            return new OnnxDecoder(bytes).model();
        } catch (InvalidProtocolBufferException e) {
            throw OnnxProblem.damaged("not a valid ONNX protobuf: " + e.getMessage());
        } catch (IOException e) {
            throw OnnxProblem.damaged("cannot be decoded: " + e.getMessage());
        }
    }

    // ------------------------------------------------------------------ messages

    private Model model() throws IOException {
        long ir = 0;
        Map<String, Long> opsets = new LinkedHashMap<>();
        String producer = "";
        Graph graph = null;
        Map<String, String> metadata = new LinkedHashMap<>();
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            switch (field(tag)) {
                case MODEL_IR_VERSION -> { if (varint(tag)) ir = in.readInt64(); }
                case MODEL_PRODUCER_NAME -> { if (bytes(tag)) producer = in.readString(); }
                case MODEL_GRAPH -> {
                    if (bytes(tag)) {
                        int old = enter();
                        graph = graph();
                        leave(old);
                    }
                }
                case MODEL_OPSET_IMPORT -> {
                    if (bytes(tag)) {
                        int old = enter();
                        String[] domain = {""};
                        long version = opsetId(domain);
                        opsets.merge(domain[0].equals("ai.onnx") ? "" : domain[0], version, Math::max);
                        leave(old);
                    }
                }
                case MODEL_METADATA_PROPS -> {
                    if (bytes(tag)) {
                        int old = enter();
                        String[] kv = entry();
                        metadata.put(kv[0], kv[1]);
                        leave(old);
                    }
                }
                default -> skip(tag);
            }
        }
        if (graph == null) throw OnnxProblem.refused("the file holds no graph, so it is not an ONNX model");
        return new Model(ir, opsets, producer, graph, metadata);
    }

    private long opsetId(String[] domain) throws IOException {
        long version = 0;
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            if (field(tag) == OPSET_DOMAIN && bytes(tag)) domain[0] = in.readString();
            else if (field(tag) == OPSET_VERSION && varint(tag)) version = in.readInt64();
            else skip(tag);
        }
        return version;
    }

    private String[] entry() throws IOException {
        String[] kv = {"", ""};
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            if (field(tag) == ENTRY_KEY && bytes(tag)) kv[0] = in.readString();
            else if (field(tag) == ENTRY_VALUE && bytes(tag)) kv[1] = in.readString();
            else skip(tag);
        }
        return kv;
    }

    private Graph graph() throws IOException {
        List<Node> nodes = new ArrayList<>();
        List<Tensor> initializers = new ArrayList<>();
        List<ValueInfo> inputs = new ArrayList<>();
        List<ValueInfo> outputs = new ArrayList<>();
        int sparse = 0;
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            int f = field(tag);
            if (f == GRAPH_SPARSE_INITIALIZER && bytes(tag)) {
                sparse++;
                in.skipField(tag);
                continue;
            }
            if (!(f == GRAPH_NODE || f == GRAPH_INITIALIZER || f == GRAPH_INPUT || f == GRAPH_OUTPUT) || !bytes(tag)) {
                skip(tag);
                continue;
            }
            int old = enter();
            switch (f) {
                case GRAPH_NODE -> nodes.add(node());
                case GRAPH_INITIALIZER -> initializers.add(tensor());
                case GRAPH_INPUT -> inputs.add(valueInfo());
                default -> outputs.add(valueInfo());
            }
            leave(old);
        }
        return new Graph(nodes, initializers, inputs, outputs, sparse);
    }

    private Node node() throws IOException {
        String name = "", op = "", domain = "";
        List<String> inputs = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            switch (field(tag)) {
                case NODE_INPUT -> { if (bytes(tag)) inputs.add(in.readString()); }
                case NODE_OUTPUT -> { if (bytes(tag)) outputs.add(in.readString()); }
                case NODE_NAME -> { if (bytes(tag)) name = in.readString(); }
                case NODE_OP_TYPE -> { if (bytes(tag)) op = in.readString(); }
                case NODE_DOMAIN -> { if (bytes(tag)) domain = in.readString(); }
                case NODE_ATTRIBUTE -> {
                    if (bytes(tag)) {
                        int old = enter();
                        Attribute a = attribute();
                        attributes.put(a.name(), a);
                        leave(old);
                    }
                }
                default -> skip(tag);
            }
        }
        return new Node(name, op, domain.equals("ai.onnx") ? "" : domain, inputs, outputs, attributes);
    }

    private Attribute attribute() throws IOException {
        String name = "", s = "";
        int type = 0;
        float f = 0;
        long i = 0;
        Tensor t = null;
        FloatList floats = new FloatList();
        LongList ints = new LongList();
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            switch (field(tag)) {
                case ATTR_NAME -> { if (bytes(tag)) name = in.readString(); }
                case ATTR_TYPE -> { if (varint(tag)) type = in.readEnum(); }
                case ATTR_F -> { if (fixed32(tag)) f = in.readFloat(); }
                case ATTR_I -> { if (varint(tag)) i = in.readInt64(); }
                case ATTR_S -> { if (bytes(tag)) s = in.readString(); }
                case ATTR_T -> {
                    if (bytes(tag)) {
                        int old = enter();
                        t = tensor();
                        leave(old);
                    }
                }
                case ATTR_FLOATS -> readFloats(tag, floats);
                case ATTR_INTS -> readLongs(tag, ints);
                default -> skip(tag);
            }
        }
        return new Attribute(name, type, f, i, s, t, floats.toArray(), ints.toArray());
    }

    private Tensor tensor() throws IOException {
        String name = "";
        int type = 0;
        ByteString raw = null;
        boolean external = false;
        LongList dims = new LongList();
        FloatList floats = new FloatList();
        LongList int64 = new LongList();
        LongList int32 = new LongList();
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            switch (field(tag)) {
                case TENSOR_DIMS -> readLongs(tag, dims);
                case TENSOR_DATA_TYPE -> { if (varint(tag)) type = in.readInt32(); }
                case TENSOR_FLOAT_DATA -> readFloats(tag, floats);
                case TENSOR_INT64_DATA -> readLongs(tag, int64);
                case TENSOR_INT32_DATA -> readLongs(tag, int32);
                case TENSOR_NAME -> { if (bytes(tag)) name = in.readString(); }
                case TENSOR_RAW_DATA -> { if (bytes(tag)) raw = in.readBytes(); }
                case TENSOR_EXTERNAL_DATA -> {
                    external = true;
                    skip(tag);
                }
                case TENSOR_DATA_LOCATION -> {
                    if (varint(tag)) external |= in.readEnum() == 1; // EXTERNAL
                }
                default -> skip(tag);
            }
        }
        long[] i32 = int32.toArray();
        int[] ints = new int[i32.length];
        for (int k = 0; k < ints.length; k++) ints[k] = (int) i32[k];
        return new Tensor(name, dims.toArray(), type, raw, floats.toArray(), int64.toArray(), ints, external);
    }

    private ValueInfo valueInfo() throws IOException {
        String name = "";
        int[] elem = {0};
        long[] dims = null;
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            if (field(tag) == VALUE_NAME && bytes(tag)) {
                name = in.readString();
            } else if (field(tag) == VALUE_TYPE && bytes(tag)) {
                int old = enter();
                dims = typeProto(elem);
                leave(old);
            } else {
                skip(tag);
            }
        }
        return new ValueInfo(name, elem[0], dims);
    }

    // TypeProto → its tensor_type (sequence and map types are skipped: no shape, element type 0)
    private long[] typeProto(int[] elem) throws IOException {
        long[] dims = null;
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            if (field(tag) != TYPE_TENSOR || !bytes(tag)) {
                skip(tag);
                continue;
            }
            int old = enter();
            for (int t = in.readTag(); t != 0; t = in.readTag()) {
                if (field(t) == TENSOR_TYPE_ELEM && varint(t)) {
                    elem[0] = in.readInt32();
                } else if (field(t) == TENSOR_TYPE_SHAPE && bytes(t)) {
                    int o = enter();
                    dims = shape();
                    leave(o);
                } else {
                    skip(t);
                }
            }
            leave(old);
        }
        return dims;
    }

    private long[] shape() throws IOException {
        LongList dims = new LongList();
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            if (field(tag) != SHAPE_DIM || !bytes(tag)) {
                skip(tag);
                continue;
            }
            int old = enter();
            long value = -1; // a dim_param ("batch") or nothing: not a fixed size
            for (int t = in.readTag(); t != 0; t = in.readTag()) {
                if (field(t) == DIM_VALUE && varint(t)) value = in.readInt64();
                else skip(t);
            }
            dims.add(value);
            leave(old);
        }
        return dims.toArray();
    }

    // ------------------------------------------------------------------ wire helpers

    private static int field(int tag) {
        return WireFormat.getTagFieldNumber(tag);
    }

    // A known field with an unexpected wire type is skipped, as protobuf-java's own messages do.
    private boolean varint(int tag) throws IOException {
        return expect(tag, WireFormat.WIRETYPE_VARINT);
    }

    private boolean bytes(int tag) throws IOException {
        return expect(tag, WireFormat.WIRETYPE_LENGTH_DELIMITED);
    }

    private boolean fixed32(int tag) throws IOException {
        return expect(tag, WireFormat.WIRETYPE_FIXED32);
    }

    private boolean expect(int tag, int wireType) throws IOException {
        if (WireFormat.getTagWireType(tag) == wireType) return true;
        in.skipField(tag);
        return false;
    }

    private void skip(int tag) throws IOException {
        if (!in.skipField(tag)) throw OnnxProblem.damaged("not a valid ONNX protobuf: an unexpected end-group tag");
    }

    /** Reads a length and limits reading to that many bytes (protobuf-java refuses a length past the end). */
    private int enter() throws IOException {
        return in.pushLimit(in.readRawVarint32());
    }

    private void leave(int oldLimit) throws IOException {
        if (!in.isAtEnd()) throw OnnxProblem.damaged("not a valid ONNX protobuf: a message ends early");
        in.popLimit(oldLimit);
    }

    // repeated float: packed (one length, then fixed32 values) or one tag per value
    private void readFloats(int tag, FloatList out) throws IOException {
        int type = WireFormat.getTagWireType(tag);
        if (type == WireFormat.WIRETYPE_FIXED32) {
            out.add(in.readFloat());
        } else if (type == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
            int length = in.readRawVarint32();
            if (length < 0 || length % 4 != 0) throw OnnxProblem.damaged("not a valid ONNX protobuf: packed floats of " + length + " bytes");
            int old = in.pushLimit(length); // checked against the bytes left before reserving room
            out.reserve(length / 4);
            while (!in.isAtEnd()) out.add(in.readFloat());
            in.popLimit(old);
        } else {
            in.skipField(tag);
        }
    }

    // repeated int64 / int32: packed varints or one tag per value
    private void readLongs(int tag, LongList out) throws IOException {
        int type = WireFormat.getTagWireType(tag);
        if (type == WireFormat.WIRETYPE_VARINT) {
            out.add(in.readInt64());
        } else if (type == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
            int old = in.pushLimit(in.readRawVarint32());
            while (!in.isAtEnd()) out.add(in.readInt64());
            in.popLimit(old);
        } else {
            in.skipField(tag);
        }
    }

    /** A growable float array: its size is bounded by the bytes it was read from. */
    private static final class FloatList {
        private float[] values = new float[0];
        private int size;

        void reserve(int more) {
            if (size + more > values.length) values = Arrays.copyOf(values, size + more);
        }

        void add(float v) {
            if (size == values.length) values = Arrays.copyOf(values, Math.max(8, size * 2));
            values[size++] = v;
        }

        float[] toArray() {
            return size == values.length ? values : Arrays.copyOf(values, size);
        }
    }

    private static final class LongList {
        private long[] values = new long[0];
        private int size;

        void add(long v) {
            if (size == values.length) values = Arrays.copyOf(values, Math.max(8, size * 2));
            values[size++] = v;
        }

        long[] toArray() {
            return size == values.length ? values : Arrays.copyOf(values, size);
        }
    }
}
