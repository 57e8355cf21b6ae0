package org.convscope.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.convscope.data.Assets;
import org.convscope.data.DatasetKind;
import org.convscope.data.DatasetException;
import org.convscope.engine.io.ModelFile;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.layer.spec.ModelSpec;

/**
 * Where a new model's weights may come from instead of the seed: the course models shipped in
 * {@code assets/models/} ({@code mnist-course.cnn.zip}, {@code fashion-course.cnn.zip}, trained by
 * our own CLI; {@code assets/models/README.md} has the commands). A model is offered only for the
 * dataset and the exact architecture it was trained with.
 */
@FunctionalInterface
public interface PretrainedModels {
    /** No pretrained models: every model starts from its seed. */
    PretrainedModels NONE = (dataset, spec) -> null;

    /** A model trained on {@code dataset} with architecture {@code spec}, or null if there is none. */
    SavedModel find(DatasetKind dataset, ModelSpec spec);

    /** The shipped course model's file for {@code dataset} (it may not exist). */
    static Path courseFile(DatasetKind dataset) {
        String name = dataset == DatasetKind.FASHION_MNIST ? "fashion" : dataset.id();
        return Assets.directory().resolve("models").resolve(name + "-course" + ModelFile.EXTENSION);
    }

    /**
     * The course models in {@code assets/models/}, each read once. A missing or unreadable file
     * means no pretrained model (the app then trains from the seed), reported once on stderr.
     */
    static PretrainedModels inAssets() {
        Map<DatasetKind, Optional<SavedModel>> cache = new ConcurrentHashMap<>();
        return (dataset, spec) -> cache.computeIfAbsent(dataset, PretrainedModels::readCourseModel)
                .filter(m -> m.spec().equals(spec) && dataset.id().equals(m.dataset()))
                .orElse(null);
    }

    private static Optional<SavedModel> readCourseModel(DatasetKind dataset) {
        try {
            Path file = courseFile(dataset);
            if (!Files.isRegularFile(file)) return Optional.empty();
            return Optional.of(ModelFile.read(file).withoutOptimizer());
        } catch (IOException | DatasetException | IllegalArgumentException e) {
            System.err.println("ConvScope: pretrained " + dataset.displayName() + " model not loaded: " + e.getMessage());
            return Optional.empty();
        }
    }
}
