package org.convscope.ui.common;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Which file names the app opens as a model: a model file ({@code .cnn.zip}), a session
 * ({@code .convscope}) or an ONNX model ({@code .onnx}). A drop target that takes other files
 * (the draw pad takes images) leaves these to the window.
 */
public final class ModelFileNames {
    private ModelFileNames() {
    }

    public static boolean opensAsModel(Path file) {
        Path n = file.getFileName();
        if (n == null) return false;
        String name = n.toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".cnn.zip") || name.endsWith(".convscope") || name.endsWith(".onnx");
    }
}
