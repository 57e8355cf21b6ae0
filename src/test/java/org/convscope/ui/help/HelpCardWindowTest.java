package org.convscope.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.convscope.ui.common.I18n;
import org.convscope.ui.shell.WindowFixture;
import org.convscope.ui.shell.WindowTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The "?" card of each tab, in both languages, and the glossary window. */
class HelpCardWindowTest extends WindowTest {
    // on the FX thread: the card is made when first asked for
    private HelpCard card() {
        return WindowFixture.onFx(() -> app.window.help().card());
    }

    private String title(FxRobot robot) {
        return robot.lookup("#helpTitle").queryAs(Label.class).getText();
    }

    private void select(FxRobot robot, Tab tab) {
        robot.interact(() -> app.window.tabs().getSelectionModel().select(tab));
    }

    @Test
    void theQuestionMarkOpensTheCardOfEveryTab(FxRobot robot) {
        List<Tab> tabs = List.copyOf(app.window.tabs().getTabs());
        assertEquals(14, tabs.size()); // with Explain, Learned, Compare runs, Move it and Our drawings
        for (Tab tab : tabs) {
            select(robot, tab);
            assertFalse(card().isVisible());
            robot.clickOn("#helpButton");
            WindowFixture.waitFor(() -> card().isVisible(), "the card of " + tab.getId() + " opens");
            String expected = app.vm.i18n().get("help.view." + tab.getId() + ".title");
            assertEquals(expected, title(robot));
            assertEquals(tab.getId(), card().shown().tabId());
            robot.clickOn("#helpButton");
            WindowFixture.waitFor(() -> !card().isVisible(), "the ? closes it again");
        }
    }

    @Test
    void anOpenCardFollowsTheTabsAndEscapeClosesIt(FxRobot robot) {
        robot.clickOn("#helpButton");
        WindowFixture.waitFor(() -> card().isVisible(), "open");
        assertEquals("Training: watching the network learn", title(robot));
        Tab kernels = app.window.tabs().getTabs().stream().filter(t -> t.getId().equals("kernelsTab")).findFirst().orElseThrow();
        select(robot, kernels);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(card().isVisible());
        assertEquals("Kernels: what the network has learned", title(robot));

        robot.clickOn("#helpTitle").type(KeyCode.ESCAPE);
        WindowFixture.waitFor(() -> !card().isVisible(), "Esc closes the card");
    }

    @Test
    void theExplainCardSpellsOutTheGlossarysParagraphOfEachMethod(FxRobot robot) {
        select(robot, app.window.tabs().getTabs().stream().filter(t -> t.getId().equals("explainTab")).findFirst().orElseThrow());
        robot.clickOn("#helpButton");
        WindowFixture.waitFor(() -> card().isVisible(), "the Explain view's card opens");
        for (String id : List.of("saliency", "gradientTimesInput", "smoothGrad", "gradCam", "occlusion")) {
            assertEquals(app.vm.i18n().get("help.term." + id + ".def"), robot.lookup("#helpTermText-" + id).queryAs(Label.class).getText());
        }
        robot.interact(() -> app.vm.i18n().localeProperty().set(I18n.KOREAN));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(app.vm.i18n().get("help.term.gradCam.def"), robot.lookup("#helpTermText-gradCam").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#helpTermText-gradCam").queryAs(Label.class).getText().contains("특징맵"));
    }

    @Test
    void theCardSpeaksKorean(FxRobot robot) {
        robot.clickOn("#helpButton");
        WindowFixture.waitFor(() -> card().isVisible(), "open");
        robot.interact(() -> app.vm.i18n().localeProperty().set(I18n.KOREAN));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("학습: 신경망이 배우는 모습 보기", title(robot));
        Node sees = robot.lookup("#helpSees").query();
        assertEquals(app.vm.i18n().get("help.view.trainingTab.sees"), ((Label) sees).getText());
    }

    @Test
    void theGlossaryOpensFromTheHelpMenuAndListsEveryTerm(FxRobot robot) {
        robot.clickOn("Help").clickOn("#glossaryItem");
        try {
            WindowFixture.waitFor(() -> glossaryStage().isPresent(), "the glossary opens");
            Node list = robot.lookup("#glossaryList").query();
            for (GlossaryTerm t : Glossary.all()) {
                assertTrue(list.lookup("#term-" + t.id()) != null, t.id() + " is listed");
            }
            assertEquals(Glossary.all().size() + " terms", robot.lookup("#glossaryCount").queryAs(Label.class).getText());
            assertTrue(robot.lookup("#term-softmax").lookup(".glossary-name").queryAs(Label.class).getText().contains("softmax"));

            robot.interact(() -> app.window.help().showGlossary(Glossary.term("pooling")));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(Glossary.term("pooling"), app.window.help().glossaryView().chosen());
        } finally {
            robot.interact(() -> glossaryStage().ifPresent(Stage::close));
        }
    }

    private java.util.Optional<Stage> glossaryStage() {
        return javafx.stage.Window.getWindows().stream().filter(w -> w instanceof Stage && w.getScene() != null
                && w.getScene().getRoot() == app.window.help().glossaryView()).map(w -> (Stage) w).findFirst();
    }
}
