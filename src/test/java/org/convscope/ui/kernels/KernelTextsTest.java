package org.convscope.ui.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.Sequential;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.Normalization;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.training.ModelWeights;
import org.junit.jupiter.api.Test;

/** The read-out names the weight under the pointer by its indices, with its exact value and its filter's bias. */
class KernelTextsTest {

    /** The course model with a few weights set to known values (file layout). */
    private static KernelsViewModel withKnownWeights() {
        Sequential model = Sequential.build(ModelSpec.course(), 1);
        float[] file = model.exportWeights();
        java.util.List<WeightLayer> layers = WeightLayer.of(model.spec());
        WeightLayer conv = layers.get(0), conv1 = layers.get(1), dense = layers.get(3);
        file[conv.offset() + conv.at(3, 0, 1, 2)] = -0.1234f;
        file[conv.offset() + conv.weightCount() + 3] = 0.5f;
        file[conv1.offset() + conv1.at(7, 30, 2, 0)] = 0.00001234f;
        file[dense.offset() + dense.at(2, 1, 1, 1)] = 1.5f;
        file[dense.offset() + dense.weightCount() + 2] = -0.25f;
        model.importWeights(file);
        KernelsViewModel vm = new KernelsViewModel(TaskRunner.immediate());
        vm.weightsProperty().set(new ModelWeights(model.spec(), model.params().clone(), 1));
        vm.modeProperty().set(KernelMode.GRID);
        return vm;
    }

    @Test
    void convolutionWeightsInBothLanguages() {
        KernelsViewModel vm = withKnownWeights();
        KernelPicture p = vm.pictureProperty().get();
        I18n i18n = new I18n(Locale.ENGLISH);
        assertEquals("W[f=3, c=0, 1, 2] = \u22120.1234   \u00b7   bias b[3] = 0.5000", KernelTexts.hover(p, new Cell(3, 0, 1, 2), i18n));
        i18n.localeProperty().set(I18n.KOREAN);
        assertEquals("가중치 W[f=3, c=0, 1, 2] = \u22120.1234   \u00b7   편향 b[3] = 0.5000", KernelTexts.hover(p, new Cell(3, 0, 1, 2), i18n));

        vm.layerProperty().set(1);
        i18n.localeProperty().set(I18n.ENGLISH);
        assertEquals("W[f=7, c=30, 2, 0] = 1.23e-05   \u00b7   bias b[7] = 0.0000",
                KernelTexts.hover(vm.pictureProperty().get(), new Cell(7, 30, 2, 0), i18n), "tiny weights keep their digits");
    }

    @Test
    void denseWeightsNameTheirInputAndTheMapItCameFrom() {
        KernelsViewModel vm = withKnownWeights();
        vm.selectLayer("dense");
        I18n i18n = new I18n(Locale.ENGLISH);
        // input 13 of the flattened 64×3×3 maps is map 1, row 1, column 1
        assertEquals("W[u=2, i=13] = 1.5000   (input from map c=1 at 1, 1)   \u00b7   bias b[2] = \u22120.2500",
                KernelTexts.hover(vm.pictureProperty().get(), new Cell(2, 1, 1, 1), i18n));
        vm.modeProperty().set(KernelMode.MATRIX);
        KernelLayout matrix = vm.pictureProperty().get().layout();
        assertEquals(new Cell(2, 1, 1, 1), matrix.cellAt(0, 2, 13), "the matrix's column is the input's index");

        vm.selectLayer("dense_1");
        assertEquals("W[u=0, i=5] = " + KernelTexts.number(vm.pictureProperty().get().value(new Cell(0, 0, 0, 5)))
                        + "   \u00b7   bias b[0] = 0.0000",
                KernelTexts.hover(vm.pictureProperty().get(), new Cell(0, 0, 0, 5), i18n));
    }

    @Test
    void aChannelMeanSaysSo() {
        KernelsViewModel vm = withKnownWeights();
        vm.layerProperty().set(1);
        vm.modeProperty().set(KernelMode.PER_FILTER);
        KernelPicture p = vm.pictureProperty().get();
        Cell cell = p.layout().cellAt(7, 2, 0);
        assertEquals(new Cell(7, Cell.MEAN, 2, 0), cell);
        double sum = 0;
        for (int c = 0; c < 32; c++) sum += p.weights().weight(7, c, 2, 0);
        assertEquals(sum / 32, p.value(cell), 1e-6);
        assertEquals("mean over c of W[f=7, c, 2, 0] = " + KernelTexts.number(sum / 32) + "   \u00b7   bias b[7] = 0.0000",
                KernelTexts.hover(p, cell, new I18n(Locale.ENGLISH)));
    }

    @Test
    void legendTitlesFollowTheScope() {
        KernelsViewModel vm = withKnownWeights();
        I18n i18n = new I18n(Locale.ENGLISH);
        vm.scopeProperty().set(Normalization.PER_MAP);
        assertEquals("Scale of filter 4", KernelTexts.legendTitle(vm.pictureProperty().get(), 4, i18n));
        vm.scopeProperty().set(Normalization.PER_LAYER);
        assertEquals("Scale of conv2d", KernelTexts.legendTitle(vm.pictureProperty().get(), 4, i18n));
        i18n.localeProperty().set(I18n.KOREAN);
        vm.scopeProperty().set(Normalization.GLOBAL);
        assertEquals("모든 층의 눈금", KernelTexts.legendTitle(vm.pictureProperty().get(), 4, i18n));
        assertEquals("conv2d_1 \u00b7 필터 64개, 3\u00d73 \u00d7 입력 채널 32개", KernelTexts.layer(vm.layers().get(1), i18n));
    }
}
