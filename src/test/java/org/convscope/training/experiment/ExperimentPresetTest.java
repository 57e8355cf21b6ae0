package org.convscope.training.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.convscope.engine.layer.spec.Conv2DSpec;
import org.convscope.engine.layer.spec.DenseSpec;
import org.convscope.engine.layer.spec.LayerSpec;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.layer.spec.Pool2DSpec;
import org.convscope.engine.optim.OptimizerConfig;
import org.junit.jupiter.api.Test;

/** Each preset's arms differ only in what the preset varies; everything else is the same. */
class ExperimentPresetTest {

    @Test
    void poolingArmsHaveTheSameConvolutionsAndDenseLayersAndOptimizer() {
        List<ExperimentArm> arms = ExperimentPreset.POOLING.arms();
        assertEquals(2, arms.size());
        ExperimentArm with = arms.get(0), without = arms.get(1);
        assertEquals(without.spec().layers(), without(with.spec().layers(), Pool2DSpec.class), "remove the pooling: the rest is the same");
        assertTrue(with.spec().layers().stream().anyMatch(l -> l instanceof Pool2DSpec));
        assertTrue(without.spec().layers().stream().noneMatch(l -> l instanceof Pool2DSpec));
        assertEquals(with.optimizer(), without.optimizer());
        // the claim: the maps stay large, so the first Dense layer after them is far larger
        long denseWith = with.spec().infer().stream().filter(i -> i.spec() instanceof DenseSpec).mapToLong(i -> i.params()).findFirst().orElseThrow();
        long denseWithout = without.spec().infer().stream().filter(i -> i.spec() instanceof DenseSpec).mapToLong(i -> i.params()).findFirst().orElseThrow();
        assertEquals(36_928, denseWith);
        assertEquals(1_982_528, denseWithout);
        assertTrue(without.spec().totalParams() > 20 * with.spec().totalParams());
    }

    @Test
    void depthArmsDifferInTheirConvolutionsOnly() {
        ExperimentArm one = ExperimentPreset.DEPTH.arms().get(0), three = ExperimentPreset.DEPTH.arms().get(1);
        assertEquals(1, count(one.spec(), Conv2DSpec.class));
        assertEquals(3, count(three.spec(), Conv2DSpec.class));
        assertEquals(one.spec().layers().get(0), three.spec().layers().get(0), "the same first convolution");
        assertEquals(without(one.spec().layers(), Conv2DSpec.class, Pool2DSpec.class),
                without(three.spec().layers(), Conv2DSpec.class, Pool2DSpec.class), "the same classifier after the convolutions");
        assertEquals(one.optimizer(), three.optimizer());
    }

    @Test
    void learningRateArmsDifferInTheRateOnly() {
        List<ExperimentArm> arms = ExperimentPreset.LEARNING_RATE.arms();
        assertEquals(List.of(0.001, 0.01, 0.1), arms.stream().map(a -> a.optimizer().learningRate()).toList());
        for (ExperimentArm a : arms) {
            assertEquals(arms.get(0).spec(), a.spec());
            assertEquals(arms.get(0).optimizer().withLearningRate(a.optimizer().learningRate()), a.optimizer());
        }
    }

    @Test
    void optimizerArmsTrainTheSameModelWithKerasDefaults() {
        ExperimentArm sgd = ExperimentPreset.OPTIMIZER.arms().get(0), adam = ExperimentPreset.OPTIMIZER.arms().get(1);
        assertEquals(sgd.spec(), adam.spec());
        assertEquals(OptimizerConfig.sgd(0.01, 0), sgd.optimizer());
        assertEquals(OptimizerConfig.adam(), adam.optimizer());
    }

    @Test
    void everyArmIsAClassifierOfTenClassesWithItsOwnId() {
        for (ExperimentPreset p : ExperimentPreset.values()) {
            assertEquals(p.arms().size(), p.arms().stream().map(ExperimentArm::id).distinct().count(), p.id());
            for (ExperimentArm a : p.arms()) a.spec().inferClassifier(10);
            assertNotEquals(p.arms().get(0), p.arms().get(1));
        }
    }

    @Test
    void presetsAreFoundByTheirCommandLineNames() {
        assertEquals(ExperimentPreset.LEARNING_RATE, ExperimentPreset.parse(" LR "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExperimentPreset.parse("dropout"));
        assertEquals("unknown preset 'dropout' (pooling, depth, lr, optimizer)", e.getMessage());
    }

    @SafeVarargs
    private static List<LayerSpec> without(List<LayerSpec> layers, Class<? extends LayerSpec>... kinds) {
        return layers.stream().filter(l -> java.util.Arrays.stream(kinds).noneMatch(k -> k.isInstance(l))).toList();
    }

    private static long count(ModelSpec spec, Class<? extends LayerSpec> kind) {
        return spec.layers().stream().filter(kind::isInstance).count();
    }
}
