package org.convscope.ui.convstep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.convscope.data.Assets;
import org.convscope.data.ColourImage;
import org.convscope.images.ColourFiles;
import org.convscope.ui.common.TaskRunner;

/**
 * The colour sandbox's pictures: the sample photos in {@code assets/photos} (public domain or CC0, see
 * its README) and any picture the user opens, decoded off the FX thread.
 */
final class Photos {
    private final TaskRunner tasks;

    Photos(TaskRunner tasks) {
        this.tasks = tasks;
    }

    /** The bundled photos by name, or none when the assets cannot be found. */
    static List<Path> bundled() {
        try (Stream<Path> files = Files.list(Assets.directory().resolve("photos"))) {
            return files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")).sorted().toList();
        } catch (IOException | RuntimeException e) {
            return List.of(); // the sandbox still has its own colours to show
        }
    }

    /** A photo's name without its extension ({@code chelsea}), for its caption. */
    static String name(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** Decodes {@code file} and hands it to {@code done}, or the reason it could not to {@code failed}. */
    void open(Path file, Consumer<ColourImage> done, Consumer<String> failed) {
        tasks.run(() -> {
            try {
                return ColourFiles.read(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, done, e -> failed.accept(e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
    }
}
