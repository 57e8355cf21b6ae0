package org.convscope.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.convscope.data.DatasetKind;
import org.convscope.engine.io.ModelFile;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.io.TrainingInfo;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.Sequential;
import org.convscope.training.SessionState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Closing the window in the middle of things: it is gone, and its background work stopped, within 2 s; a model being
 * saved at that moment is either the old file or the new one, whole, never half of one.
 */
class ClosingWindowTest extends WindowTest {
    private static final ModelSpec BIG = ModelSpec.parse("c32k3-c32k3-f-d64-d10"); // 1.2 M parameters: saving takes a while
    @TempDir
    Path dir;

    private double closeSeconds(FxRobot robot) {
        long t0 = System.nanoTime();
        robot.interact(() -> app.stage.close()); // as the window's close button: onHidden stops everything
        return (System.nanoTime() - t0) / 1e9;
    }

    private void useBigModel(FxRobot robot) {
        robot.interact(() -> app.vm.training().specProperty().set(BIG));
        WindowFixture.waitFor(() -> app.vm.training().weightsProperty().get() != null
                && app.vm.training().weightsProperty().get().spec().equals(BIG), "the big model is built");
    }

    @Test
    void closingWhileTrainingStopsWithinTwoSeconds(FxRobot robot) {
        robot.interact(() -> app.vm.training().startOrPause());
        WindowFixture.waitFor(() -> app.vm.training().stepProperty().get() > 3, "training runs");
        double s = closeSeconds(robot);
        assertTrue(s <= 2.0, "closed in " + s + " s");
        assertEquals(SessionState.RUNNING, app.vm.training().stateProperty().get(), "it was closed mid-run");
    }

    @Test
    void closingWhileSavingLeavesTheOldFileOrTheNewOneNeverHalf(FxRobot robot) throws Exception {
        useBigModel(robot);
        Path file = dir.resolve("lesson.cnn.zip");
        SavedModel old = SavedModel.of(Sequential.build(ModelSpec.parse("c4k3-p2-f-d10"), 3),
                DatasetKind.MNIST.classNames(Locale.ENGLISH), "mnist", TrainingInfo.empty());
        ModelFile.write(file, old);
        float[] live = app.vm.training().weightsProperty().get().params().clone();
        robot.interact(() -> app.vm.files().saveModelAs(file));
        double s = closeSeconds(robot);
        assertTrue(s <= 2.0, "closed in " + s + " s");

        SavedModel now = ModelFile.read(file); // whole: it reads
        boolean isOld = now.equals(old);
        boolean isNew = now.spec().equals(BIG) && java.util.Arrays.equals(now.toSequential().params(), live);
        assertTrue(isOld || isNew, "the file is the old model or the new one: " + now);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no half-written file is left beside it");
        }
    }

    @Test
    void closingWhileTheTestSetIsEvaluatedStopsWithinTwoSeconds(FxRobot robot) {
        useBigModel(robot);
        selectTab(robot, "resultsTab"); // the view evaluates all 10,000 test images when it appears
        WindowFixture.waitFor(() -> robot.lookup(".results-view").tryQuery().isPresent(), "the results view is shown");
        org.convscope.ui.results.ResultsView view = robot.lookup(".results-view").queryAs(org.convscope.ui.results.ResultsView.class);
        WindowFixture.waitFor(() -> view.model().busyProperty().get(), "the evaluation runs");
        double s = closeSeconds(robot);
        assertTrue(s <= 2.0, "closed in " + s + " s");
        assertFalse(app.vm.training().stateProperty().get() == SessionState.FAILED);
    }
}
