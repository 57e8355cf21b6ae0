package org.convscope.engine.explain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.convscope.data.DatasetKind;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.model.DataParallel;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.optim.Optimizer;
import org.convscope.engine.optim.OptimizerConfig;
import org.convscope.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;

/** Explaining takes no step and writes nothing outside the explainer; the same image and weights give the same maps. */
class ExplainerTest {
    private static final SavedModel MODEL = Course.model(DatasetKind.MNIST);
    private static final float[] SEVEN = Course.image(DatasetKind.MNIST, 0);

    private static Map<Method, Explanation> everyMethod(Explainer e) {
        Map<Method, Explanation> maps = new EnumMap<>(Method.class);
        for (Method m : Method.values()) maps.put(m, e.explain(SEVEN, ExplainOptions.of(m)));
        return maps;
    }

    @Test
    void theSourceModelIsNeitherTrainedNorWritten() {
        Sequential source = MODEL.toSequential();
        source.zeroGrads();
        float[] params = source.params().clone(), grads = source.grads().clone();
        Tensor x = new Tensor(1, source.inputShape(), SEVEN);
        Sequential.Output before = source.infer(x, 0);
        Map<Method, Explanation> maps = everyMethod(Explainer.of(source.spec(), source.params()));
        assertArrayEquals(params, source.params(), "no step was taken");
        assertArrayEquals(grads, source.grads(), "no gradient was written");
        Explanation saliency = maps.get(Method.SALIENCY);
        assertArrayEquals(before.probabilities(), saliency.probabilities(), "the explained prediction is the model's");
        assertArrayEquals(before.logits(), saliency.logits());
        assertEquals(7, saliency.predicted());
        for (Explanation e : maps.values()) {
            assertEquals(28, e.width());
            assertEquals(784, e.map().length);
            assertTrue(e.maxAbs() > 0, e + " is not all 0");
            assertEquals(e.method() == Method.GRADCAM ? 4 : -1, e.layer(), "Grad-CAM weighs the last convolution by default");
        }
    }

    @Test
    void theSameSnapshotGivesTheSameMapsWhileTrainingRunsElsewhere() throws InterruptedException {
        Sequential live = MODEL.toSequential();
        float[] snapshot = live.params().clone(); // what a TrainingSnapshot hands the UI
        Explainer explainer = Explainer.of(live.spec(), snapshot);
        Map<Method, Explanation> still = everyMethod(explainer);

        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong steps = new AtomicLong();
        Thread training = new Thread(() -> {
            try (DataParallel dp = new DataParallel(live, 1)) {
                Optimizer adam = Optimizer.create(OptimizerConfig.adam(), live.paramCount());
                SplittableRandom rng = new SplittableRandom(3);
                float[] x = new float[32 * 784];
                int[] labels = new int[32];
                while (!stop.get()) {
                    for (int i = 0; i < x.length; i++) x[i] = (float) rng.nextDouble();
                    for (int i = 0; i < labels.length; i++) labels[i] = rng.nextInt(10);
                    dp.trainStep(x, labels, 32, adam);
                    steps.incrementAndGet();
                }
            }
        }, "training-elsewhere");
        training.start();
        try {
            for (int round = 0; round < 3; round++) {
                assertEquals(still, everyMethod(explainer), "round " + round + " on the same explainer");
            }
            assertEquals(still, everyMethod(Explainer.of(live.spec(), snapshot)), "a new explainer of the same snapshot");
        } finally {
            stop.set(true);
            training.join();
        }
        assertTrue(steps.get() > 0, "training ran meanwhile");
        assertTrue(!java.util.Arrays.equals(snapshot, live.params()), "and moved the live weights");
    }
}
