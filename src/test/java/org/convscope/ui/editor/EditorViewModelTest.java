package org.convscope.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.convscope.engine.layer.spec.Activation;
import org.convscope.engine.layer.spec.Conv2DSpec;
import org.convscope.engine.layer.spec.DenseSpec;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.layer.spec.Preset;
import org.convscope.engine.layer.spec.RandomArchitectures;
import org.convscope.training.KerasCode;
import org.convscope.ui.common.I18n;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The editor's draft, checked after every change, without a window. */
class EditorViewModelTest {
    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final EditorViewModel vm = new EditorViewModel(i18n);

    @Test
    void everyPresetAndRandomArchitecturesShowTheEnginesOwnFigures() {
        List<ModelSpec> specs = new ArrayList<>();
        for (Preset p : Preset.values()) specs.add(p.spec());
        SplittableRandom r = new SplittableRandom(8);
        for (int i = 0; i < 200; i++) specs.add(RandomArchitectures.next(r));
        for (ModelSpec spec : specs) {
            vm.setDraft(spec);
            ArchitectureCheck.Verdict v = vm.verdict();
            assertTrue(v.valid(), () -> spec.toCompact() + ": " + v.problem());
            assertEquals(spec.inferClassifier(10), v.infos(), spec.toCompact());
            assertEquals(spec.totalParams(), v.totalParams());
            assertEquals(spec, vm.draft());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "c8k3-d10;       1; Layer 2: Dense needs a flat vector, but gets a 26×26×8 image: add a Flatten layer before it.;"
                    + " 2번째 층: Dense(완전 연결) 층에는 평평한 벡터가 필요한데 26×26×8 이미지가 들어옵니다. 앞에 Flatten(평탄화) 층을 넣으세요.",
            "c8k30-f-d10;    0; Layer 1: The 30×30 kernel is larger than its 28×28 input: use a smaller kernel or padding “same”.;"
                    + " 1번째 층: 30×30 커널이 28×28 입력보다 큽니다. 더 작은 커널을 쓰거나 패딩을 “same”으로 하세요.",
            "c8k3-f-c4k3-d10; 2; Layer 3: Conv2D works on images, but its input was already flattened into a vector of 5,408 values: move it before the Flatten.;"
                    + " 3번째 층: Conv2D 층은 이미지에 쓰는데, 입력이 이미 값 5,408개짜리 벡터로 평탄화되었습니다. Flatten 앞으로 옮기세요.",
            "c8k3-p2-p7-p2-f-d10; 3; Layer 4: The 2×2 pooling window is larger than its 1×1 input (MaxPooling2D).;"
                    + " 4번째 층: 2×2 풀링 창이 1×1 입력보다 큽니다(MaxPooling2D).",
            "c8k3-softmax-f-d10; 1; Layer 2: Softmax turns class scores into probabilities, so it needs a flat vector: add a Flatten first.;"
                    + " 2번째 층: 소프트맥스는 클래스 점수를 확률로 바꾸므로 평평한 벡터가 필요합니다. 먼저 Flatten을 넣으세요.",
            "c8k3-f-d64;     2; Layer 3: The last layer must output 10 class scores (Dense(10) with softmax), but it outputs 64.;"
                    + " 3번째 층: 마지막 층은 클래스 점수 10개를 내야 하는데(소프트맥스를 쓰는 Dense(10)), 지금은 64을(를) 냅니다.",
            "c128k3same-c128k3same-p4-f-d10; 1; Layer 2: The network needs 116,571,392 multiply-adds per image, too slow to train here (at most 100,000,000): use fewer filters or pool earlier.;"
                    + " 2번째 층: 이미지 한 장에 곱셈-덧셈이 116,571,392번 필요해 여기서 학습하기에는 너무 느립니다(최대 100,000,000번). 필터 수를 줄이거나 더 일찍 풀링하세요.",
            "c64k3same-f-d1024-d10; 2; Layer 3: The network has 51,392,138 parameters, too many to train here (at most 2,000,000): use fewer filters or units, or pool before the Flatten.;"
                    + " 3번째 층: 매개변수가 51,392,138개나 되어 여기서 학습하기에는 너무 많습니다(최대 2,000,000개). 필터나 유닛 수를 줄이거나 Flatten 앞에서 풀링하세요.",
    })
    void eachImpossibleArchitectureIsPinnedOnItsLayerWithItsReasonInBothLanguages(String text, int layer, String english, String korean) {
        vm.setDraft(ModelSpec.parse(text));
        ArchitectureCheck.Verdict v = vm.verdict();
        assertFalse(v.valid());
        assertEquals(layer, v.problem().layer());
        assertEquals(english, vm.describe(v.problem()));
        i18n.localeProperty().set(I18n.KOREAN);
        assertEquals(korean.strip(), vm.describe(v.problem()));
        assertFalse(vm.canApply().get(), "training is refused");
    }

    @Test
    void theLayersBeforeAProblemKeepTheirFigures() {
        vm.setDraft(ModelSpec.parse("c8k3-p2-d10"));
        ArchitectureCheck.Verdict v = vm.verdict();
        assertEquals(2, v.infos().size(), "conv and pool were inferred");
        assertEquals("13×13×8", v.info(1).output().toDisplay());
        assertNull(v.info(2));
        vm.setDraft(new ModelSpec(ModelSpec.MNIST_INPUT, List.of()));
        assertEquals("The network has no layers: start from a preset or add one.", vm.describe(vm.verdict().problem()));
    }

    @Test
    void addingPutsALayerWhereItUsuallyGoesOrAfterTheSelectedOne() {
        vm.usePreset(Preset.TINY); // c8k3-p2-f-d10
        vm.add(LayerKind.CONV);
        assertEquals("c8k3-p2-c16k3-f-d10", vm.draft().toCompact(), "convolution before the Flatten");
        assertEquals(2, vm.selectedProperty().get(), "the new layer is selected");
        vm.selectedProperty().set(-1);
        vm.add(LayerKind.DENSE);
        assertEquals("c8k3-p2-c16k3-f-d64-d10", vm.draft().toCompact(), "dense before the output");
        vm.selectedProperty().set(-1);
        vm.add(LayerKind.DROPOUT);
        assertEquals("c8k3-p2-c16k3-f-d64-dr0.25-d10", vm.draft().toCompact());
        assertTrue(vm.verdict().valid());

        vm.selectedProperty().set(4); // after Dense(64): a convolution there cannot work
        vm.add(LayerKind.CONV);
        assertEquals(5, vm.verdict().problem().layer());
        vm.move(5, true);
        vm.move(4, true);
        vm.move(3, true);
        assertEquals("c8k3-p2-c16k3-c16k3-f-d64-dr0.25-d10", vm.draft().toCompact(), "moved up before the Flatten: fine again");
        assertTrue(vm.verdict().valid());
        vm.remove(3);
        vm.set(0, new Conv2DSpec(4, 5, Activation.TANH));
        assertEquals("c4k5:tanh-p2-c16k3-f-d64-dr0.25-d10", vm.draft().toCompact());
    }

    @Test
    void everySettingChangeIsCheckedAtOnce() {
        vm.usePreset(Preset.COURSE);
        List<ArchitectureCheck.Verdict> seen = new ArrayList<>();
        vm.verdictProperty().addListener((o, a, b) -> seen.add(b));
        vm.set(6, new DenseSpec(32, Activation.RELU)); // Dense(64) → Dense(32)
        assertEquals(1, seen.size());
        assertEquals("(576 + 1) × 32 = 18,464", vm.verdict().info(6).formula().text());
        assertEquals(93_322 - 36_928 - 650 + 18_464 + 330, vm.verdict().totalParams());
        vm.set(0, new Conv2DSpec(32, 30, Activation.RELU));
        assertEquals(0, vm.verdict().problem().layer());
    }

    @Test
    void kerasCodeFollowsTheDraftTheSettingsAndTheLanguage() {
        vm.usePreset(Preset.COURSE);
        assertEquals(KerasCode.script(ModelSpec.course(), KerasCode.Settings.course(), Locale.ENGLISH), vm.kerasCode().get());
        i18n.localeProperty().set(I18n.KOREAN);
        assertEquals(KerasCode.script(ModelSpec.course(), KerasCode.Settings.course(), Locale.KOREAN), vm.kerasCode().get(),
                "in Korean, the course's own program");
        vm.set(6, new DenseSpec(128, Activation.RELU));
        assertTrue(vm.kerasCode().get().contains("model.add(layers.Dense(128, activation='relu'))"));
    }

    @Test
    void pytorchCodeFollowsTheDraftAndSaysWhyWhenThereIsNone() {
        vm.usePreset(Preset.COURSE);
        assertEquals(org.convscope.training.PyTorchCode.script(ModelSpec.course(), KerasCode.Settings.course(), Locale.ENGLISH),
                vm.pytorchCode().get());
        vm.set(6, new DenseSpec(128, Activation.RELU));
        assertTrue(vm.pytorchCode().get().contains("nn.Linear(576, 128), nn.ReLU(),  # [N, 128]"), vm.pytorchCode().get());
        vm.set(0, new Conv2DSpec(32, 30, Activation.RELU));
        assertEquals("# The architecture cannot be built yet: fix it above to see its PyTorch program.\n", vm.pytorchCode().get());
    }

    @Test
    void applyingNeedsAValidDraftThatTrainingCanTake() {
        List<ModelSpec> applied = new ArrayList<>();
        vm.setOnApply(applied::add);
        vm.usePreset(Preset.TINY);
        assertTrue(vm.canApply().get());
        vm.apply();
        assertEquals(List.of(Preset.TINY.spec()), applied);
        vm.trainingSpecProperty().set(Preset.TINY.spec());
        assertFalse(vm.canApply().get(), "already training it");
        vm.add(LayerKind.DENSE);
        assertTrue(vm.canApply().get());
        vm.trainingEditableProperty().set(false);
        assertFalse(vm.canApply().get(), "not while a run is in progress");
        vm.trainingEditableProperty().set(true);
        vm.set(0, new Conv2DSpec(8, 40, Activation.RELU));
        assertFalse(vm.canApply().get(), "not while invalid");
        vm.apply();
        assertEquals(1, applied.size());
    }

    @Test
    void theChooserOffersThePresetsAndTheLatestValidOwnNetwork() {
        ModelChoices choices = vm.choices();
        assertEquals(Preset.values().length, choices.items().size());
        vm.setDraft(ModelSpec.parse("c4k3-p2-f-d10"));
        assertEquals(ModelSpec.parse("c4k3-p2-f-d10"), choices.items().get(Preset.values().length));
        vm.set(0, new Conv2DSpec(4, 40, Activation.RELU)); // invalid: the slot keeps the last valid one
        assertEquals(ModelSpec.parse("c4k3-p2-f-d10"), choices.items().get(Preset.values().length));
        vm.set(0, new Conv2DSpec(6, 3, Activation.RELU));
        assertEquals(Preset.values().length + 1, choices.items().size(), "one slot, replaced");
        assertEquals("Your network: c6k3-p2-f-d10", choices.name(choices.items().get(Preset.values().length), i18n));
        assertEquals("LeNet-5 style", choices.name(Preset.LENET5.spec(), i18n));
        vm.usePreset(Preset.DEEPER);
        assertEquals(Preset.values().length + 1, choices.items().size(), "a preset is no new network");
    }
}
