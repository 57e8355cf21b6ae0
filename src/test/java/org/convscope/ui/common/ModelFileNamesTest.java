package org.convscope.ui.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What a drop on the window (FileDrop) opens as a model: model files, sessions and ONNX files, whatever the case. */
class ModelFileNamesTest {
    @Test
    void modelsSessionsAndOnnxFilesOpenAsModels() {
        for (String name : new String[] {"digits.cnn.zip", "lesson.convscope", "course-opset17.onnx", "FROM-PYTORCH.ONNX", "dir/a.Cnn.Zip"}) {
            assertTrue(ModelFileNames.opensAsModel(Path.of(name)), name);
        }
    }

    @Test
    void imagesAndOtherFilesAreLeftToTheirOwnDropTargets() {
        for (String name : new String[] {"seven.png", "weights.zip", "model.onnx.txt", "onnx", "notes.pb"}) {
            assertFalse(ModelFileNames.opensAsModel(Path.of(name)), name);
        }
        assertFalse(ModelFileNames.opensAsModel(Path.of("/")), "the root has no file name");
    }
}
