package org.convscope.ui.files;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import org.convscope.ui.common.ModelFileNames;

/**
 * A model ({@code .cnn.zip}, {@code .onnx}) or session file dropped anywhere on the window opens
 * as File ▸ Open would open it. Other files are left alone (an image dropped on the draw pad is
 * the draw pad's).
 */
public final class FileDrop {
    private FileDrop() {
    }

    public static void install(Node target, FilesViewModel files) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (modelFile(e) != null) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            Path file = modelFile(e);
            if (file == null) return;
            files.open(file);
            e.setDropCompleted(true);
            e.consume();
        });
    }

    /** The first dropped file, if it is one the app opens as a model. */
    static Path modelFile(DragEvent e) {
        List<File> dropped = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
        if (dropped.isEmpty()) return null;
        Path file = dropped.get(0).toPath();
        return ModelFileNames.opensAsModel(file) ? file : null;
    }
}
