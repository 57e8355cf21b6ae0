package org.convscope.engine.io.onnx;

/**
 * The field numbers and enum values of onnx.proto that ConvScope reads and writes: the
 * specification of the format, nothing more. Fields not listed here are skipped when reading.
 */
final class OnnxFields {
    private OnnxFields() {
    }

    /** ModelProto. */
    static final int MODEL_IR_VERSION = 1, MODEL_PRODUCER_NAME = 2, MODEL_PRODUCER_VERSION = 3, MODEL_DOC = 6,
            MODEL_GRAPH = 7, MODEL_OPSET_IMPORT = 8, MODEL_METADATA_PROPS = 14;
    /** OperatorSetIdProto. */
    static final int OPSET_DOMAIN = 1, OPSET_VERSION = 2;
    /** StringStringEntryProto. */
    static final int ENTRY_KEY = 1, ENTRY_VALUE = 2;
    /** GraphProto. */
    static final int GRAPH_NODE = 1, GRAPH_NAME = 2, GRAPH_INITIALIZER = 5, GRAPH_INPUT = 11, GRAPH_OUTPUT = 12,
            GRAPH_SPARSE_INITIALIZER = 15;
    /** NodeProto. */
    static final int NODE_INPUT = 1, NODE_OUTPUT = 2, NODE_NAME = 3, NODE_OP_TYPE = 4, NODE_ATTRIBUTE = 5, NODE_DOMAIN = 7;
    /** AttributeProto. */
    static final int ATTR_NAME = 1, ATTR_F = 2, ATTR_I = 3, ATTR_S = 4, ATTR_T = 5, ATTR_FLOATS = 7, ATTR_INTS = 8,
            ATTR_TYPE = 20;
    /** AttributeProto.AttributeType. */
    static final int ATTR_TYPE_FLOAT = 1, ATTR_TYPE_INT = 2, ATTR_TYPE_STRING = 3, ATTR_TYPE_TENSOR = 4,
            ATTR_TYPE_FLOATS = 6, ATTR_TYPE_INTS = 7;
    /** TensorProto. */
    static final int TENSOR_DIMS = 1, TENSOR_DATA_TYPE = 2, TENSOR_FLOAT_DATA = 4, TENSOR_INT32_DATA = 5,
            TENSOR_INT64_DATA = 7, TENSOR_NAME = 8, TENSOR_RAW_DATA = 9, TENSOR_EXTERNAL_DATA = 13,
            TENSOR_DATA_LOCATION = 14;
    /** TensorProto.DataType. */
    static final int DATA_FLOAT = 1, DATA_INT32 = 6, DATA_INT64 = 7;
    /** ValueInfoProto, TypeProto, TypeProto.Tensor, TensorShapeProto, TensorShapeProto.Dimension. */
    static final int VALUE_NAME = 1, VALUE_TYPE = 2, TYPE_TENSOR = 1, TENSOR_TYPE_ELEM = 1, TENSOR_TYPE_SHAPE = 2,
            SHAPE_DIM = 1, DIM_VALUE = 1, DIM_PARAM = 2;
}
