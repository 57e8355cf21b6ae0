package org.convscope.ui.moveit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.convscope.data.DatasetKind;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.optim.OptimizerConfig;
import org.convscope.training.Run;
import org.convscope.training.RunSettings;
import org.convscope.training.SessionState;
import org.convscope.training.shift.ShiftAnalysis;
import org.convscope.training.shift.ShiftReport;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.inspect.ProbeModel;
import org.convscope.ui.training.ModelWeights;
import org.convscope.ui.training.RunLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Move it's model without a window: which networks it sets side by side, and that their numbers are the analysis's. */
class MoveItViewModelTest {
    private static final ModelSpec POOLED = ModelSpec.parse("c4k3-p2-f-d10"), FLAT = ModelSpec.parse("c4k3-f-d10");
    private ProbeModel probe;
    private RunLog runs;
    private MoveItViewModel vm;
    private float[] drawing;

    @BeforeEach
    void create() {
        probe = new ProbeModel(TaskRunner.immediate());
        probe.datasetProperty().set(DatasetKind.MNIST);
        drawing = new float[784];
        for (int y = 8; y < 20; y++) drawing[y * 28 + 14] = 1; // a stroke down the middle: a 1
        probe.drawingProperty().set(drawing);
        probe.sourceProperty().set(ProbeModel.Source.DRAWING);
        runs = new RunLog();
        vm = new MoveItViewModel(probe, runs, new I18n(Locale.ENGLISH), TaskRunner.immediate());
        probe.weightsProperty().set(new ModelWeights(POOLED, Sequential.build(POOLED, 5).params(), 1));
    }

    private static Run arm(String id, ModelSpec spec, String dataset, long seed) {
        return new Run(id, "pooling", id, dataset, spec, new RunSettings(OptimizerConfig.adam(), 32, 1, 64),
                spec.totalParams(), 1, 1, List.of(), List.of(), Sequential.build(spec, seed).params());
    }

    @Test
    void nothingIsWorkedOutWhileTheViewIsHidden() {
        assertTrue(vm.panels().isEmpty());
        vm.activeProperty().set(true);
        assertEquals(1, vm.panels().size());
        assertEquals("live", vm.panels().get(0).role());
        assertFalse(vm.experimentAvailableProperty().get());
    }

    @Test
    void theLiveNetworksNumbersAreTheAnalysisOfTheDrawnDigit() {
        vm.activeProperty().set(true);
        Sequential model = Sequential.build(POOLED, 5);
        ShiftReport expected = ShiftAnalysis.analyse(model, drawing);
        ShiftReport shown = vm.panels().get(0).report();
        assertArrayEquals(expected.grid().predicted(), shown.grid().predicted());
        assertArrayEquals(expected.grid().confidence(), shown.grid().confidence());
        for (int i = 0; i < expected.layers().size(); i++) {
            assertArrayEquals(expected.layers().get(i).inPlace(), shown.layers().get(i).inPlace());
            assertArrayEquals(expected.layers().get(i).withInput(), shown.layers().get(i).withInput());
        }
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), vm.panels().get(0).classes());
    }

    @Test
    void whileTrainingRunsNewWeightsWaitForTheEpochButANewImageIsAnsweredAtOnce() {
        ObjectProperty<SessionState> state = new SimpleObjectProperty<>(SessionState.RUNNING);
        ObjectProperty<Object> epoch = new SimpleObjectProperty<>();
        vm.follow(state, epoch);
        vm.activeProperty().set(true);
        ShiftPanel first = vm.panels().get(0);
        probe.weightsProperty().set(new ModelWeights(POOLED, Sequential.build(POOLED, 6).params(), 2));
        assertSame(first, vm.panels().get(0), "new weights ten times a second are not analysed each time");

        epoch.set("epoch 1");
        ShiftPanel afterEpoch = vm.panels().get(0);
        assertNotSame(first, afterEpoch, "an epoch's end brings the newest weights");
        assertArrayEquals(ShiftAnalysis.analyse(Sequential.build(POOLED, 6), drawing).grid().predicted(), afterEpoch.report().grid().predicted());

        float[] other = new float[784];
        for (int x = 8; x < 20; x++) other[14 * 28 + x] = 1; // a stroke across
        probe.drawingProperty().set(other);
        assertNotSame(afterEpoch, vm.panels().get(0), "a new image is shown at once");
        assertArrayEquals(ShiftAnalysis.analyse(Sequential.build(POOLED, 6), other).grid().predicted(), vm.panels().get(0).report().grid().predicted());

        ShiftPanel drawn = vm.panels().get(0);
        probe.weightsProperty().set(new ModelWeights(POOLED, Sequential.build(POOLED, 7).params(), 3));
        assertSame(drawn, vm.panels().get(0));
        state.set(SessionState.PAUSED);
        assertArrayEquals(ShiftAnalysis.analyse(Sequential.build(POOLED, 7), other).grid().predicted(), vm.panels().get(0).report().grid().predicted(),
                "paused: the weights it stopped at");
    }

    @Test
    void thePoolingExperimentsArmsComeSideBySide() {
        vm.activeProperty().set(true);
        runs.add(arm("with", POOLED, "mnist", 8));
        runs.add(arm("without", FLAT, "mnist", 9));
        assertTrue(vm.experimentAvailableProperty().get());
        assertEquals(List.of("with", "without"), vm.panels().stream().map(ShiftPanel::role).toList());
        assertEquals(FLAT, vm.panels().get(1).spec());
        ShiftReport flat = ShiftAnalysis.analyse(Sequential.build(FLAT, 9), drawing);
        assertArrayEquals(flat.grid().predicted(), vm.panels().get(1).report().grid().predicted(), "the arm's own weights");
        assertEquals(List.of("conv2d", "dense"), vm.panels().get(1).report().layers().stream().map(l -> l.name()).toList());
    }

    @Test
    void armsOfAnotherDatasetOrWithoutWeightsAreNotUsed() {
        vm.activeProperty().set(true);
        runs.add(arm("with", POOLED, "fashion-mnist", 8));
        runs.add(arm("without", FLAT, "fashion-mnist", 9));
        assertFalse(vm.experimentAvailableProperty().get());
        assertEquals("live", vm.panels().get(0).role());
        runs.add(arm("with", POOLED, "mnist", 8));
        Run saved = arm("without", FLAT, "mnist", 9);
        runs.add(new Run(saved.name(), "pooling", "without", "mnist", FLAT, saved.settings(), 1, 1, 1, List.of(), List.of(), null));
        assertFalse(vm.experimentAvailableProperty().get(), "a run opened from a file has no weights");
        assertEquals(1, vm.panels().size());
    }
}
