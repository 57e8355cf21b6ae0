package org.convscope.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import org.convscope.ui.shell.WindowFixture;
import org.convscope.ui.shell.WindowTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The Test results tab in the window: it evaluates when shown, a cell shows its images, an image opens in the feature maps. */
class ResultsWindowTest extends WindowTest {
    @Test
    void showingTheTabEvaluatesAndACellLeadsIntoTheNetwork(FxRobot robot) {
        selectTab(robot, "resultsTab");
        ResultsView view = robot.lookup(".results-view").queryAs(ResultsView.class);
        // the condition runs on the test thread: wait for the summary too, which the same redraw writes after the matrix
        WindowFixture.waitFor(() -> view.cellOnScreen(0, 0) != null
                && !robot.lookup("#resultsSummary").queryAs(Label.class).getText().isEmpty(), "the matrix appears by itself");
        String summary = robot.lookup("#resultsSummary").queryAs(Label.class).getText();
        assertTrue(summary.startsWith("Test accuracy ") && summary.contains("10,000 images"), summary);

        // the cell with the most mistakes
        TestResult r = view.model().resultProperty().get();
        int[] worst = r.worstConfusion();
        assertEquals(String.format("%,d", r.count(worst[0], worst[1])), view.cellText(worst[0], worst[1]), "the cell shows its count");
        robot.interact(() -> view.model().pick(new Cell(worst[0] == 0 ? 1 : 0, worst[0] == 0 ? 1 : 0))); // another cell first: the click must move it back
        WindowFixture.waitFor(() -> view.cellOnScreen(worst[0], worst[1]) != null, "the matrix laid out again");
        robot.clickOn(view.cellOnScreen(worst[0], worst[1]));
        assertEquals(new Cell(worst[0], worst[1]), view.model().selectedProperty().get(), "the click picks the cell");
        // the images come in as they are drawn: wait for all of them, then they are exactly the cell's (at most the cap)
        int expected = Math.min(ResultsViewModel.MAX_EXAMPLES, r.count(worst[0], worst[1]));
        WindowFixture.waitFor(() -> view.shownExampleCount() >= expected, "its images appear");
        assertEquals(expected, view.shownExampleCount());
        // a view coming back into the scene is styled anew, node by node: the matrix's cells and sixty images as
        // boxes of nodes were 870 nodes and ~100 ms of a frame while training; drawn on two canvases, about 80
        assertTrue(nodes(view) < 150, nodes(view) + " nodes");
        String title = robot.lookup("#resultsDetailTitle").queryAs(Label.class).getText();
        assertTrue(title.contains(" taken for "), title);

        // the session publishes the weights twice as it starts (model, then trainer), and the second evaluation may
        // redraw the strip: click the image the model lists first once no evaluation is running
        WindowFixture.waitFor(() -> !view.model().busyProperty().get() && !view.model().examples().isEmpty()
                && view.exampleOnScreen(view.model().examples().get(0).index(), false) != null, "the first image is on screen");
        Example first = view.model().examples().get(0);
        robot.clickOn(view.exampleOnScreen(first.index(), false));
        WindowFixture.waitFor(() -> "featuremapsTab".equals(selectedTab()), "the image opens in the feature maps");
        assertEquals(first.index(), app.vm.probe().testIndexProperty().get());
    }

    private static int nodes(javafx.scene.Node n) {
        int count = 1;
        if (n instanceof javafx.scene.Parent p) for (javafx.scene.Node child : p.getChildrenUnmodifiable()) count += nodes(child);
        return count;
    }

    @Test
    void theResultsTabIsFollowedByExplainAndSpeaksKorean(FxRobot robot) {
        assertEquals(14, tabs().getTabs().size());
        int at = tabs().getTabs().stream().map(Tab::getId).toList().indexOf("resultsTab");
        Tab results = tabs().getTabs().get(at);
        assertEquals("explainTab", tabs().getTabs().get(at + 1).getId(), "the question the results raise comes next: why?");
        assertEquals("Test results", results.getText());
        robot.interact(() -> app.vm.i18n().localeProperty().set(org.convscope.ui.common.I18n.KOREAN));
        assertEquals("테스트 결과", results.getText());
    }
}
