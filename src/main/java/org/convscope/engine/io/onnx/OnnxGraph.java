package org.convscope.engine.io.onnx;

import com.google.protobuf.ByteString;
import java.util.List;
import java.util.Map;

/**
 * The part of an ONNX file that a sequential CNN needs, as {@link OnnxDecoder} reads it: the
 * model's opsets and metadata, the graph's nodes, initializers, inputs and outputs. Tensor data
 * stays in the file's bytes ({@link Tensor#raw}) until {@link TensorData} converts a tensor that
 * is used, after its size has been checked.
 */
final class OnnxGraph {
    private OnnxGraph() {
    }

    /** ModelProto: opset per domain ("" is the default ONNX domain), metadata_props as a map. */
    record Model(long irVersion, Map<String, Long> opsets, String producer, Graph graph, Map<String, String> metadata) {
    }

    /** GraphProto; {@code sparseInitializers} counts the sparse ones, which ConvScope does not read. */
    record Graph(List<Node> nodes, List<Tensor> initializers, List<ValueInfo> inputs, List<ValueInfo> outputs,
                 int sparseInitializers) {
    }

    /** NodeProto; attributes by name. */
    record Node(String name, String opType, String domain, List<String> inputs, List<String> outputs,
                Map<String, Attribute> attributes) {

        /** "node 'conv1' (Conv)", or "node 3 (Conv)" for a node without a name, as error messages name it. */
        String describe(int index) {
            return (name.isEmpty() ? "node " + (index + 1) : "node '" + name + "'") + " (" + opType + ")";
        }
    }

    /** AttributeProto: only the field its {@code type} names is meaningful. */
    record Attribute(String name, int type, float f, long i, String s, Tensor t, float[] floats, long[] ints) {
    }

    /**
     * TensorProto. {@code raw} is raw_data (null when absent); the typed fields are empty when
     * absent. {@code external} is set when the data lives in another file.
     */
    record Tensor(String name, long[] dims, int dataType, ByteString raw, float[] floatData, long[] int64Data,
                  int[] int32Data, boolean external) {
    }

    /** ValueInfoProto of a tensor: element type, and dims with -1 for a named or unknown one (null: no shape given). */
    record ValueInfo(String name, int elemType, long[] dims) {
    }
}
