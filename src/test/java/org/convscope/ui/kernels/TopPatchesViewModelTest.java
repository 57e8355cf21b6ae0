package org.convscope.ui.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.convscope.data.DatasetKind;
import org.convscope.engine.explain.Course;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.learned.TopPatches;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.training.ModelWeights;
import org.junit.jupiter.api.Test;

/**
 * The top patches follow the weights: at once outside training, after each epoch while it runs (over fewer test
 * images), not while hidden.
 */
class TopPatchesViewModelTest {
    private static final SavedModel COURSE = Course.model(DatasetKind.MNIST);

    private static ModelWeights weights(long version) {
        return new ModelWeights(COURSE.spec(), COURSE.toSequential().params(), version);
    }

    @Test
    void searchesTheTestSetForEveryFilterAndFollowsEpochs() {
        TopPatchesViewModel vm = new TopPatchesViewModel(TaskRunner.immediate(), 60, 20);
        vm.activeProperty().set(true); // its view on screen
        vm.weightsProperty().set(weights(1));
        TopPatchesViewModel.Found f = vm.foundProperty().get();
        assertNotNull(f);
        assertEquals(160, f.patches().filterCount());
        assertEquals(60, f.patches().images());
        TopPatches.Patch best = f.patches().layer(0).filters().get(0).get(0);
        assertEquals(DatasetKind.MNIST, f.dataset());
        assertEquals(10_000, f.test().size(), "the whole test set, to show a patch's image");

        vm.pace().liveProperty().set(true);
        vm.weightsProperty().set(weights(2));
        assertSame(f, vm.foundProperty().get(), "while training, new weights wait for the epoch's end");
        vm.pace().epochProperty().set("epoch 1");
        assertEquals(2, vm.foundProperty().get().version());
        assertEquals(20, vm.foundProperty().get().patches().images(), "while training, the first 20 images only");
        assertEquals(best.image(), vm.foundProperty().get().patches().layer(0).filters().get(0).get(0).image(),
                "same weights, same patches (the best of the 60 is among the first 20 here)");

        vm.pace().liveProperty().set(false);
        vm.weightsProperty().set(weights(3)); // training stopped: its last weights
        assertEquals(3, vm.foundProperty().get().version());
        assertEquals(60, vm.foundProperty().get().patches().images(), "all of them again once training stops");
    }

    @Test
    void nothingWhileHiddenAndANewDatasetDropsTheOldPatches() {
        TopPatchesViewModel vm = new TopPatchesViewModel(TaskRunner.immediate(), 50, 50);
        vm.activeProperty().set(false);
        vm.weightsProperty().set(weights(1));
        assertNull(vm.foundProperty().get());
        vm.activeProperty().set(true);
        assertNotNull(vm.foundProperty().get());
        vm.datasetProperty().set(DatasetKind.FASHION_MNIST);
        assertNull(vm.foundProperty().get(), "never the old model's patches on the new test set");
    }
}
