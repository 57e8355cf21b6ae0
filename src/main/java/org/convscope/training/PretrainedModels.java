package org.convscope.training;

import java.nio.file.Path;
import org.convscope.data.Assets;
import org.convscope.data.DatasetKind;
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
     * The course models in {@code assets/models/}, each file read once per process (see {@link #prefetch}). A
     * missing or unreadable file means no pretrained model (the app then trains from the seed), reported once on
     * stderr.
     */
    static PretrainedModels inAssets() {
        return (dataset, spec) -> CourseModels.read(courseFile(dataset), dataset.displayName())
                .filter(m -> m.spec().equals(spec) && dataset.id().equals(m.dataset()))
                .orElse(null);
    }

    /**
     * Starts reading {@code dataset}'s course model on a background thread, so that it is there when the window
     * first asks for it: the first read of a model file costs half a second (most of it loading the JSON
     * library), which the app spends while JavaFX starts instead of before its window appears.
     */
    static void prefetch(DatasetKind dataset) {
        Thread t = new Thread(() -> CourseModels.read(courseFile(dataset), dataset.displayName()), "convscope-prefetch");
        t.setDaemon(true);
        t.start();
    }
}
