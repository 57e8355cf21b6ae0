package org.convscope.ui.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.convscope.engine.layer.spec.LayerInfo;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.layer.spec.ParamFormula.Role;
import org.convscope.ui.architecture.Highlight.Element;
import org.convscope.ui.architecture.Highlight.Tone;
import org.junit.jupiter.api.Test;

/** The view-model without a window: the engine's numbers, broken architectures, what a factor lights up. */
class ArchitectureViewModelTest {
    private final ObjectProperty<ModelSpec> spec = new SimpleObjectProperty<>(ModelSpec.course());
    private final ArchitectureViewModel vm = new ArchitectureViewModel(spec);

    @Test
    void courseModelAsKerasSummarisesIt() {
        Architecture a = vm.architecture();
        assertTrue(a.valid());
        assertEquals(List.of(320L, 0L, 18_496L, 0L, 36_928L, 0L, 36_928L, 650L),
                a.layers().stream().map(e -> e.info().params()).toList());
        assertEquals(93_322, a.totalParams());
        assertEquals(93_322, a.trainableParams());
        assertEquals(0, a.nonTrainableParams());
        // 26·26·32·9 + 11·11·64·288 + 3·3·64·576 + 576·64 + 64·10
        assertEquals(194_688L + 2_230_272L + 331_776L + 36_864L + 640L, a.totalMacs());
        // every output for one image, 4 bytes a float
        assertEquals(4L * (21_632 + 5_408 + 7_744 + 1_600 + 576 + 576 + 64 + 10), a.totalActivationBytes());
    }

    @Test
    void followsTheSpec() {
        spec.set(ModelSpec.parse("c8k5-p2-f-d10"));
        Architecture a = vm.architecture();
        assertEquals(4, a.layers().size());
        assertEquals((1 * 25 + 1) * 8 + (12 * 12 * 8 + 1) * 10, a.totalParams());
    }

    @Test
    void aLayerTheEngineRefusesIsNamedWithItsReasonAndTheLayersBeforeItStayResolved() {
        // the third pooling leaves 1×1, too small for the last 3×3 convolution (layer 6)
        spec.set(ModelSpec.parse("c32k3-p2-c64k3-p2-c64k3-p2-c64k3-f-d10"));
        Architecture a = vm.architecture();
        assertFalse(a.valid());
        LayerEntry bad = a.failedLayer();
        assertNotNull(bad);
        assertEquals(6, bad.index());
        assertTrue(bad.error().contains("larger than its 1×1 input"), bad.error());
        for (int i = 0; i < 6; i++) assertTrue(a.layers().get(i).resolved(), "layer " + i);
        assertEquals("1×1×64", a.layers().get(5).info().output().toDisplay());
        assertFalse(a.layers().get(7).resolved());
        assertFalse(a.layers().get(7).failed());
        assertNull(a.inputOf(7));
        assertEquals(320 + 18_496 + 36_928, a.totalParams(), "the prefix still counts");
    }

    @Test
    void aDenseLayerOnAnImageIsRefusedAtOnce() {
        spec.set(ModelSpec.parse("c32k3-d10"));
        LayerEntry bad = vm.architecture().failedLayer();
        assertEquals(1, bad.index());
        assertTrue(bad.error().contains("Flatten"), bad.error());
    }

    @Test
    void aModelWithoutLayersHasAnErrorOfItsOwn() {
        spec.set(new ModelSpec(ModelSpec.MNIST_INPUT, List.of()));
        assertFalse(vm.architecture().valid());
        assertEquals("the model has no layers", vm.architecture().error());
    }

    @Test
    void aConvFactorLightsWhatItCounts() {
        // conv2d_1 is layer 2: it reads block 2 (13×13×32) and makes block 3 (11×11×64)
        vm.hoveredProperty().set(new Factor(2, Role.INPUT_CHANNELS));
        assertEquals(List.of(new Highlight(2, Element.VOLUME, Tone.INPUT), new Highlight(2, Element.CHANNELS, Tone.INPUT)),
                vm.highlightsProperty().get());
        vm.hoveredProperty().set(new Factor(2, Role.KERNEL));
        assertEquals(List.of(new Highlight(2, Element.KERNEL, Tone.KERNEL)), vm.highlightsProperty().get());
        vm.hoveredProperty().set(new Factor(2, Role.BIAS));
        assertEquals(List.of(new Highlight(3, Element.BIAS, Tone.BIAS)), vm.highlightsProperty().get());
        vm.hoveredProperty().set(new Factor(2, Role.FILTERS));
        assertEquals(List.of(new Highlight(3, Element.VOLUME, Tone.OUTPUT), new Highlight(3, Element.CHANNELS, Tone.OUTPUT)),
                vm.highlightsProperty().get());
        vm.hoveredProperty().set(null);
        assertEquals(List.of(), vm.highlightsProperty().get());
    }

    @Test
    void aDenseFactorLightsItsInputVectorOrItsUnits() {
        vm.hoveredProperty().set(new Factor(6, Role.INPUTS));
        assertEquals(6, vm.highlightsProperty().get().get(0).position(), "the flattened 576 feed dense");
        vm.hoveredProperty().set(new Factor(6, Role.UNITS));
        assertEquals(new Highlight(7, Element.VOLUME, Tone.OUTPUT), vm.highlightsProperty().get().get(0));
        vm.hoveredProperty().set(new Factor(6, Role.RESULT));
        assertEquals(List.of(), vm.highlightsProperty().get());
    }

    @Test
    void aNewSpecForgetsTheHoveredFactor() {
        vm.hoveredProperty().set(new Factor(2, Role.KERNEL));
        spec.set(ModelSpec.parse("c8k3-f-d10"));
        assertNull(vm.hoveredProperty().get());
        assertEquals(List.of(), vm.highlightsProperty().get());
    }

    @Test
    void wordsUnderTheFormulasUseTheLayersNumbers() {
        List<LayerInfo> infos = ModelSpec.course().infer();
        assertEquals(Message.of("architecture.note.conv", "64", "3×3", 32),
                LayerTexts.note(infos.get(2).spec(), infos.get(2).input(), infos.get(2).output()));
        assertEquals(Message.of("architecture.note.maxpool", "2×2"),
                LayerTexts.note(infos.get(1).spec(), infos.get(1).input(), infos.get(1).output()));
        assertEquals(Message.of("architecture.note.flatten", "3×3×64", "576"),
                LayerTexts.note(infos.get(5).spec(), infos.get(5).input(), infos.get(5).output()));
        assertEquals(Message.of("architecture.note.dropout", "25%"),
                LayerTexts.note(ModelSpec.parse("c8k3-dr0.25-f-d10").layers().get(1), null, null));
    }
}
