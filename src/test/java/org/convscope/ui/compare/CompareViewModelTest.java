package org.convscope.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.convscope.data.DatasetKind;
import org.convscope.training.Run;
import org.convscope.training.RunExport;
import org.convscope.training.Runs;
import org.convscope.training.TrainingSession;
import org.convscope.training.experiment.ExperimentPreset;
import org.convscope.training.experiment.ExperimentSettings;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.training.TrainingViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Compare view's model without a window: experiments run at once, on a tiny subset. */
class CompareViewModelTest {
    private TrainingViewModel training;
    private CompareViewModel vm;
    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final List<Runnable> later = new ArrayList<>();
    @TempDir
    Path dir;

    @BeforeEach
    void create() {
        training = new TrainingViewModel(TaskRunner.immediate(), TrainingSession::new, 320, 2);
        Executor now = Runnable::run;
        vm = new CompareViewModel(training, i18n, TaskRunner.immediate(), now, now,
                d -> new ExperimentSettings(d, 64, 1, 32, 3, 2, 100), 0);
    }

    @AfterEach
    void shutdown() {
        training.shutdown();
    }

    @Test
    void thePoolingPresetAddsItsArmsAsRunsWithTheirWeights() {
        vm.presetProperty().set(ExperimentPreset.POOLING);
        vm.runPreset();
        assertFalse(vm.runningProperty().get());
        assertEquals("Done: 2 runs added below.", vm.statusProperty().get());
        List<Run> runs = training.runs().runs();
        assertEquals(2, runs.size());
        assertTrue(runs.get(0).isArm("pooling", "with") && runs.get(1).isArm("pooling", "without"));
        assertEquals(93_322, runs.get(0).params());
        assertEquals(2_038_922, runs.get(1).params());
        for (Run r : runs) {
            assertEquals(64, r.settings().limit());
            assertEquals(3, r.settings().seed());
            assertEquals(r.params(), r.weights().length);
            assertEquals(1, r.epochs().size());
        }
        assertEquals(2, vm.rows().size());
        assertEquals(List.of("With pooling", "Without pooling"), vm.rows().stream().map(r -> vm.nameOf(r.run().get())).toList());
        assertEquals(runs, vm.shownRuns(), "new runs are drawn");
        i18n.localeProperty().set(I18n.KOREAN);
        assertEquals("풀링 없음", vm.nameOf(runs.get(1)));
    }

    @Test
    void rowsFollowTheLogAndKeepTheirColourAndWhetherTheyAreShown() {
        training.runs().add(Runs.appRun("Run 1"));
        training.runs().add(Runs.poolingArm());
        RunRow first = vm.rows().get(0), second = vm.rows().get(1);
        assertEquals(0, first.colour());
        assertEquals(1, second.colour());
        first.shown().set(false);
        assertEquals(List.of(training.runs().runs().get(1)), vm.shownRuns());
        Run longer = Runs.appRun("Run 1").withName("Run 1");
        training.runs().runs().set(0, longer); // the run in training, refreshed
        assertEquals(first, vm.rows().get(0), "the same row");
        assertEquals(longer, first.run().get());
        assertFalse(first.shown().get(), "still hidden");
        vm.remove(first);
        assertEquals(1, training.runs().runs().size(), "removed from the session, not only from the view");
        assertEquals(List.of(second), vm.rows());
        training.runs().add(Runs.appRun("Run 2"));
        assertEquals(2, vm.rows().get(1).colour(), "a new run takes a colour nobody listed has");
        assertEquals("Run 2", vm.nameOf(vm.rows().get(1).run().get()));
        i18n.localeProperty().set(I18n.KOREAN);
        assertEquals("실행 2", vm.nameOf(vm.rows().get(1).run().get()));
    }

    @Test
    void cancellingKeepsTheArmsThatFinished() {
        List<Runnable> background = new ArrayList<>();
        CompareViewModel held = new CompareViewModel(training, i18n, TaskRunner.immediate(), background::add, Runnable::run,
                d -> new ExperimentSettings(d, 64, 1, 32, 3, 2, 100), 0);
        held.presetProperty().set(ExperimentPreset.DEPTH);
        held.runPreset();
        assertTrue(held.runningProperty().get());
        held.runPreset(); // a second click while it runs does nothing
        assertEquals(1, background.size());
        held.cancel();
        background.get(0).run();
        assertFalse(held.runningProperty().get());
        assertEquals("Cancelled; the arms that finished are kept.", held.statusProperty().get());
        assertTrue(training.runs().runs().isEmpty(), "cancelled before its first batch");
    }

    @Test
    void runsExportAsCsvAndJson() throws Exception {
        training.runs().add(Runs.appRun("Run 1"));
        training.runs().add(Runs.poolingArm());
        Path csv = dir.resolve("runs.csv"), json = dir.resolve("runs.json");
        vm.export(csv, true);
        assertEquals("Exported 2 runs to runs.csv.", vm.statusProperty().get());
        vm.export(json, false);
        assertEquals(RunExport.CSV_HEADER, Files.readAllLines(csv).get(0));
        assertTrue(Files.readString(json).contains("\"format\" : \"convscope-runs\""));
        vm.export(dir.resolve("missing/runs.csv"), true);
        assertTrue(vm.statusProperty().get().startsWith("Could not export runs.csv: "), vm.statusProperty().get());
    }

    @Test
    void theSubsetFollowsTheDataset() {
        assertEquals(DatasetKind.MNIST, vm.settings().dataset());
        training.datasetProperty().set(DatasetKind.FASHION_MNIST);
        assertEquals(DatasetKind.FASHION_MNIST, vm.settings().dataset());
        assertEquals(ExperimentSettings.DEMO_LIMIT, ExperimentSettings.demo(DatasetKind.MNIST, 2).limit());
    }
}
