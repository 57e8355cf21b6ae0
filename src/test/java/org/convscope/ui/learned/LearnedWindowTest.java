package org.convscope.ui.learned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import org.convscope.ui.inspect.ProbeModel;
import org.convscope.ui.shell.WindowFixture;
import org.convscope.ui.shell.WindowTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What it learned, in the window: a top patch beside its kernel and a dot of the embedding map each open their test
 * image in Explain or Feature maps, and feature visualization grows the ten classes' images.
 */
class LearnedWindowTest extends WindowTest {

    /**
     * Waits for work of the slow thread (a pass over the test set, ten images grown): seconds alone, and far more
     * when the machine's two cores are shared, so longer than {@link WindowFixture#waitFor}'s 10 s.
     */
    private static void waitForSlowWork(BooleanSupplier condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what);
        }
    }

    private LearnedViewModel learned(FxRobot robot) {
        return robot.lookup("#learnedView").queryAs(LearnedView.class).viewModel();
    }

    @Test
    void aTopPatchOpensItsImageInExplain(FxRobot robot) {
        selectTab(robot, "kernelsTab");
        waitForSlowWork(() -> robot.lookup("#patches-0").tryQuery().isPresent(), "the first filter's patches are found");
        Node tile = robot.lookup("#patches-0").query();
        robot.moveTo(tile).clickOn(tile); // the middle patch of the 3×3 grid
        WindowFixture.waitFor(() -> !robot.lookup("#patchExplain").query().isDisabled(), "a patch is kept");
        String readout = robot.lookup("#patchReadout").queryLabeled().getText();
        assertTrue(readout.startsWith("Filter 0, patch 5: test image "), readout);
        int image = Integer.parseInt(readout.replaceAll("^Filter 0, patch 5: test image (\\d+) .*$", "$1").strip().split("\\s")[0]);
        robot.clickOn("#patchExplain");
        WindowFixture.waitFor(() -> "explainTab".equals(selectedTab()), "the Explain view is shown");
        assertEquals(ProbeModel.Source.TEST_SET, app.vm.probe().sourceProperty().get());
        assertEquals(image, app.vm.probe().testIndexProperty().get(), "that test image is the probe");
    }

    @Test
    void aDotOfTheMapOpensItsImageInFeatureMapsAndTheClassesGrow(FxRobot robot) {
        selectTab(robot, "learnedTab");
        waitForSlowWork(() -> learned(robot).dream().dreamsProperty().get() != null, "the classes' images grow");
        assertEquals(10, learned(robot).dream().dreamsProperty().get().dreams().size());
        robot.clickOn("#learnedMap");
        waitForSlowWork(() -> learned(robot).embedding().mapProperty().get() != null, "the map is made");
        EmbeddingViewModel map = learned(robot).embedding();
        assertEquals(2000, map.mapProperty().get().count());
        EmbeddingCanvas canvas = robot.lookup("#embeddingCanvas").queryAs(EmbeddingCanvas.class);
        double[] at = canvas.screenOf(17);
        robot.interact(() -> { });
        robot.moveTo(canvas.localToScreen(at[0], at[1])).clickOn(canvas.localToScreen(at[0], at[1]));
        WindowFixture.waitFor(() -> map.pickedProperty().get() >= 0, "a dot is picked");
        int picked = map.pickedProperty().get();
        robot.clickOn("#embeddingFeatureMaps");
        WindowFixture.waitFor(() -> "featuremapsTab".equals(selectedTab()), "the feature maps are shown");
        assertEquals(picked, app.vm.probe().testIndexProperty().get(), "the dot's test image is the probe");
    }
}
