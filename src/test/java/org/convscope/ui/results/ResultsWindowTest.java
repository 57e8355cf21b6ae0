package org.convscope.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.layout.StackPane;
import org.convscope.ui.shell.WindowFixture;
import org.convscope.ui.shell.WindowTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The Test results tab in the window: it evaluates when shown, a cell shows its images, an image opens in the feature maps. */
class ResultsWindowTest extends WindowTest {
    @Test
    void showingTheTabEvaluatesAndACellLeadsIntoTheNetwork(FxRobot robot) {
        selectTab(robot, "resultsTab");
        WindowFixture.waitFor(() -> robot.lookup("#cell-0-0").tryQuery().isPresent(), "the matrix appears by itself");
        String summary = robot.lookup("#resultsSummary").queryAs(Label.class).getText();
        assertTrue(summary.startsWith("Test accuracy ") && summary.contains("10,000 images"), summary);

        // the cell with the most mistakes of class 0's row... any non-empty off-diagonal one will do
        ResultsView view = robot.lookup(".results-view").queryAs(ResultsView.class);
        TestResult r = view.model().resultProperty().get();
        int[] worst = r.worstConfusion();
        String id = "#cell-" + worst[0] + "-" + worst[1];
        assertEquals(String.format("%,d", r.count(worst[0], worst[1])),
                ((Label) robot.lookup(id).queryAs(StackPane.class).getChildren().get(0)).getText(), "the cell shows its count");
        robot.clickOn(id);
        // the images come in as they are drawn: wait for all of them, then they are exactly the cell's (at most the cap)
        int expected = Math.min(ResultsViewModel.MAX_EXAMPLES, r.count(worst[0], worst[1]));
        WindowFixture.waitFor(() -> robot.lookup(".results-example").queryAll().size() >= expected, "its images appear");
        assertTrue(robot.lookup(id).query().getStyleClass().contains("confusion-selected"));
        assertEquals(expected, robot.lookup(".results-example").queryAll().size());
        String title = robot.lookup("#resultsDetailTitle").queryAs(Label.class).getText();
        assertTrue(title.contains(" taken for "), title);

        // the session publishes the weights twice as it starts (model, then trainer), and the second evaluation may
        // redraw the strip under the pointer: click the image the model lists first once it is on screen
        Example first = view.model().examples().get(0);
        for (int attempt = 0; ; attempt++) {
            Example now = view.model().examples().get(0);
            WindowFixture.waitFor(() -> robot.lookup("#example-" + now.index()).tryQuery().map(n -> n.getScene() != null).orElse(false),
                    "the first image is on screen");
            try {
                robot.clickOn("#example-" + now.index());
                first = now;
                break;
            } catch (RuntimeException redrawn) {
                if (attempt == 4) throw redrawn;
            }
        }
        WindowFixture.waitFor(() -> "featuremapsTab".equals(selectedTab()), "the image opens in the feature maps");
        assertEquals(first.index(), app.vm.probe().testIndexProperty().get());
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
