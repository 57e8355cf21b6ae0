package org.convscope.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.convscope.data.Dataset;
import org.convscope.data.DatasetKind;
import org.convscope.data.Datasets;
import org.convscope.data.Split;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.DataParallel;
import org.convscope.engine.model.Sequential;
import org.convscope.training.EpochMetrics;
import org.convscope.training.Evaluation;
import org.convscope.training.SessionState;
import org.convscope.training.Trainer;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.training.ModelWeights;
import org.junit.jupiter.api.Test;

/** The test-set results: the engine's own evaluation, when it runs by itself, and the images behind a cell. */
class ResultsViewModelTest {
    private static final ModelSpec SPEC = ModelSpec.parse("c4k3-p2-f-d10");
    private int evaluations;

    private final TaskRunner counting = new TaskRunner() {
        @Override
        public <T> void run(java.util.function.Supplier<T> work, java.util.function.Consumer<T> onDone,
                            java.util.function.Consumer<Throwable> onError) {
            evaluations++;
            TaskRunner.immediate().run(work, onDone, onError);
        }
    };

    private static ModelWeights weights(long seed, long version) {
        return new ModelWeights(SPEC, Sequential.build(SPEC, seed).params().clone(), version);
    }

    private ResultsViewModel model() {
        ResultsViewModel vm = new ResultsViewModel(counting);
        vm.datasetProperty().set(DatasetKind.MNIST);
        return vm;
    }

    @Test
    void theMatrixIsTheEnginesOwnEvaluationOfTheWholeTestSet() {
        ResultsViewModel vm = model();
        ModelWeights w = weights(3, 1);
        vm.weightsProperty().set(w);
        vm.stepProperty().set(42);
        assertTrue(vm.staleProperty().get(), "weights without a result");
        vm.evaluate();
        TestResult r = vm.resultProperty().get();
        assertNotNull(r);
        assertFalse(vm.busyProperty().get());
        assertFalse(vm.staleProperty().get());
        assertEquals(42, r.step());

        Sequential m = Sequential.build(SPEC, 0);
        m.copyParamsFrom(w.params());
        Dataset test = Datasets.load(DatasetKind.MNIST, Split.TEST);
        Evaluation expected;
        try (DataParallel one = new DataParallel(m, 1)) {
            expected = Trainer.evaluate(one, test, Integer.MAX_VALUE);
        }
        assertEquals(expected.accuracy(), r.evaluation().accuracy(), 0);
        int total = 0, diagonal = 0;
        for (int a = 0; a < 10; a++) {
            assertEquals(test.labelCounts()[a], r.rowTotal(a), "row " + a + " holds every test image of its class");
            diagonal += r.count(a, a);
            for (int g = 0; g < 10; g++) total += r.count(a, g);
        }
        assertEquals(10_000, total);
        assertEquals(r.evaluation().accuracy(), diagonal / 10_000.0, 1e-12);
    }

    @Test
    void aCellListsExactlyItsImagesWithTheGuessesConfidence() {
        ResultsViewModel vm = model();
        vm.weightsProperty().set(weights(3, 1));
        vm.evaluate();
        TestResult r = vm.resultProperty().get();
        int[] worst = r.worstConfusion();
        assertTrue(r.count(worst[0], worst[1]) > 0, "an untrained model makes mistakes");
        assertEquals(new Cell(worst[0], worst[1]), vm.selectedProperty().get(), "a first result opens on its most frequent mistake");
        for (int a = 0; a < 10; a++) {
            for (int g = 0; g < 10; g++) {
                if (a != g) assertTrue(r.count(a, g) <= r.count(worst[0], worst[1]), "no mistake is more frequent");
            }
        }
        assertEquals(Math.min(ResultsViewModel.MAX_EXAMPLES, r.count(worst[0], worst[1])), vm.examples().size());
        Dataset test = Datasets.load(DatasetKind.MNIST, Split.TEST);
        int previous = -1;
        for (Example e : vm.examples()) {
            assertEquals(worst[0], test.label(e.index()), "true class of image " + e.index());
            assertEquals(worst[1], r.evaluation().predicted()[e.index()]);
            assertTrue(e.confidence() >= 0.1f && e.confidence() <= 1f, "the top of ten probabilities: " + e.confidence());
            assertTrue(e.index() > previous, "in test-set order");
            previous = e.index();
        }
        vm.selectedProperty().set(null);
        assertTrue(vm.examples().isEmpty());
    }

    @Test
    void itEvaluatesByItselfOnlyOnScreenAndOncePerEpochWhileTrainingRuns() {
        ResultsViewModel vm = model();
        vm.weightsProperty().set(weights(1, 1));
        assertEquals(0, evaluations, "off screen: nothing");
        vm.activeProperty().set(true);
        assertEquals(1, evaluations, "coming on screen with no result");
        vm.activeProperty().set(false);
        vm.activeProperty().set(true);
        assertEquals(1, evaluations, "the result is current: no second run");

        vm.stateProperty().set(SessionState.RUNNING);
        vm.weightsProperty().set(weights(2, 2));
        vm.weightsProperty().set(weights(2, 3));
        assertEquals(1, evaluations, "weights while training runs wait");
        assertTrue(vm.staleProperty().get());
        vm.lastEpochProperty().set(new EpochMetrics(1, 0.5, 0.8, 0.4, 0.85, 10, 6000));
        assertEquals(2, evaluations, "an epoch ended");
        assertFalse(vm.staleProperty().get());

        vm.weightsProperty().set(weights(2, 4));
        vm.stateProperty().set(SessionState.PAUSED);
        assertEquals(3, evaluations, "paused with newer weights");
        vm.weightsProperty().set(weights(5, 5)); // a Step while paused
        assertEquals(4, evaluations);

        vm.activeProperty().set(false);
        vm.weightsProperty().set(weights(6, 6));
        assertEquals(4, evaluations, "off screen again");
        vm.datasetProperty().set(DatasetKind.FASHION_MNIST);
        assertEquals(4, evaluations);
        vm.activeProperty().set(true);
        assertEquals(5, evaluations);
        assertSame(DatasetKind.FASHION_MNIST, vm.resultProperty().get().dataset());

        // on screen, a new dataset: the old result goes, and only the new weights are evaluated
        vm.datasetProperty().set(DatasetKind.MNIST);
        assertNull(vm.resultProperty().get(), "no old result under the new dataset's name");
        assertEquals(5, evaluations, "the old weights are not run on the new test set");
        vm.weightsProperty().set(weights(7, 7));
        assertEquals(6, evaluations);
        assertSame(DatasetKind.MNIST, vm.resultProperty().get().dataset());
    }

    @Test
    void weightsThatDoNotFitTheArchitectureGiveAClearMessageAndKeepTheLastResult() {
        ResultsViewModel vm = model();
        vm.weightsProperty().set(weights(1, 1));
        vm.evaluate();
        TestResult good = vm.resultProperty().get();
        vm.weightsProperty().set(new ModelWeights(SPEC, new float[7], 2));
        vm.evaluate();
        assertFalse(vm.busyProperty().get());
        assertTrue(vm.errorProperty().get().contains("7 numbers"), vm.errorProperty().get());
        assertSame(good, vm.resultProperty().get(), "the last good result stays on screen");
        vm.weightsProperty().set(weights(1, 3));
        vm.evaluate();
        assertNull(vm.errorProperty().get(), "a good evaluation clears the message");
    }

    @Test
    void theMostFrequentMistakeIsFollowedUntilTheUserPicksACell() {
        ResultsViewModel vm = model();
        vm.weightsProperty().set(weights(3, 1));
        vm.evaluate();
        int[] first = vm.resultProperty().get().worstConfusion();
        assertEquals(new Cell(first[0], first[1]), vm.selectedProperty().get());
        vm.weightsProperty().set(weights(11, 2)); // other weights, other mistakes
        vm.evaluate();
        int[] second = vm.resultProperty().get().worstConfusion();
        assertEquals(new Cell(second[0], second[1]), vm.selectedProperty().get(), "an automatic pick follows the result");

        Cell mine = new Cell(7, 7);
        vm.pick(mine);
        vm.weightsProperty().set(weights(3, 3));
        vm.evaluate();
        assertEquals(mine, vm.selectedProperty().get(), "the user's pick stays");
        assertEquals(Math.min(ResultsViewModel.MAX_EXAMPLES, vm.resultProperty().get().count(7, 7)), vm.examples().size(),
                "and its images are those of the new result");
    }
}
