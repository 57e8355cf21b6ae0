package org.convscope.ui.learned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.convscope.data.DatasetKind;
import org.convscope.engine.explain.Course;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.learned.DreamTarget;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.training.ModelWeights;
import org.junit.jupiter.api.Test;

/** Feature visualization's choices: the ten classes, a convolution's filters, the regularisers, the frame shown. */
class DreamViewModelTest {
    private static final SavedModel COURSE = Course.model(DatasetKind.MNIST);

    @Test
    void classesThenFiltersAndEveryChoiceRegrows() {
        DreamViewModel vm = new DreamViewModel(TaskRunner.immediate());
        vm.activeProperty().set(true); // its view on screen
        vm.stepsProperty().set(16);
        vm.weightsProperty().set(new ModelWeights(COURSE.spec(), COURSE.toSequential().params(), 1));
        DreamViewModel.Dreams classes = vm.dreamsProperty().get();
        assertEquals(DreamTarget.Kind.CLASS, classes.kind());
        assertEquals(10, classes.dreams().size());
        assertEquals(16, classes.options().steps());
        for (int c = 0; c < 10; c++) assertTrue(classes.dreams().get(c).end() > classes.dreams().get(c).start(), "class " + c + " rose");
        assertEquals(3, vm.convs().size());
        assertEquals(4, vm.layerProperty().get(), "the last convolution unless chosen");

        vm.layerProperty().set(0);
        vm.kindProperty().set(DreamTarget.Kind.FILTER);
        assertEquals(32, vm.dreamsProperty().get().dreams().size(), "conv2d's 32 filters");
        vm.selectedProperty().set(5);
        assertEquals(5, vm.selectedDream().target().index());
        vm.frameProperty().set(0);
        assertEquals(0, vm.shownFrame(), "the grey start");
        DreamViewModel.Dreams before = vm.dreamsProperty().get();
        vm.blurProperty().set(0);
        assertNotSame(before, vm.dreamsProperty().get(), "a regulariser moved: regrown");
        assertEquals(0.0, vm.dreamsProperty().get().options().blurSigma());
        assertEquals(vm.selectedDream().frames().size() - 1, vm.shownFrame(), "a new growth shows its finished image");
    }
}
