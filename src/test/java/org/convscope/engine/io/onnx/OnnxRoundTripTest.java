package org.convscope.engine.io.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.layer.spec.Preset;
import org.convscope.engine.tensor.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export, then import, gives back the architecture, the class names, the dataset and the weights bit for bit. */
class OnnxRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void theCourseModelComesBackBitForBit() throws Exception {
        SavedModel course = OnnxTestModels.course();
        Path file = dir.resolve("course.onnx");
        OnnxExport.write(file, course);
        SavedModel back = ModelFormats.read(file);
        assertEquals(course.spec(), back.spec());
        assertArrayEquals(course.weights(), back.weights());
        assertEquals(course.classes(), back.classes());
        assertEquals(course.dataset(), back.dataset());
        System.out.printf("round trip: course model, %,d weights bit for bit, %s%n", back.weights().length, back.spec().toCompact());
    }

    @Test
    void everyPresetAndLayerKindComesBack() {
        for (Preset p : Preset.values()) same(OnnxTestModels.seeded(p.spec(), p.ordinal()));
        // dropout and a linear last layer are not in the graph: the architecture in the metadata restores them
        same(OnnxTestModels.seeded(ModelSpec.parse("c5k4same-c6k3s2same:sigmoid-ap2x1s1x2-p2-c4k2:tanh-f-dr0.3-d12:linear-tanh-d7:linear",
                Shape.image(3, 15, 13)), 3));
        same(OnnxTestModels.seeded(ModelSpec.parse("f-d10:linear-softmax", Shape.image(1, 5, 5)), 4));
    }

    private static void same(SavedModel model) {
        SavedModel back = OnnxImport.fromBytes(OnnxExport.toBytes(model));
        assertEquals(model.spec(), back.spec(), model.spec().toCompact());
        assertArrayEquals(model.weights(), back.weights(), model.spec().toCompact());
        assertEquals(model.classes(), back.classes());
        assertEquals(model.dataset(), back.dataset());
    }
}
