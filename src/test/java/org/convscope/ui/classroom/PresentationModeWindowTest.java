package org.convscope.ui.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.convscope.ui.shell.WindowFixture;
import org.convscope.ui.shell.WindowTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Presentation mode on the window: bigger texts, no advanced settings, full screen; and back. */
class PresentationModeWindowTest extends WindowTest {
    private static final PseudoClass PRESENTATION = PseudoClass.getPseudoClass("presentation");
    private double fontSize(FxRobot robot) {
        return robot.lookup("#stateLabel").queryAs(Label.class).getFont().getSize();
    }

    private boolean presenting() {
        return app.window.getPseudoClassStates().contains(PRESENTATION);
    }

    private Node batch(FxRobot robot) {
        return robot.lookup("#batchChoice").query();
    }

    @Test
    void f5EnlargesEverythingHidesTheAdvancedSettingsAndF5EndsIt(FxRobot robot) {
        double normal = fontSize(robot);
        assertTrue(batch(robot).isVisible());
        assertFalse(presenting());
        robot.clickOn("#viewTabs").type(KeyCode.F5);
        WindowFixture.waitFor(this::presenting, "F5 turns presentation mode on");
        assertTrue(app.vm.classroom().presentation().isActive());
        WindowFixture.waitFor(() -> fontSize(robot) >= 1.4 * normal, "texts grow: " + normal + " → " + fontSize(robot));
        WindowFixture.waitFor(() -> !batch(robot).isVisible(), "the batch size is hidden");
        assertFalse(batch(robot).isManaged(), "and takes no room");
        assertTrue(robot.lookup("#epochsSpinner").query().isVisible(), "the basic settings stay");
        WindowFixture.waitFor(app.stage::isFullScreen, "full screen");

        robot.type(KeyCode.F5);
        WindowFixture.waitFor(() -> !presenting(), "F5 again turns it off");
        WindowFixture.waitFor(() -> fontSize(robot) == normal, "normal size again");
        WindowFixture.waitFor(() -> batch(robot).isVisible() && batch(robot).isManaged(), "the batch size is back");
        WindowFixture.waitFor(() -> !app.stage.isFullScreen(), "the window is back");
    }

    @Test
    void theStatusBarSwitchAndEscape(FxRobot robot) {
        double normal = fontSize(robot);
        robot.clickOn("#presentationButton");
        WindowFixture.waitFor(this::presenting, "the switch turns it on");
        WindowFixture.waitFor(() -> fontSize(robot) >= 1.4 * normal, "texts grow");
        assertTrue(robot.lookup("#presentationButton").queryAs(javafx.scene.control.ToggleButton.class).isSelected());

        robot.type(KeyCode.ESCAPE);
        WindowFixture.waitFor(() -> !presenting() && !app.vm.classroom().presentation().isActive(), "Esc turns it off");
        WindowFixture.waitFor(() -> fontSize(robot) == normal, "normal size again");
        assertFalse(robot.lookup("#presentationButton").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        WindowFixture.waitFor(() -> batch(robot).isVisible() && !app.stage.isFullScreen(), "everything is back");
    }

    @Test
    void twoHundredPercentIsLargerThanOneHundredFifty(FxRobot robot) {
        double normal = fontSize(robot);
        robot.interact(() -> app.vm.classroom().presentation().activeProperty().set(true));
        WindowFixture.waitFor(() -> fontSize(robot) > normal, "presenting at 150 %");
        double large = fontSize(robot);
        robot.interact(() -> app.vm.classroom().presentation().scaleProperty().set(PresentationScale.LARGER));
        WindowFixture.waitFor(() -> fontSize(robot) > large, "200 % is larger: " + large + " → " + fontSize(robot));
        assertTrue(app.window.getPseudoClassStates().contains(PseudoClass.getPseudoClass("presentation-200")));
        assertEquals(2.0, fontSize(robot) / normal, 0.15);
        robot.interact(() -> app.vm.classroom().presentation().scaleProperty().set(PresentationScale.LARGE));
        WindowFixture.waitFor(() -> fontSize(robot) == large, "back to 150 %");
        assertEquals(1.5, large / normal, 0.1);
    }
}
