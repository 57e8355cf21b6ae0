package org.convscope.cli;

import java.nio.file.Files;
import java.nio.file.Path;

final class ModelFiles {
    private ModelFiles() {
    }

    /** Fails before a long training, not after it, when the model could not be saved. */
    static void checkWritable(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("cannot save to " + file + ": folder " + dir + " does not exist");
        }
        if (!Files.isWritable(dir)) throw new IllegalArgumentException("cannot save to " + file + ": folder is not writable");
        if (Files.isDirectory(file)) throw new IllegalArgumentException("cannot save to " + file + ": it is a folder");
    }
}
