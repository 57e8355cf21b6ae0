package org.convscope.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.convscope.data.DatasetException;
import org.convscope.engine.io.ModelFile;
import org.convscope.engine.io.SavedModel;

/**
 * The pretrained models read so far in this process, by file: each is read once, whoever asks first (the
 * window, or {@link PretrainedModels#prefetch} before it), and a second asker waits for that read instead of
 * starting its own. A file changed on disk since (size or time) is read again.
 */
final class CourseModels {
    private record Key(Path file, long size, long modified) {
    }

    private static final ConcurrentMap<Key, Optional<SavedModel>> READ = new ConcurrentHashMap<>();

    private CourseModels() {
    }

    /**
     * The model in {@code file} without its optimizer state, or empty if there is none or it cannot be read
     * (then said on stderr, naming the model as {@code name}).
     */
    static Optional<SavedModel> read(Path file, String name) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException missing) {
            return Optional.empty();
        }
        if (!attributes.isRegularFile()) return Optional.empty();
        Key key = new Key(file.toAbsolutePath(), attributes.size(), attributes.lastModifiedTime().toMillis());
        return READ.computeIfAbsent(key, k -> readNow(k.file(), name));
    }

    private static Optional<SavedModel> readNow(Path file, String name) {
        try {
            return Optional.of(ModelFile.read(file).withoutOptimizer());
        } catch (IOException | DatasetException | IllegalArgumentException e) {
            System.err.println("ConvScope: pretrained " + name + " model not loaded: " + e.getMessage());
            return Optional.empty();
        }
    }
}
