package org.convscope.engine.io.onnx;

import java.nio.file.Path;
import java.util.Locale;
import org.convscope.engine.io.ModelFile;
import org.convscope.engine.io.ModelFileException;
import org.convscope.engine.io.SavedModel;

/**
 * The one place that reads a model from a file of either format, by its name: {@code .onnx}
 * through {@link OnnxImport}, anything else (a {@code .cnn.zip}, a session) through
 * {@link ModelFile}. Every command's {@code --model} and the app's File ▸ Open come through here.
 */
public final class ModelFormats {
    private ModelFormats() {
    }

    /** Whether {@code file} is named as an ONNX model. */
    public static boolean isOnnx(Path file) {
        Path n = file.getFileName();
        return n != null && n.toString().toLowerCase(Locale.ROOT).endsWith(OnnxImport.EXTENSION);
    }

    /** Reads a model file of either format; every problem is one {@link ModelFileException}. */
    public static SavedModel read(Path file) throws ModelFileException {
        return isOnnx(file) ? OnnxImport.read(file) : ModelFile.read(file);
    }
}
