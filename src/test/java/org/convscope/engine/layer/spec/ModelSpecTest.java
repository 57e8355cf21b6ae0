package org.convscope.engine.layer.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.tensor.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Shapes, parameter counts, names and notation of architectures, before any weights exist. */
class ModelSpecTest {

    @Test
    void convParameterFormulaWithRealNumbers() {
        Conv2DSpec conv = new Conv2DSpec(8, 5, Activation.RELU);
        ParamFormula f = conv.formula(Shape.image(3, 28, 28));
        assertEquals(608, f.total());
        assertEquals("(3 × 5×5 + 1) × 8 = 608", f.text());
    }

    @Test
    void denseParameterFormula() {
        assertEquals("(576 + 1) × 64 = 36,928", new DenseSpec(64, Activation.RELU).formula(Shape.vector(576)).text());
    }

    @Test
    void courseModelLayerByLayer() {
        List<LayerInfo> infos = ModelSpec.course().infer();
        assertEquals(List.of("conv2d", "max_pooling2d", "conv2d_1", "max_pooling2d_1", "conv2d_2", "flatten", "dense", "dense_1"),
                infos.stream().map(LayerInfo::name).toList());
        assertEquals(List.of("26×26×32", "13×13×32", "11×11×64", "5×5×64", "3×3×64", "576", "64", "10"),
                infos.stream().map(i -> i.output().toDisplay()).toList());
        assertEquals(List.of(320L, 0L, 18_496L, 0L, 36_928L, 0L, 36_928L, 650L),
                infos.stream().map(LayerInfo::params).toList());
        assertEquals("(32 × 3×3 + 1) × 64 = 18,496", infos.get(2).formula().text());
        assertEquals(93_322, ModelSpec.course().totalParams());
        assertEquals("(None, 26, 26, 32)", infos.get(0).output().toKeras());
    }

    @Test
    void builtCourseModelHasTheSameParameterCount() {
        assertEquals(93_322, Sequential.build(ModelSpec.course(), 1).paramCount());
    }

    @Test
    void otherKerasNames() {
        List<LayerInfo> infos = ModelSpec.parse("c4k3-ap2-c4k3-relu-dr0.25-f-d10", Shape.image(1, 12, 12)).infer();
        assertEquals(List.of("conv2d", "average_pooling2d", "conv2d_1", "activation", "dropout", "flatten", "dense"),
                infos.stream().map(LayerInfo::name).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "c32k3-p2-c64k3-p2-c64k3-f-d64-d10",
            "c6k5x3s2same:tanh-p3s2-f-d10",
            "c8k3s1x2same-ap2x3-p2s1-f-d16:sigmoid-dr0.5-d10:relu",
            "c4k1:linear-relu-p2x3s2-p2s2x1-f-d20:softmax-d10:linear-softmax",
            "c5k7x2s3x1:sigmoid-ap3s1x2-f-dr0.0001-d3",
            "f-d10",
            "d10", // on a vector input
    })
    void compactNotationRoundTrips(String text) {
        Shape in = text.equals("d10") ? Shape.vector(7) : Shape.image(3, 32, 32);
        ModelSpec spec = ModelSpec.parse(text, in);
        assertEquals(text, spec.toCompact());
        assertEquals(spec, ModelSpec.parse(spec.toCompact(), in));
    }

    @Test
    void specsBuiltInCodeRoundTrip() {
        List<LayerSpec> layers = List.of(
                new Conv2DSpec(3, 4, 2, 2, 3, Padding.SAME, Activation.TANH),
                new Pool2DSpec(Pool2DSpec.Kind.MAX, 2, 3, 1, 2),
                new Pool2DSpec(Pool2DSpec.Kind.AVERAGE, 1, 1, 1, 1),
                new ActivationSpec(Activation.SIGMOID),
                new FlattenSpec(),
                new DropoutSpec(0.3),
                new DenseSpec(12, Activation.LINEAR),
                new DenseSpec(10, Activation.SOFTMAX));
        ModelSpec spec = new ModelSpec(Shape.image(2, 20, 20), layers);
        assertEquals(spec, ModelSpec.parse(spec.toCompact(), spec.input()));
    }

    @Test
    void courseAliases() {
        assertEquals(ModelSpec.course(), ModelSpec.parse("seed"));
        assertEquals(ModelSpec.course(), ModelSpec.parse(" Course "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "c8k3-d10;                 1; Flatten",
            "c8k30-f-d10;              0; larger",
            "c8k3-p2-c8k3-p12-f-d10;   3; larger",
            "c8k3-f-p2-d10;            2; image",
            "c8k3-xyz-f-d10;           1; xyz",
            "c8k3--f-d10;              1; not a layer",
            "c8k3-f-d10-;              3; not a layer",
    })
    void invalidArchitecturesNameTheLayer(String text, int layer, String hint) {
        ArchitectureException e = assertThrows(ArchitectureException.class, () -> ModelSpec.parse(text).infer());
        assertEquals(layer, e.layerIndex(), e.getMessage());
        assertTrue(e.getMessage().contains(hint), e.getMessage());
    }

    @Test
    void emptyArchitecture() {
        ArchitectureException e = assertThrows(ArchitectureException.class, () -> ModelSpec.parse("  "));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
        assertEquals(-1, e.layerIndex());
        ArchitectureException none = assertThrows(ArchitectureException.class, () -> new ModelSpec(ModelSpec.MNIST_INPUT, List.of()).infer());
        assertTrue(none.getMessage().contains("no layers"), none.getMessage());
    }

    @Test
    void classifierMustEndInTheClassCount() {
        ArchitectureException e = assertThrows(ArchitectureException.class, () -> ModelSpec.parse("c8k3-f-d7").inferClassifier(10));
        assertEquals(2, e.layerIndex());
        assertTrue(e.getMessage().contains("10"), e.getMessage());
    }

    @Test
    void padding() {
        // same: ceil(in / stride); total zeros max((out − 1)·s + k − in, 0), the odd one after
        assertEquals(28, Padding.SAME.outputLength(28, 3, 1));
        assertEquals(1, Padding.SAME.padBefore(28, 3, 1));
        assertEquals(1, Padding.SAME.padBefore(6, 4, 1)); // 3 zeros: 1 before, 2 after
        assertEquals(0, Padding.SAME.padBefore(4, 3, 2)); // 1 zero, after
        assertEquals(14, Padding.SAME.outputLength(27, 3, 2));
        assertEquals(13, Padding.VALID.outputLength(28, 3, 2));
        assertEquals(0, Padding.VALID.padBefore(28, 3, 1));
        assertEquals(1, Padding.SAME.padAfter(28, 3, 1));
        assertEquals(2, Padding.SAME.padAfter(6, 4, 1));
        assertEquals(1, Padding.SAME.padAfter(4, 3, 2));
        assertEquals(0, Padding.VALID.padAfter(28, 3, 1));
    }
}
