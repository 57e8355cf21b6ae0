package org.convscope.engine.io.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.convscope.engine.io.ModelFileException;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.tensor.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the import refuses, each in one line that names the node and the op where there is one. */
class OnnxRefusalTest {
    private static final long[] K3 = {3, 3};

    @TempDir
    Path dir;

    private String refusal(byte[] onnx) throws Exception {
        Path file = Files.write(dir.resolve("m.onnx"), onnx);
        return assertThrows(ModelFileException.class, () -> ModelFormats.read(file)).getMessage();
    }

    // input → Conv(3×3, 2 filters) → Relu → Flatten → Gemm(→3)
    private static OnnxBuilder chain(long channels) {
        return new OnnxBuilder().input("x", channels, 5, 5).weights("w", 2, channels, 3, 3).weights("b", 2)
                .weights("dw", 3, 18).weights("db", 3)
                .node("Conv", List.of("x", "w", "b"), "conv", "kernel_shape", K3)
                .node("Relu", List.of("conv"), "relu")
                .node("Flatten", List.of("relu"), "flat")
                .node("Gemm", List.of("flat", "dw", "db"), "out")
                .output("out", 3);
    }

    @Test
    void aPlainChainImports() throws Exception {
        Path file = Files.write(dir.resolve("m.onnx"), chain(1).bytes());
        // Gemm without transB: the weights are [inputs, units] = [18, 3], here written [3, 18]: refused …
        assertEquals("m.onnx: node 'out' (Gemm)'s weights are [3, 18], which does not fit its 18 inputs (transB = 0)",
                assertThrows(ModelFileException.class, () -> ModelFormats.read(file)).getMessage());
        // … and with the right orientation it loads
        OnnxBuilder ok = new OnnxBuilder().input("x", 3, 5, 5).weights("w", 2, 3, 3, 3).weights("b", 2)
                .weights("dw", 8, 3).weights("db", 3)
                .node("Conv", List.of("x", "w", "b"), "conv", "kernel_shape", K3, "pads", new long[] {1, 1, 1, 1})
                .node("Relu", List.of("conv"), "relu").node("MaxPool", List.of("relu"), "pool", "kernel_shape", new long[] {2, 2},
                        "strides", new long[] {2, 2})
                .node("Flatten", List.of("pool"), "flat").node("Gemm", List.of("flat", "dw", "db"), "out").output("out", 3);
        Path good = Files.write(dir.resolve("ok.onnx"), ok.bytes());
        assertEquals(ModelSpec.parse("c2k3same-p2-f-d3:linear", Shape.image(3, 5, 5)), ModelFormats.read(good).spec());
    }

    @Test
    void anUnsupportedOpIsNamed() throws Exception {
        byte[] onnx = new OnnxBuilder().input("x", 1, 5, 5).node("LeakyRelu", List.of("x"), "leaky").output("leaky", 1, 5, 5).bytes();
        assertEquals("m.onnx: node 'leaky' (LeakyRelu) is not supported; ConvScope reads Conv, MaxPool, AveragePool, Relu, Tanh, "
                + "Sigmoid, Softmax, Flatten, Reshape, Gemm, MatMul, Add, Dropout, Identity and a Pad of zeros", refusal(onnx));
    }

    @Test
    void aBranchIsRefused() throws Exception {
        byte[] onnx = new OnnxBuilder().input("x", 1, 5, 5)
                .node("Relu", List.of("x"), "a").node("Tanh", List.of("x"), "b").output("a", 1, 5, 5).output("b", 1, 5, 5).bytes();
        assertEquals("m.onnx: value 'x' feeds node 'a' (Relu) and node 'b' (Tanh): a branch; ConvScope reads sequential models, "
                + "one layer after another", refusal(onnx));
    }

    @Test
    void anInputOfTwoChannelsIsRefused() throws Exception {
        assertEquals("m.onnx: input 'x' has 2 channels; ConvScope reads grey (1) or colour (3) images", refusal(chain(2).bytes()));
    }

    @Test
    void sizesOverTheEnginesLimitsAreRefusedBeforeAnythingIsMade() throws Exception {
        byte[] huge = new OnnxBuilder().input("x", 3, 100_000, 100_000).node("Relu", List.of("x"), "r").output("r", 3, 100_000, 100_000).bytes();
        assertEquals("m.onnx: input 'x' is 100000×100000×3, more than the 100,000,000 values per example ConvScope allows", refusal(huge));
        // a Conv whose output would have 64 × 10,000 × 10,000 values, from a few hundred bytes of weights
        byte[] wide = new OnnxBuilder().input("x", 1, 10_000, 10_000).weights("w", 64, 1, 1, 1).weights("b", 64)
                .node("Conv", List.of("x", "w", "b"), "conv").output("conv", 64, 10_000, 10_000).bytes();
        assertEquals("m.onnx: node 'conv' (Conv) outputs 6,400,000,000 values per example; ConvScope allows at most 100,000,000",
                refusal(wide));
    }

    @Test
    void paddingThatIsNeitherValidNorSameIsRefused() throws Exception {
        byte[] onnx = new OnnxBuilder().input("x", 1, 5, 5).weights("w", 2, 1, 3, 3)
                .node("Conv", List.of("x", "w"), "conv", "pads", new long[] {2, 2, 2, 2}).output("conv", 2, 7, 7).bytes();
        assertEquals("m.onnx: node 'conv' (Conv) has pads [2, 2, 2, 2]; ConvScope pads 'valid' (none) or 'same' ([1, 1, 1, 1] here)",
                refusal(onnx));
    }

    @Test
    void otherFilesAreRefusedInOneLine() throws Exception {
        assertEquals("m.onnx is damaged (not a valid ONNX protobuf: While parsing a protocol message, the input ended unexpectedly in "
                + "the middle of a field.  This could mean either that the input has been truncated or that an embedded message "
                + "misreported its own length.)", refusal(new byte[] {0x3a, 0x10, 1}));
        assertEquals("m.onnx: the model uses opset 9; ConvScope reads opsets 11 to 22",
                refusal(chain(1).opset(9).bytes()));
        assertEquals("m.onnx: the file is empty (0 bytes), not a model", refusal(new byte[0]));
    }
}
