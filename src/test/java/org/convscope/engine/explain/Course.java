package org.convscope.engine.explain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.convscope.data.Dataset;
import org.convscope.data.DatasetKind;
import org.convscope.data.Datasets;
import org.convscope.data.Split;
import org.convscope.engine.io.ModelFile;
import org.convscope.engine.io.SavedModel;

/** The committed course models and real test images: what the explanation tests look at. */
public final class Course {
    private Course() {
    }

    /** The course model trained on {@code kind} (assets/models), read from the repository. */
    public static SavedModel model(DatasetKind kind) {
        String name = kind == DatasetKind.FASHION_MNIST ? "fashion" : "mnist";
        try {
            return ModelFile.read(Path.of("assets/models/" + name + "-course.cnn.zip"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Test image {@code index} of {@code kind}: [1,28,28], 0..1. */
    public static float[] image(DatasetKind kind, int index) {
        Dataset test = Datasets.load(kind, Split.TEST);
        float[] px = new float[test.imageSize()];
        test.writeNormalised(index, px, 0);
        return px;
    }

    public static int label(DatasetKind kind, int index) {
        return Datasets.load(kind, Split.TEST).label(index);
    }
}
