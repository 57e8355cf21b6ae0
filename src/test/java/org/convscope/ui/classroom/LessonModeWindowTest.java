package org.convscope.ui.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Tab;
import org.convscope.ui.shell.Views;
import org.convscope.ui.shell.WindowFixture;
import org.convscope.ui.shell.WindowTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Lesson mode on the window: hidden tabs leave the pane and come back in order; hidden groups leave the panel. */
class LessonModeWindowTest extends WindowTest {
    private static final List<String> ALL = Views.all().stream().map(Views.ViewTab::id).toList();
    private List<String> shown() {
        return tabs().getTabs().stream().map(Tab::getId).toList();
    }

    /** Visible with every parent: what the user sees. */
    private static boolean showing(FxRobot robot, String id) {
        for (javafx.scene.Node n = robot.lookup(id).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) return false;
        }
        return true;
    }

    private void lesson(FxRobot robot, List<String> hiddenTabs, List<ControlGroup> hiddenGroups) {
        robot.interact(() -> app.vm.classroom().lesson().set(hiddenTabs, hiddenGroups));
    }

    @Test
    void hiddenTabsLeaveAndComeBackInTheirOrder(FxRobot robot) {
        assertEquals(ALL, shown());
        selectTab(robot, "kernelsTab");
        lesson(robot, List.of("kernelsTab", "editorTab"), List.of(ControlGroup.RUN));
        assertEquals(ALL.stream().filter(id -> !id.equals("kernelsTab") && !id.equals("editorTab")).toList(), shown());
        assertFalse(Set.of("kernelsTab", "editorTab").contains(selectedTab()), "the selected tab is never a hidden one");
        WindowFixture.waitFor(() -> !showing(robot, "#startButton"), "the run buttons are hidden");
        assertTrue(showing(robot, "#datasetChoice"), "the other groups stay");

        lesson(robot, List.of("editorTab", "poolstepTab"), List.of());
        assertEquals(ALL.stream().filter(id -> !id.equals("poolstepTab") && !id.equals("editorTab")).toList(), shown(),
                "kernels came back at its place");
        WindowFixture.waitFor(() -> showing(robot, "#startButton"), "the run buttons are back");

        robot.interact(() -> app.vm.classroom().lesson().showEverything());
        assertEquals(ALL, shown());
    }

    @Test
    void hidingEveryTabKeepsOne(FxRobot robot) {
        selectTab(robot, "convstepTab");
        lesson(robot, ALL, List.of());
        assertEquals(List.of(ALL.get(0)), shown());
        assertEquals(ALL.get(0), selectedTab());
        robot.interact(() -> app.vm.classroom().lesson().showEverything());
        assertEquals(ALL, shown());
    }

    @Test
    void hidingEveryPanelGroupHidesThePanel(FxRobot robot) {
        lesson(robot, List.of(), List.of(ControlGroup.DATASET, ControlGroup.MODEL, ControlGroup.TRAINING, ControlGroup.RUN));
        WindowFixture.waitFor(() -> !robot.lookup("#controlPanel").query().getParent().isVisible(), "the control column is hidden");
        robot.interact(() -> app.vm.classroom().lesson().showEverything());
        WindowFixture.waitFor(() -> robot.lookup("#controlPanel").query().getParent().isVisible()
                && showing(robot, "#datasetChoice"), "and comes back");
    }

    @Test
    void theLessonDialogAppliesTheUntickedBoxes(FxRobot robot) {
        robot.clickOn("View").clickOn("#menuLesson");
        WindowFixture.waitFor(() -> robot.lookup("#lessonDialog").tryQuery().isPresent(), "the dialog opens");
        assertTrue(robot.lookup("#lessonTab-kernelsTab").queryAs(CheckBox.class).isSelected());
        robot.clickOn("#lessonTab-kernelsTab").clickOn("#lessonTab-poolstepTab").clickOn("#lessonGroup-advanced");
        assertFalse(robot.lookup("#lessonTab-kernelsTab").queryAs(CheckBox.class).isSelected());
        robot.clickOn("#lessonOk");
        WindowFixture.waitFor(() -> robot.lookup("#lessonDialog").tryQuery().isEmpty(), "the dialog closes");
        assertEquals(Set.of("kernelsTab", "poolstepTab"), app.vm.classroom().lesson().hiddenTabs());
        assertEquals(Set.of(ControlGroup.ADVANCED), app.vm.classroom().lesson().hiddenControls());
        assertEquals(ALL.stream().filter(id -> !id.equals("kernelsTab") && !id.equals("poolstepTab")).toList(), shown());
        WindowFixture.waitFor(() -> !showing(robot, "#seedSpinner"), "the advanced settings are hidden");
    }
}
