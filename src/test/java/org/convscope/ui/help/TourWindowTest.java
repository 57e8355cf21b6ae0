package org.convscope.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.stage.Popup;
import org.convscope.ui.common.I18n;
import org.convscope.ui.shell.WindowFixture;
import org.convscope.ui.shell.WindowTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The first-run tour in the window: five callouts beside their glowing targets, then back to where the user was. */
class TourWindowTest extends WindowTest {
    private Tour tour() {
        return app.window.help().tour();
    }

    private Popup popup() {
        return tour().popup();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private Tab selected() {
        return app.window.tabs().getSelectionModel().getSelectedItem();
    }

    private void startFromTab(FxRobot robot, String tabId) {
        robot.interact(() -> app.window.tabs().getSelectionModel().select(
                app.window.tabs().getTabs().stream().filter(t -> t.getId().equals(tabId)).findFirst().orElseThrow()));
        assertTrue(app.window.help().startTourOnFirstRun(new TourPolicy(freshPrefs(), "always")));
        WindowFixture.waitFor(() -> popup().isShowing() && tour().model().running(), "the tour is open");
    }

    private static Preferences freshPrefs() {
        return Preferences.userRoot().node("org/convscope/test/tourWindow-" + System.nanoTime());
    }

    private static List<Node> withTourTarget(Node root) {
        List<Node> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node n, List<Node> out) {
        if (n.getPseudoClassStates().contains(Tour.TARGET)) out.add(n);
        if (n instanceof javafx.scene.Parent p) p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
    }

    private static Bounds union(List<Node> nodes) {
        double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (Node n : nodes) {
            Bounds b = n.localToScreen(n.getLayoutBounds());
            x0 = Math.min(x0, b.getMinX());
            y0 = Math.min(y0, b.getMinY());
            x1 = Math.max(x1, b.getMaxX());
            y1 = Math.max(y1, b.getMaxY());
        }
        return new BoundingBox(x0, y0, x1 - x0, y1 - y0);
    }

    @Test
    void walkTheWholeTourAndComeBackToTheTabYouWereOn(FxRobot robot) {
        startFromTab(robot, "architectureTab");
        int count = TourStep.ALL.size();
        for (int i = 0; i < count; i++) {
            TourStep step = TourStep.ALL.get(i);
            int index = i;
            WindowFixture.waitFor(() -> tour().model().indexProperty().get() == index, "step " + (index + 1));
            assertEquals((i + 1) + " of " + count, text(robot, "#tourCounter"));
            assertEquals(app.vm.i18n().get(step.titleKey()), text(robot, "#tourTitle"));
            assertTrue(popup().isShowing(), "step " + (i + 1));

            List<Node> targets = new ArrayList<>();
            for (String selector : step.targets()) {
                Node n = app.stage.getScene().lookup(selector);
                assertTrue(n != null, selector + " exists");
                assertTrue(n.isVisible() && n.getScene() != null, selector + " is visible");
                assertTrue(n.getPseudoClassStates().contains(Tour.TARGET), selector + " glows");
                targets.add(n);
            }
            assertEquals(targets.size(), withTourTarget(app.stage.getScene().getRoot()).size(), "only this step's targets glow");

            Bounds area = app.stage.getScene().getRoot().localToScreen(app.stage.getScene().getRoot().getLayoutBounds());
            Bounds target = union(targets);
            Callout callout = (Callout) popup().getContent().get(0);
            double bodyH = callout.getHeight() - 2 * Callout.GAP;
            Bounds body = new BoundingBox(popup().getX() + Callout.GAP, popup().getY() + Callout.GAP, Callout.BODY_WIDTH, bodyH);
            String where = "step " + (i + 1) + ": callout " + body + ", window " + area + ", targets " + target;
            assertTrue(area.contains(body), "inside the window; " + where);
            if (CalloutPlacement.place(target, area, Callout.BODY_WIDTH, bodyH, step.side(), Callout.GAP, 8).fits()) {
                assertFalse(body.intersects(target), "does not cover its targets; " + where);
            }
            assertEquals(i == count - 1 ? "Done" : "Next", robot.lookup("#tourNext").queryButton().getText());
            robot.clickOn("#tourNext");
        }
        WindowFixture.waitFor(() -> !popup().isShowing(), "the popup closes after Done");
        assertFalse(tour().model().running());
        assertEquals(List.of(), withTourTarget(app.stage.getScene().getRoot()), "nothing glows any more");
        assertEquals("architectureTab", selected().getId(), "the tab the user was on comes back");
    }

    @Test
    void backGoesToThePreviousStep(FxRobot robot) {
        startFromTab(robot, "trainingTab");
        assertTrue(robot.lookup("#tourBack").queryButton().isDisabled(), "no way back from the first step");
        robot.clickOn("#tourNext");
        WindowFixture.waitFor(() -> "2 of 5".equals(text(robot, "#tourCounter")), "step 2");
        assertTrue(app.stage.getScene().lookup("#startButton").getPseudoClassStates().contains(Tour.TARGET));
        robot.clickOn("#tourBack");
        WindowFixture.waitFor(() -> "1 of 5".equals(text(robot, "#tourCounter")), "back to step 1");
        assertFalse(app.stage.getScene().lookup("#startButton").getPseudoClassStates().contains(Tour.TARGET));
        assertTrue(app.stage.getScene().lookup("#datasetChoice").getPseudoClassStates().contains(Tour.TARGET));
    }

    @Test
    void skipEndsTheTourAnywhere(FxRobot robot) {
        startFromTab(robot, "kernelsTab");
        robot.clickOn("#tourNext").clickOn("#tourNext"); // step 3 shows the training tab
        WindowFixture.waitFor(() -> "3 of 5".equals(text(robot, "#tourCounter")), "step 3");
        assertEquals("trainingTab", selected().getId());
        robot.clickOn("#tourSkip");
        WindowFixture.waitFor(() -> !popup().isShowing(), "closed");
        assertFalse(tour().model().running());
        assertEquals(List.of(), withTourTarget(app.stage.getScene().getRoot()));
        assertEquals("kernelsTab", selected().getId());
    }

    @Test
    void escapeEndsTheTour(FxRobot robot) {
        startFromTab(robot, "editorTab");
        robot.clickOn("#tourNext");
        WindowFixture.waitFor(() -> "2 of 5".equals(text(robot, "#tourCounter")), "step 2");
        robot.type(KeyCode.ESCAPE);
        WindowFixture.waitFor(() -> !popup().isShowing(), "Esc closes the popup");
        assertFalse(tour().model().running());
        assertEquals(List.of(), withTourTarget(app.stage.getScene().getRoot()));
        assertEquals("editorTab", selected().getId());
    }

    @Test
    void theCalloutSpeaksKoreanWhenTheLanguageChanges(FxRobot robot) {
        startFromTab(robot, "trainingTab");
        String english = text(robot, "#tourTitle");
        assertEquals("The images it learns from", english);
        robot.interact(() -> app.vm.i18n().localeProperty().set(I18n.KOREAN));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("신경망이 배우는 이미지", text(robot, "#tourTitle"));
        assertEquals("1 / 5", text(robot, "#tourCounter"));
        assertNotEquals("Next", robot.lookup("#tourNext").queryButton().getText());
        assertTrue(popup().isShowing());
    }

    @Test
    void aFirstRunTourStartsOnceAndNeverAgain(FxRobot robot) throws BackingStoreException {
        Preferences prefs = freshPrefs();
        try {
            assertTrue(app.window.help().startTourOnFirstRun(new TourPolicy(prefs, null)));
            WindowFixture.waitFor(() -> popup().isShowing(), "the first start shows the tour");
            robot.clickOn("#tourSkip");
            WindowFixture.waitFor(() -> !popup().isShowing(), "skipped");

            assertFalse(app.window.help().startTourOnFirstRun(new TourPolicy(prefs, null)));
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(popup().isShowing(), "the next start does not");
            assertFalse(tour().model().running());
            assertFalse(app.window.help().startTourOnFirstRun(new TourPolicy(freshPrefs(), "never")));
        } finally {
            prefs.removeNode();
        }
    }
}
