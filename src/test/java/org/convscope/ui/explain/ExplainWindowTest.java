package org.convscope.ui.explain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import org.convscope.engine.explain.ExplainOptions;
import org.convscope.engine.explain.Explainer;
import org.convscope.engine.explain.Explanation;
import org.convscope.training.SessionState;
import org.convscope.ui.inspect.ProbeModel;
import org.convscope.ui.shell.WindowFixture;
import org.convscope.ui.shell.WindowTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The Explain view in the window: one click leads there from the drawn digit, the probe picker and every image of
 * the test results, and while training runs the map follows the weights.
 */
class ExplainWindowTest extends WindowTest {

    private ExplainViewModel explain(FxRobot robot) {
        return robot.lookup("#explainView").queryAs(ExplainView.class).viewModel();
    }

    private void waitForExplainTab(FxRobot robot) {
        WindowFixture.waitFor(() -> "explainTab".equals(selectedTab()), "the Explain view is shown");
        WindowFixture.waitFor(() -> explain(robot).explanationProperty().get() != null, "it explains the image");
    }

    @Test
    void oneClickFromTheDrawnDigitAndFromTheProbePicker(FxRobot robot) {
        selectTab(robot, "drawpadTab");
        assertTrue(robot.lookup("#drawExplainButton").query().isDisabled(), "nothing to explain on an empty pad");
        Node pad = robot.lookup("#drawPad").query();
        robot.moveTo(pad.localToScreen(150, 50)).press(MouseButton.PRIMARY).moveTo(pad.localToScreen(150, 250)).release(MouseButton.PRIMARY);
        WindowFixture.waitFor(() -> app.vm.probe().sourceProperty().get() == ProbeModel.Source.DRAWING, "the drawing is the probe");
        robot.interact(() -> app.vm.probe().sourceProperty().set(ProbeModel.Source.TEST_SET)); // another view took a test image since
        robot.clickOn("#drawExplainButton");
        waitForExplainTab(robot);
        assertEquals(ProbeModel.Source.DRAWING, app.vm.probe().sourceProperty().get(), "the drawing is the probe again");
        WindowFixture.waitFor(() -> Arrays.equals(app.vm.probe().drawingProperty().get(), explain(robot).imageProperty().get()),
                "the drawing is explained");
        assertNull(explain(robot).testIndexProperty().get());

        selectTab(robot, "featuremapsTab");
        WindowFixture.waitFor(() -> robot.lookup("#probeExplain").tryQuery().isPresent(), "the probe picker is built");
        robot.clickOn("#probeNext");
        WindowFixture.waitFor(() -> app.vm.probe().testIndexProperty().get() == 1, "test image 1 is the probe");
        robot.clickOn("#probeExplain");
        waitForExplainTab(robot);
        WindowFixture.waitFor(() -> Integer.valueOf(1).equals(explain(robot).testIndexProperty().get()), "test image 1 is explained");
        assertArrayEquals(app.vm.probe().inspectionProperty().get().input(), explain(robot).imageProperty().get());
    }

    @Test
    void oneClickFromEveryImageOfTheTestResults(FxRobot robot) {
        selectTab(robot, "resultsTab");
        org.convscope.ui.results.ResultsView results = robot.lookup(".results-view").queryAs(org.convscope.ui.results.ResultsView.class);
        // the session publishes its weights twice as it starts: take the images of the evaluation that stays
        WindowFixture.waitFor(() -> !results.model().busyProperty().get() && results.shownExampleCount() > 0,
                "the most frequent mistake's images appear");
        org.convscope.ui.results.Example shown = results.model().examples().get(0);
        int index = shown.index();
        WindowFixture.waitFor(() -> results.exampleOnScreen(index, true) != null, "its lightbulb is in place");
        robot.clickOn(results.exampleOnScreen(index, true));
        waitForExplainTab(robot);
        assertEquals(index, app.vm.probe().testIndexProperty().get());
        WindowFixture.waitFor(() -> Integer.valueOf(index).equals(explain(robot).testIndexProperty().get()), "that image is explained");
        Explanation e = explain(robot).explanationProperty().get();
        assertEquals(shown.guessed(), e.predicted(),
                "the mistake the results showed");
    }

    @Test
    void theMapFollowsTheWeightsWhileTrainingRuns(FxRobot robot) {
        selectTab(robot, "explainTab");
        WindowFixture.waitFor(() -> explain(robot).explanationProperty().get() != null, "the probe is explained");
        Explanation before = explain(robot).explanationProperty().get();
        robot.interact(() -> app.vm.training().startOrPause());
        WindowFixture.waitFor(() -> explain(robot).liveProperty().get(), "training runs");
        WindowFixture.waitFor(() -> !Arrays.equals(before.logits(), explain(robot).explanationProperty().get().logits()),
                "a new map for new weights");
        robot.interact(() -> app.vm.training().startOrPause());
        WindowFixture.waitFor(() -> app.vm.training().stateProperty().get() == SessionState.PAUSED, "training pauses");
        // both read on the FX thread, where the binding is current: the test thread may still see its cached value
        boolean[] pausedAndLive = WindowFixture.onFx(() -> new boolean[] {
            app.vm.training().stateProperty().get() == SessionState.PAUSED, explain(robot).liveProperty().get()});
        assertTrue(pausedAndLive[0], "still paused");
        assertFalse(pausedAndLive[1], "paused: the map no longer follows the weights");
        WindowFixture.waitFor(() -> explainedNow(robot), "the weights training paused at are explained");
    }

    // whether the map shown is the engine's for the weights and image the view has now
    private boolean explainedNow(FxRobot robot) {
        ExplainViewModel vm = explain(robot);
        Explanation shown = vm.explanationProperty().get();
        return shown.equals(Explainer.of(vm.weightsProperty().get().spec(), vm.weightsProperty().get().params())
                .explain(vm.imageProperty().get(), ExplainOptions.of(shown.method())));
    }
}
