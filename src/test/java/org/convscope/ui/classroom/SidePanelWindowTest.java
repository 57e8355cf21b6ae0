package org.convscope.ui.classroom;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.convscope.training.SessionState;
import org.convscope.ui.shell.WindowFixture;
import org.convscope.ui.shell.WindowTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Ctrl+B and the status bar's switch hide the control column, the views take its width, the keys still steer training. */
class SidePanelWindowTest extends WindowTest {
    private Node column(FxRobot robot) {
        return robot.lookup("#controlPanel").query().getParent();
    }

    private double tabsWidth(FxRobot robot) {
        return robot.lookup("#viewTabs").query().getLayoutBounds().getWidth();
    }

    private boolean switchOn(FxRobot robot) {
        return robot.lookup("#panelButton").queryAs(ToggleButton.class).isSelected();
    }

    @Test
    void ctrlBHidesTheColumnAndTheViewsTakeItsWidth(FxRobot robot) {
        double before = tabsWidth(robot);
        double column = column(robot).getLayoutBounds().getWidth();
        assertTrue(column > 100, "the column has width: " + column);
        robot.clickOn("#viewTabs").press(KeyCode.SHORTCUT, KeyCode.B).release(KeyCode.B, KeyCode.SHORTCUT);
        WindowFixture.waitFor(() -> !column(robot).isVisible() && !column(robot).isManaged(), "the column is gone");
        WindowFixture.waitFor(() -> tabsWidth(robot) >= before + column - 2,
                "the views take its width: " + before + " → " + tabsWidth(robot));
        assertTrue(switchOn(robot), "the status bar's switch shows it");
        assertFalse(app.window.getScene().getFocusOwner() != null && !app.window.getScene().getFocusOwner().isVisible(),
                "focus is not left on a hidden control");

        robot.type(KeyCode.SPACE); // training is still steered from the keyboard
        WindowFixture.waitFor(() -> app.vm.training().stateProperty().get() == SessionState.RUNNING
                || app.vm.training().stateProperty().get() == SessionState.FINISHED, "Space starts training");
        robot.type(KeyCode.SPACE);

        robot.press(KeyCode.SHORTCUT, KeyCode.B).release(KeyCode.B, KeyCode.SHORTCUT);
        WindowFixture.waitFor(() -> column(robot).isVisible() && column(robot).isManaged(), "Ctrl+B again brings it back");
        WindowFixture.waitFor(() -> Math.abs(tabsWidth(robot) - before) < 2, "the views are as wide as before");
        assertFalse(switchOn(robot));
    }

    @Test
    void theStatusBarSwitchAndTheMenuAgree(FxRobot robot) {
        robot.clickOn("#panelButton");
        WindowFixture.waitFor(() -> !column(robot).isVisible(), "the switch hides the column");
        assertTrue(app.vm.classroom().panelHidden().get());
        var bar = (javafx.scene.control.MenuBar) app.window.getTop();
        CheckMenuItem item = (CheckMenuItem) bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menuHidePanel".equals(i.getId())).findFirst().orElseThrow();
        assertTrue(item.isSelected(), "the View menu's tick follows");
        robot.clickOn("#panelButton");
        WindowFixture.waitFor(() -> column(robot).isVisible(), "the switch brings it back");
        assertFalse(item.isSelected());
    }
}
