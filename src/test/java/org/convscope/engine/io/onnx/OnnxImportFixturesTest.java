package org.convscope.engine.io.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.layer.spec.Preset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files written by PyTorch's {@code torch.onnx.export} (made by {@code make_fixtures.py} beside
 * them) import as the engine's own layers: the course model at opset 11 (Reshape after
 * Shape/Gather/Unsqueeze/Concat, MatMul + Add) and 17 (Flatten, Gemm), which give back the
 * shipped model's weights bit for bit, and LeNet-5 (Conv with pads, average pooling, tanh) at
 * opset 13. The engine's logits on the imported weights match torch's own.
 */
class OnnxImportFixturesTest {
    private static final Path DIR = Path.of("src/test/resources/onnx");
    private static final int IMAGES = 20;

    @ParameterizedTest
    @ValueSource(strings = {"course-opset11", "course-opset17"})
    void pytorchsCourseModelImportsAsTheShippedOne(String name) throws Exception {
        SavedModel imported = ModelFormats.read(DIR.resolve(name + ".onnx"));
        SavedModel shipped = OnnxTestModels.course();
        // torch has no softmax at the end: the last Dense is linear, the rest is the course model
        assertEquals(ModelSpec.parse("c32k3-p2-c64k3-p2-c64k3-f-d64-d10:linear"), imported.spec());
        assertArrayEquals(shipped.weights(), imported.weights(), "weights bit for bit");
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), imported.classes());
        assertNull(imported.dataset(), "the dataset is left to the user");
        matchesTorch(name, imported, 1e-4f);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lenet5-opset13"})
    void pytorchsLeNetImportsWithItsPadding(String name) throws Exception {
        SavedModel imported = ModelFormats.read(DIR.resolve(name + ".onnx"));
        ModelSpec lenet = Preset.LENET5.spec();
        assertEquals(ModelSpec.parse("c6k5same:tanh-ap2-c16k5:tanh-ap2-f-d120:tanh-d84:tanh-d10:linear"), imported.spec());
        assertEquals(lenet.totalParams(), imported.weights().length);
        matchesTorch(name, imported, 1e-5f);
    }

    private static void matchesTorch(String name, SavedModel model, float tolerance) throws IOException {
        float[] torch = floats(DIR.resolve(name + ".logits.bin"));
        float[] engine = OnnxTestModels.engine(model, OnnxTestModels.mnistImages(IMAGES), IMAGES)[0];
        float diff = OnnxTestModels.maxAbsDiff(torch, engine);
        System.out.printf("%s: engine vs torch logits on %d MNIST test images, max |diff| %.3g%n", name, IMAGES, diff);
        assertTrue(diff <= tolerance, name + ": logits differ from torch's by " + diff);
    }

    private static float[] floats(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        float[] out = new float[b.remaining() / 4];
        b.asFloatBuffer().get(out);
        return out;
    }
}
