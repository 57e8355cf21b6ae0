package org.convscope.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.Image;

/**
 * Pictures the UI tests save for a human to look at, in the folder named by {@code convscope.snapshots}
 * (default {@code target/snapshots}), written by the app's own {@link Snapshots#writePng}.
 */
public final class SnapshotFiles {
    private SnapshotFiles() {
    }

    /** Saves {@code image} as {@code name} (with its {@code .png}) in the snapshot folder, which is made if missing. */
    public static Path save(Image image, String name) {
        Path file = Path.of(System.getProperty("convscope.snapshots", "target/snapshots"), name);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Snapshots.writePng(image, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
