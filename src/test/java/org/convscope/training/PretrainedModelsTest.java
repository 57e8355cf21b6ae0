package org.convscope.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.convscope.data.Assets;
import org.convscope.data.DatasetKind;
import org.convscope.engine.io.ModelFile;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.layer.spec.ModelSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped course models are found by name, and only offered where they fit. */
class PretrainedModelsTest {
    private static final ModelSpec TINY = ModelSpec.parse("c4k3-p2-f-d10");

    @AfterEach
    void restore() {
        System.clearProperty(Assets.PROPERTY);
    }

    @Test
    void courseFilesAreNamedPerDataset() {
        assertEquals("mnist-course.cnn.zip", PretrainedModels.courseFile(DatasetKind.MNIST).getFileName().toString());
        assertEquals("fashion-course.cnn.zip", PretrainedModels.courseFile(DatasetKind.FASHION_MNIST).getFileName().toString());
        assertEquals("models", PretrainedModels.courseFile(DatasetKind.MNIST).getParent().getFileName().toString());
    }

    @Test
    void offersAModelForItsDatasetAndArchitectureOnlyAndSurvivesABrokenFile(@TempDir Path assets) throws Exception {
        Files.createDirectories(assets.resolve("models"));
        SavedModel mnist = TrainingSessionTest.savedModel(TINY, DatasetKind.MNIST, 3);
        ModelFile.write(assets.resolve("models/mnist-course.cnn.zip"), mnist);
        Files.writeString(assets.resolve("models/fashion-course.cnn.zip"), "not a zip");
        System.setProperty(Assets.PROPERTY, assets.toString());

        PretrainedModels shipped = PretrainedModels.inAssets();
        SavedModel found = shipped.find(DatasetKind.MNIST, TINY);
        assertNotNull(found);
        assertEquals(mnist.withoutOptimizer(), found);
        assertNull(shipped.find(DatasetKind.MNIST, ModelSpec.course()), "another architecture starts from its seed");
        assertNull(shipped.find(DatasetKind.FASHION_MNIST, TINY), "an unreadable file is no pretrained model, not a crash");
    }
}
