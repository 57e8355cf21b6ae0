package org.convscope.ui.featuremaps;

import org.convscope.data.Dataset;
import org.convscope.data.DatasetKind;
import org.convscope.data.Datasets;
import org.convscope.data.Split;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.Inspection;
import org.convscope.engine.model.Inspector;
import org.convscope.engine.model.Sequential;

/** The course model (freshly initialised, seeded) looking at a real test image: what the tests inspect. */
final class CourseProbe {
    static final int[] MAP_COUNTS = {1, 32, 32, 32, 64, 64, 64, 64, 64}; // input, then each image output in order

    private CourseProbe() {
    }

    static Sequential model() {
        return Sequential.build(ModelSpec.course(), 7);
    }

    static float[] testImage(DatasetKind kind, int index) {
        Dataset test = Datasets.load(kind, Split.TEST);
        float[] px = new float[test.imageSize()];
        test.writeNormalised(index, px, 0);
        return px;
    }

    private static final java.util.Map<String, Inspection> SEEN = new java.util.concurrent.ConcurrentHashMap<>();

    /** Inspected once per image and kept: an Inspection is never written after it is made. */
    static Inspection inspect(DatasetKind kind, int index) {
        return SEEN.computeIfAbsent(kind + ":" + index, k -> Inspector.inspect(model(), testImage(kind, index)));
    }
}
