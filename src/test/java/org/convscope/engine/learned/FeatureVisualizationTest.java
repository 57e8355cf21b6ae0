package org.convscope.engine.learned;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.convscope.data.DatasetKind;
import org.convscope.engine.explain.Course;
import org.convscope.engine.io.SavedModel;
import org.junit.jupiter.api.Test;

/**
 * Feature visualization of the trained course model: the same seed grows the same image, and the target rises
 * from its start by a stated margin: a class's logit by at least 10, a last-layer filter's mean activation by at
 * least 1 (from the grey start, where both are near 0).
 */
class FeatureVisualizationTest {
    private static final DreamOptions SHORT = DreamOptions.defaults().withSteps(64);

    private static FeatureVisualization course() {
        SavedModel m = Course.model(DatasetKind.MNIST);
        return FeatureVisualization.of(m.spec(), m.toSequential().params());
    }

    @Test
    void theClassLogitRisesByAtLeastTen() {
        FeatureVisualization v = course();
        List<Dream> dreams = v.run(List.of(DreamTarget.ofClass(3), DreamTarget.ofClass(7)), SHORT);
        for (Dream d : dreams) {
            assertTrue(d.end() - d.start() >= 10, "class " + d.target().index() + ": " + d.start() + " -> " + d.end());
            assertEquals(v.score(d.target(), d.image()), d.end(), 1e-4, "the end value is the result's");
            for (float p : d.image()) assertTrue(p >= 0 && p <= 1, "pixels stay in 0..1");
        }
        assertEquals(17, dreams.get(0).frames().size(), "the grey start and a frame every 4 of 64 steps");
        assertEquals(64, dreams.get(0).frameSteps()[16]);
    }

    @Test
    void aFiltersMeanActivationRisesByAtLeastOne() {
        Dream d = course().run(List.of(DreamTarget.filter(4, 1)), SHORT).get(0);
        assertTrue(d.end() - d.start() >= 1, "conv2d_2 filter 1: " + d.start() + " -> " + d.end());
    }

    @Test
    void theSameSeedGrowsTheSameImage() {
        FeatureVisualization v = course();
        DreamOptions o = SHORT.withSteps(24);
        List<DreamTarget> targets = List.of(DreamTarget.filter(2, 5), DreamTarget.filter(2, 9));
        List<Dream> a = v.run(targets, o), b = course().run(targets, o), c = v.run(targets, o.withSeed(2));
        for (int i = 0; i < 2; i++) {
            assertEquals(a.get(i).frames().size(), b.get(i).frames().size());
            for (int f = 0; f < a.get(i).frames().size(); f++) assertArrayEquals(a.get(i).frames().get(f), b.get(i).frames().get(f));
            assertArrayEquals(a.get(i).objective(), b.get(i).objective());
            assertFalse(java.util.Arrays.equals(a.get(i).image(), c.get(i).image()), "another seed, another image");
        }
        // one target alone grows as it does in a batch with others
        assertArrayEquals(a.get(1).image(), v.run(List.of(targets.get(1)), o).get(0).image(), 1e-4f);
    }
}
