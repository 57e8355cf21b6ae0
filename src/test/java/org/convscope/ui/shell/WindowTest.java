package org.convscope.ui.shell;

import java.util.concurrent.TimeoutException;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.api.FxToolkit;

/** A test on the whole main window: a fresh {@link WindowFixture} per test, closed after it. */
@ExtendWith(ApplicationExtension.class)
public abstract class WindowTest {
    protected WindowFixture app;

    // TestFX calls @Start/@Stop only where the test class declares them, so the window is set up here
    @BeforeEach
    public void openWindow() throws TimeoutException {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> app = new WindowFixture(stage));
    }

    @AfterEach
    public void closeWindow() throws TimeoutException {
        FxToolkit.setupFixture(() -> app.close());
    }

    protected TabPane tabs() {
        return app.window.tabs();
    }

    /** The id of the tab on screen. */
    protected String selectedTab() {
        return tabs().getSelectionModel().getSelectedItem().getId();
    }

    protected void selectTab(FxRobot robot, String id) {
        robot.interact(() -> tabs().getSelectionModel().select(
                tabs().getTabs().stream().filter(t -> t.getId().equals(id)).findFirst().orElseThrow()));
    }
}
