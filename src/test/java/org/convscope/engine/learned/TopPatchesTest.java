package org.convscope.engine.learned;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.convscope.data.DatasetKind;
import org.convscope.engine.TestArrays;
import org.convscope.engine.explain.Course;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.layer.spec.Conv2DSpec;
import org.convscope.engine.layer.spec.LayerSpec;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.layer.spec.Padding;
import org.convscope.engine.layer.spec.Activation;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.parallel.WorkerPool;
import org.convscope.engine.tensor.Shape;
import org.convscope.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * The proof of the top patches: each stored patch, run alone through the layers up to its convolution (every
 * padding made 'valid', so nothing outside the patch can enter), gives exactly one value per filter, and that
 * value is the stored response; so the receptive field is neither too small (the output would not be 1×1, or
 * would differ) nor misplaced. Checked for strides, 'same' padding, max and average pooling and pooling whose
 * stride is not its size; and the ranking is each filter's best images, whatever the number of threads.
 */
class TopPatchesTest {

    @Test
    void theTrainedCourseModelsPatchesGiveBackTheirActivationsAlone() {
        SavedModel m = Course.model(DatasetKind.MNIST);
        float[] images = new float[300 * 784];
        for (int i = 0; i < 300; i++) System.arraycopy(Course.image(DatasetKind.MNIST, i), 0, images, i * 784, 784);
        Sequential model = m.toSequential();
        TopPatches top = find(model, ImageSource.of(model.inputShape(), images), 1);
        assertEquals(160, top.filterCount(), "32 + 64 + 64 filters");
        assertEveryPatchRecomputes(model, top);
        TopPatches.LayerPatches last = top.layer(4);
        assertEquals(18, last.field().sizeH());
        assertEquals(18 * 18, last.filters().get(0).get(0).pixels().length);
    }

    @Test
    void strideSamePaddingAndBothPoolingsGiveBackTheirActivationsAlone() {
        for (String arch : List.of("c6k5s2same-p3s2-c8k3:tanh-ap2-f-d10", "c5k3same-ap2-c7k2s2-p2-f-d10", "c4k4s3-p2s1-c6k2-f-d10")) {
            ModelSpec spec = ModelSpec.parse(arch);
            Sequential model = Sequential.build(spec, 7);
            SplittableRandom rng = new SplittableRandom(arch.hashCode());
            TopPatches top = find(model, ImageSource.of(spec.input(), TestArrays.uniform(rng, 120 * 784, 0, 1)), 1);
            assertEveryPatchRecomputes(model, top);
        }
    }

    @Test
    void eachFilterKeepsItsBestImagesWhateverTheThreads() {
        ModelSpec spec = ModelSpec.parse("c6k3-p2-c8k3-f-d10");
        Sequential model = Sequential.build(spec, 3);
        ImageSource images = ImageSource.of(spec.input(), TestArrays.uniform(new SplittableRandom(3), 230 * 784, 0, 1));
        TopPatches one = find(model, images, 1), two = find(model, images, 2);
        for (int l = 0; l < one.layers().size(); l++) {
            TopPatches.LayerPatches a = one.layers().get(l), b = two.layers().get(l);
            for (int f = 0; f < a.filters().size(); f++) {
                List<TopPatches.Patch> pa = a.filters().get(f), pb = b.filters().get(f);
                assertEquals(pa.size(), pb.size());
                for (int k = 0; k < pa.size(); k++) {
                    assertEquals(pa.get(k).image(), pb.get(k).image());
                    assertEquals(pa.get(k).response(), pb.get(k).response());
                    assertArrayEquals(pa.get(k).pixels(), pb.get(k).pixels());
                }
                assertEquals(bestImages(model, images, a, f), pa.stream().map(TopPatches.Patch::image).toList(),
                        a.name() + " filter " + f + ": the images whose strongest response is largest");
            }
        }
    }

    private static TopPatches find(Sequential model, ImageSource images, int threads) {
        try (WorkerPool pool = new WorkerPool(threads)) {
            return TopPatches.find(model, images, images.count(), TopPatches.DEFAULT_PER_FILTER, pool);
        }
    }

    // runs every patch through the layers up to its convolution with 'valid' padding, and compares
    private static void assertEveryPatchRecomputes(Sequential model, TopPatches top) {
        for (TopPatches.LayerPatches lp : top.layers()) {
            ReceptiveField rf = lp.field();
            Shape patchShape = Shape.image(model.inputShape().channels(), rf.sizeH(), rf.sizeW());
            ModelSpec prefix = new ModelSpec(patchShape, validPrefix(model.spec(), lp.layer()));
            Sequential alone = Sequential.build(prefix, 0);
            System.arraycopy(model.params(), 0, alone.params(), 0, alone.paramCount()); // the same layers come first
            int conv = 0;
            while (alone.specIndexOf(conv) != lp.layer()) conv++;
            int checked = 0;
            for (int f = 0; f < lp.filters().size(); f++) {
                for (TopPatches.Patch p : lp.filters().get(f)) {
                    alone.forward(Tensor.fromNchw(1, patchShape, p.pixels()), false);
                    Tensor out = alone.layers().get(conv).lastOutput(); // out: [1,1,1,F]
                    assertEquals(Shape.image(lp.output().channels(), 1, 1), out.shape(), "the patch is exactly one window");
                    float expected = p.response(), actual = out.data()[f];
                    assertEquals(expected, actual, 1e-4 * Math.max(1, Math.abs(expected)),
                            lp.name() + " filter " + f + ", image " + p.image() + " at (" + p.row() + ", " + p.column() + ")");
                    assertEquals(activate(model.spec().layers().get(lp.layer()).activation(), expected), p.activation(), 1e-6,
                            "the activation is the response through the layer's activation");
                    checked++;
                }
            }
            assertEquals(lp.filters().size() * TopPatches.DEFAULT_PER_FILTER, checked, "every filter has its nine patches");
        }
    }

    private static float activate(Activation fn, float z) {
        return switch (fn) {
            case RELU -> Math.max(0, z);
            case TANH -> (float) Math.tanh(z);
            case LINEAR -> z;
            default -> throw new IllegalArgumentException(fn.toString());
        };
    }

    private static List<LayerSpec> validPrefix(ModelSpec spec, int last) {
        List<LayerSpec> out = new ArrayList<>();
        for (int i = 0; i <= last; i++) {
            LayerSpec s = spec.layers().get(i);
            if (s instanceof Conv2DSpec c) {
                s = new Conv2DSpec(c.filters(), c.kernelH(), c.kernelW(), c.strideH(), c.strideW(), Padding.VALID, c.activation());
            }
            out.add(s);
        }
        return out;
    }

    // brute force: every image's strongest response of filter f, the best nine (ties: the earlier image)
    private static List<Integer> bestImages(Sequential model, ImageSource images, TopPatches.LayerPatches lp, int f) {
        int conv = 0;
        while (model.specIndexOf(conv) != lp.layer()) conv++;
        List<float[]> scored = new ArrayList<>();
        for (int i = 0; i < images.count(); i++) {
            model.forward(Tensor.fromNchw(1, images.shape(), images.image(i)), false);
            float[] z = model.layers().get(conv).lastOutput().data(); // z: [1,OH,OW,F]
            float best = Float.NEGATIVE_INFINITY;
            for (int p = f; p < z.length; p += lp.output().channels()) best = Math.max(best, z[p]);
            scored.add(new float[] {best, i});
        }
        scored.sort(Comparator.comparingDouble((float[] s) -> -s[0]).thenComparingDouble(s -> s[1]));
        return scored.subList(0, TopPatches.DEFAULT_PER_FILTER).stream().map(s -> (int) s[1]).toList();
    }
}
