package org.convscope.engine.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.convscope.engine.TestArrays;
import org.convscope.engine.layer.Layer;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.layer.spec.Preset;
import org.convscope.engine.layer.spec.RandomArchitectures;
import org.convscope.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * The fused inference path gives the logits of the layer-by-layer forward pass bit for bit (so
 * Test results and evaluation never disagree with the views), on the presets and random
 * architectures, one image or many, on one thread or two; and it leaves the model's taps alone.
 */
class InferencePlanTest {

    @Test
    void presetsGiveTheSameBits() {
        for (Preset p : Preset.values()) {
            for (int n : new int[] {1, 7, 33}) assertSameLogits(p.spec(), n, p.ordinal() * 100L + n);
        }
    }

    @Test
    void randomArchitecturesGiveTheSameBits() {
        SplittableRandom r = new SplittableRandom(20261205L);
        for (int i = 0; i < 80; i++) assertSameLogits(RandomArchitectures.next(r), 1 + r.nextInt(5), i);
    }

    @Test
    void wideConvolutionsWithOverlappingAndLinearPoolingsGiveTheSameBits() {
        for (String arch : new String[] {"c16k3-c64k3-p3s2-c128k2:linear-p2-f-d10", "c64k3:linear-p2x3s1x2-c64k3-relu-p2-f-d10"}) {
            assertSameLogits(ModelSpec.parse(arch), 5, arch.hashCode());
        }
    }

    @Test
    void dataParallelLogitsAreTheForwardPassOnAnyNumberOfThreads() {
        ModelSpec spec = ModelSpec.course();
        Sequential model = Sequential.build(spec, 11);
        int n = 61; // chunks of any size leave a ragged last one
        float[] x = TestArrays.uniform(new SplittableRandom(5), n * spec.input().size(), 0, 1);
        float[] expected = Arrays.copyOf(model.forward(new Tensor(n, spec.input(), x), false).data(), n * 10);
        for (int threads = 1; threads <= 2; threads++) {
            try (DataParallel dp = new DataParallel(model, threads)) {
                float[] out = new float[n * 10];
                dp.logits(x, n, out);
                assertArrayEquals(expected, out, threads + " thread(s)");
            }
        }
    }

    @Test
    void thePlanLeavesTheModelsTapsAlone() {
        ModelSpec spec = ModelSpec.course();
        Sequential model = Sequential.build(spec, 4);
        SplittableRandom rng = new SplittableRandom(8);
        model.probabilities(new Tensor(1, spec.input(), TestArrays.uniform(rng, spec.input().size(), 0, 1)));
        float[][] before = model.layers().stream().map(l -> l.lastOutput().copy().data()).toArray(float[][]::new);
        InferencePlan.of(model).logits(new Tensor(3, spec.input(), TestArrays.uniform(rng, 3 * spec.input().size(), 0, 1)));
        for (int i = 0; i < before.length; i++) {
            Layer l = model.layers().get(i);
            assertTrue(l.lastOutput().batch() == 1, "layer " + i + " still holds one image");
            assertArrayEquals(before[i], Arrays.copyOf(l.lastOutput().data(), before[i].length), "taps of layer " + i);
        }
    }

    // weights wide enough that many ReLUs and poolings see negative values and zeros
    private static void assertSameLogits(ModelSpec spec, int n, long seed) {
        Sequential model = Sequential.build(spec, seed);
        SplittableRandom rng = new SplittableRandom(seed);
        model.importWeights(TestArrays.uniform(rng, model.paramCount(), -0.5, 0.5));
        float[] x = TestArrays.uniform(rng, n * spec.input().size(), -0.2, 1);
        Tensor tapped = model.forward(new Tensor(n, spec.input(), x.clone()), false);
        float[] expected = Arrays.copyOf(tapped.data(), tapped.length());
        Tensor fused = InferencePlan.of(model).logits(new Tensor(n, spec.input(), x.clone()));
        assertArrayEquals(expected, Arrays.copyOf(fused.data(), fused.length()), spec.toCompact() + ", batch " + n);
    }
}
