package org.convscope.engine.io.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.tensor.Shape;
import org.junit.jupiter.api.Test;

/** The ways other exporters write the same layers: float_data, Constant nodes, no bias, MatMul without Add, Dropout's mask, opset 11's softmax. */
class OnnxImportFormsTest {

    @Test
    void weightsInFloatDataOrConstantNodesReadAsRawData() {
        byte[] raw = new OnnxBuilder().input("x", 1, 4, 4).weights("w", 2, 1, 3, 3).weights("b", 2).weights("dw", 3, 8).weights("db", 3)
                .node("Conv", List.of("x", "w", "b"), "conv").node("Flatten", List.of("conv"), "flat")
                .node("Gemm", List.of("flat", "dw", "db"), "out", "transB", 1L).output("out", 3).bytes();
        byte[] other = new OnnxBuilder().input("x", 1, 4, 4).weightsAsFloatData("w", 2, 1, 3, 3).constant("b", 2)
                .weightsAsFloatData("dw", 3, 8).constant("db", 3)
                .node("Conv", List.of("x", "w", "b"), "conv").node("Flatten", List.of("conv"), "flat")
                .node("Gemm", List.of("flat", "dw", "db"), "out", "transB", 1L).output("out", 3).bytes();
        SavedModel a = OnnxImport.fromBytes(raw), b = OnnxImport.fromBytes(other);
        assertEquals(ModelSpec.parse("c2k3:linear-f-d3:linear", Shape.image(1, 4, 4)), a.spec());
        assertEquals(a.spec(), b.spec());
        assertArrayEquals(a.weights(), b.weights());
    }

    @Test
    void aMissingBiasIsZeroAndMatMulWithoutAddHasNone() {
        byte[] onnx = new OnnxBuilder().input("x", 3, 4, 4).weights("w", 2, 3, 3, 3).weights("dw", 8, 3)
                .node("Conv", List.of("x", "w"), "conv").node("Relu", List.of("conv"), "relu")
                .node("Flatten", List.of("relu"), "flat").node("MatMul", List.of("flat", "dw"), "out").output("out", 3).bytes();
        SavedModel m = OnnxImport.fromBytes(onnx);
        assertEquals(ModelSpec.parse("c2k3-f-d3:linear", Shape.image(3, 4, 4)), m.spec());
        float[] w = m.weights();
        assertArrayEquals(new float[2], Arrays.copyOfRange(w, 54, 56), "conv bias");
        assertArrayEquals(new float[3], Arrays.copyOfRange(w, 56 + 24, 56 + 27), "dense bias");
    }

    @Test
    void dropoutPassesThroughUnlessItsMaskIsUsed() {
        OnnxBuilder quiet = new OnnxBuilder().input("x", 1, 4, 4).node("Flatten", List.of("x"), "flat")
                .node("Dropout", List.of("flat"), List.of("drop", "mask")).weights("dw", 3, 16).weights("db", 3)
                .node("Gemm", List.of("drop", "dw", "db"), "out", "transB", 1L).output("out", 3);
        assertEquals(ModelSpec.parse("f-d3:linear", Shape.image(1, 4, 4)), OnnxImport.fromBytes(quiet.bytes()).spec());
        OnnxBuilder used = new OnnxBuilder().input("x", 1, 4, 4).node("Flatten", List.of("x"), "flat")
                .node("Dropout", List.of("flat"), List.of("drop", "mask")).output("drop", 16).output("mask", 16);
        assertEquals("node 'drop' (Dropout)'s second output 'mask' is used; ConvScope reads one result per layer",
                assertThrows(OnnxProblem.class, () -> OnnxImport.fromBytes(used.bytes())).getMessage());
    }

    @Test
    void opsetElevensSoftmaxTakesAxisOne() {
        byte[] onnx = new OnnxBuilder().opset(11).input("x", 1, 4, 4).node("Flatten", List.of("x"), "flat")
                .weights("dw", 3, 16).weights("db", 3).node("Gemm", List.of("flat", "dw", "db"), "logits", "transB", 1L)
                .node("Softmax", List.of("logits"), "probs").output("logits", 3).output("probs", 3).bytes();
        assertEquals(ModelSpec.parse("f-d3:softmax", Shape.image(1, 4, 4)), OnnxImport.fromBytes(onnx).spec());
    }
}
