package org.convscope.ui.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.convscope.ui.shell.WindowFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** On a moment after the source, off with it at once, and a quick on-and-off never turns it on. */
@ExtendWith(ApplicationExtension.class)
class SettledTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Pane(), 100, 100));
        stage.show();
    }

    @Test
    void turnsOnAMomentLaterAndOffAtOnce(FxRobot robot) {
        SimpleBooleanProperty shown = new SimpleBooleanProperty(false);
        ReadOnlyBooleanProperty[] settled = new ReadOnlyBooleanProperty[1];
        robot.interact(() -> {
            settled[0] = Settled.of(shown, Duration.millis(150));
            shown.set(true);
        });
        assertFalse(settled[0].get(), "not yet: the view's first frame comes first");
        WindowFixture.waitFor(settled[0]::get, "on after the delay");
        robot.interact(() -> shown.set(false));
        assertFalse(settled[0].get(), "off at once");
    }

    @Test
    void aSourceThatIsOnAtTheStartIsOnAtOnceAndAQuickVisitNeverTurnsItOn(FxRobot robot) {
        SimpleBooleanProperty shown = new SimpleBooleanProperty(true);
        ReadOnlyBooleanProperty[] settled = new ReadOnlyBooleanProperty[1];
        robot.interact(() -> settled[0] = Settled.of(shown, Duration.millis(150)));
        assertTrue(settled[0].get(), "the window's first view starts its work at once");
        robot.interact(() -> {
            shown.set(false);
            shown.set(true);
            shown.set(false); // passing through a view on the way to another
        });
        robot.sleep(400);
        assertFalse(settled[0].get(), "a view left before the delay never started its work");
    }
}
