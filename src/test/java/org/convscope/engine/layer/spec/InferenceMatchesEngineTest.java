package org.convscope.engine.layer.spec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.convscope.engine.model.Inspection;
import org.convscope.engine.model.Inspector;
import org.convscope.engine.model.LayerTap;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.tensor.Shape;
import org.junit.jupiter.api.Test;

/**
 * What the architecture view and the editor show before any training (shapes, parameter counts)
 * is what the built engine then has: for every preset and 300 random buildable architectures,
 * each layer's inferred output shape is the shape of the values the engine outputs for an image,
 * and its inferred parameter count is the number of parameters the engine allocated for it.
 */
class InferenceMatchesEngineTest {

    @Test
    void presetsHaveTheirDocumentedSizes() {
        assertEquals(93_322, Preset.COURSE.spec().totalParams());
        assertEquals(61_706, Preset.LENET5.spec().totalParams());
        assertEquals(13_610, Preset.TINY.spec().totalParams());
        assertEquals(159_626, Preset.DEEPER.spec().totalParams());
        assertEquals(ModelSpec.course(), Preset.COURSE.spec());
        for (Preset p : Preset.values()) {
            p.spec().inferClassifier(10);
            assertEquals(p.spec(), ModelSpec.parse(p.id()), "the id parses as the preset");
            assertEquals(p, Preset.of(p.spec()).orElseThrow());
        }
    }

    @Test
    void everyPresetAsBuilt() {
        for (Preset p : Preset.values()) assertInferenceMatchesEngine(p.spec());
    }

    @Test
    void randomArchitecturesAsBuilt() {
        SplittableRandom r = new SplittableRandom(20250807L);
        for (int i = 0; i < 300; i++) assertInferenceMatchesEngine(RandomArchitectures.next(r));
    }

    static void assertInferenceMatchesEngine(ModelSpec spec) {
        List<LayerInfo> infos = spec.inferClassifier(10);
        Sequential model = Sequential.build(spec, 1);
        float[] image = new float[spec.input().size()];
        for (int i = 0; i < image.length; i++) image[i] = (i % 29) / 29f;
        Inspection seen = Inspector.inspect(model, image);
        long[] params = new long[infos.size()];
        Shape[] outputs = new Shape[infos.size()];
        int[] lengths = new int[infos.size()];
        for (int t = 0; t < model.layers().size(); t++) {
            params[model.specIndexOf(t)] += model.layers().get(t).paramCount();
        }
        for (LayerTap tap : seen.taps()) { // a layer's last runtime part (after its activation) gives its output
            outputs[tap.specIndex()] = tap.outputShape();
            lengths[tap.specIndex()] = tap.output().length;
        }
        long[] inferred = new long[infos.size()];
        Shape[] inferredShapes = new Shape[infos.size()];
        int[] inferredLengths = new int[infos.size()];
        for (LayerInfo info : infos) {
            inferred[info.index()] = info.params();
            inferredShapes[info.index()] = info.output();
            inferredLengths[info.index()] = info.output().size();
        }
        String what = spec.toCompact();
        assertArrayEquals(inferred, params, what);
        assertArrayEquals(inferredShapes, outputs, what);
        assertArrayEquals(inferredLengths, lengths, what);
        assertEquals(spec.totalParams(), model.paramCount(), what);
        assertEquals(10, seen.probabilities().length, what);
    }
}
