package org.convscope.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.ToggleButton;
import org.convscope.ui.common.I18n;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The grouped navigation in place of the tab row: one button per tab, in step with the tabs, and all of it on a projector. */
class ViewNavWindowTest extends WindowTest {
    private ViewNav nav(FxRobot robot) {
        return robot.lookup("#viewNav").queryAs(ViewNav.class);
    }

    private List<String> buttonIds(FxRobot robot) {
        return nav(robot).buttons().stream().map(Node::getId).toList();
    }

    private List<String> tabIds() {
        return tabs().getTabs().stream().map(t -> "nav-" + t.getId()).toList();
    }

    @Test
    void aButtonPerTabInTheTabsOrderAndTheSelectionFollowsBothWays(FxRobot robot) {
        assertEquals(tabIds(), buttonIds(robot));
        assertEquals(Views.all().size(), buttonIds(robot).size());
        assertTrue(robot.lookup("#nav-trainingTab").queryAs(ToggleButton.class).isSelected());

        robot.clickOn("#nav-kernelsTab");
        assertEquals("kernelsTab", selectedTab());
        assertFalse(robot.lookup("#nav-trainingTab").queryAs(ToggleButton.class).isSelected());

        robot.clickOn("#nav-kernelsTab"); // the view on screen stays on screen
        assertTrue(robot.lookup("#nav-kernelsTab").queryAs(ToggleButton.class).isSelected());
        assertEquals("kernelsTab", selectedTab());

        robot.interact(() -> app.vm.selectedTabProperty().set("explainTab")); // as a Why? button does
        assertTrue(robot.lookup("#nav-explainTab").queryAs(ToggleButton.class).isSelected());
        assertFalse(robot.lookup("#nav-kernelsTab").queryAs(ToggleButton.class).isSelected());
    }

    @Test
    void onlyTheSelectedViewIsInTheSceneAndAViewComesBackAsItWasLeft(FxRobot robot) {
        robot.clickOn("#nav-kernelsTab");
        Node kernels = tab("kernelsTab").getContent();
        assertTrue(kernels != null && kernels.getScene() != null && kernels.isVisible(), "the selected view is on screen");
        robot.clickOn("#nav-trainingTab");
        Node training = tab("trainingTab").getContent();
        assertTrue(training.getScene() != null && training.isVisible());
        // every pulse walks the bounds of every node in the scene: the view left is out of it, and hidden (no redraws)
        assertTrue(kernels.getScene() == null, "the view left is out of the scene");
        assertFalse(kernels.isVisible(), "the view left is hidden, so it skips its redraws");
        for (Tab t : tabs().getTabs()) {
            if (!t.isSelected()) assertTrue(t.getContent() == null, t.getId() + " holds no view while not selected");
        }

        robot.clickOn("#nav-kernelsTab");
        assertTrue(tab("kernelsTab").getContent() == kernels, "the same view comes back, not a new one");
        assertTrue(kernels.getScene() != null && kernels.isVisible());
        assertTrue(training.getScene() == null);
    }

    private Tab tab(String id) {
        return tabs().getTabs().stream().filter(t -> t.getId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aLessonsHiddenViewsLeaveTheNavigationAndComeBack(FxRobot robot) {
        robot.interact(() -> app.vm.classroom().lesson().set(List.of("architectureTab", "editorTab", "poolstepTab"), List.of()));
        assertEquals(tabIds(), buttonIds(robot));
        assertFalse(buttonIds(robot).contains("nav-poolstepTab"));
        assertTrue(robot.lookup("#navGroup-" + ViewGroups.BUILD).tryQuery().isEmpty(), "a group with no view left goes too");

        robot.interact(() -> app.vm.classroom().lesson().showEverything());
        assertEquals(tabIds(), buttonIds(robot));
        assertEquals(Views.all().size(), buttonIds(robot).size());
    }

    @Test
    void everyViewIsReachableOnAProjectorInBothLanguages(FxRobot robot) {
        robot.interact(() -> {
            app.stage.setWidth(1280);
            app.stage.setHeight(720);
        });
        for (Locale l : List.of(Locale.ENGLISH, I18n.KOREAN)) {
            robot.interact(() -> app.vm.i18n().localeProperty().set(l));
            robot.interact(() -> app.window.layout());
            double width = app.window.getScene().getWidth();
            double buttonHeight = 0;
            for (ToggleButton b : nav(robot).buttons()) {
                Bounds r = b.localToScene(b.getLayoutBounds());
                assertTrue(b.isVisible() && r.getWidth() > 20, b.getId() + " is shown: " + r);
                assertTrue(r.getMinX() >= 0 && r.getMaxX() <= width, l + ": " + b.getId() + " lies inside the window: " + r);
                assertTrue(b.getText() != null && !b.getText().isBlank(), b.getId() + " has a title");
                buttonHeight = Math.max(buttonHeight, r.getHeight());
            }
            double navHeight = nav(robot).getHeight();
            assertTrue(navHeight < 4 * buttonHeight, l + ": at most three rows at 1280 × 720, fourteen views: " + navHeight);
            Tab selected = tabs().getSelectionModel().getSelectedItem();
            assertTrue(selected.getContent().localToScene(selected.getContent().getLayoutBounds()).getMinY() >= navHeight,
                    "the view begins under the navigation");
        }
    }
}
