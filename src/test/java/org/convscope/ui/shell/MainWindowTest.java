package org.convscope.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.convscope.app.ConvScopeApp;
import org.convscope.data.DatasetKind;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.training.SessionState;
import org.convscope.training.TrainingSession;
import org.convscope.ui.common.FxTaskRunner;
import org.convscope.ui.common.I18n;
import org.convscope.ui.training.MetricChart;
import org.convscope.ui.training.TrainingViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The window as a user drives it: start training, watch the charts, pause, step, switch language. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private MainViewModel vm;
    private FxTaskRunner tasks;

    @Start
    void start(Stage stage) {
        tasks = new FxTaskRunner();
        TrainingViewModel training = new TrainingViewModel(tasks, TrainingSession::new, 4096, 2);
        training.datasetProperty().set(DatasetKind.MNIST);
        training.specProperty().set(ModelSpec.parse("c8k3-p2-f-d10"));
        vm = new MainViewModel(new I18n(Locale.ENGLISH), tasks, training);
        ConvScopeApp.show(stage, new MainWindow(vm), vm);
    }

    @Stop
    void stop() {
        vm.shutdown();
        tasks.close();
    }

    private void waitFor(BooleanSupplier condition, String what) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what + "; state " + state() + ", step "
                    + vm.training().stepProperty().get() + ", message " + vm.training().messageProperty().get());
        }
    }

    private SessionState state() {
        return vm.training().stateProperty().get();
    }

    @Test
    void trainPauseStepFromTheButtons(FxRobot robot) throws Exception {
        MetricChart loss = robot.lookup("#lossChart").queryAs(MetricChart.class);
        assertEquals(0, loss.rawPointCount());
        robot.clickOn("#startButton");
        waitFor(() -> loss.rawPointCount() > 20, "the loss chart gains points while training");
        assertEquals(SessionState.RUNNING, state());

        robot.clickOn("#startButton"); // now "Pause"
        waitFor(() -> state() == SessionState.PAUSED, "paused");
        WaitForAsyncUtils.waitForFxEvents();
        long paused = vm.training().stepProperty().get();
        int points = loss.rawPointCount();
        assertEquals(paused, points, "every step is on the chart");

        robot.clickOn("#stepButton");
        waitFor(() -> vm.training().stepProperty().get() == paused + 1, "one step");
        WaitForAsyncUtils.waitForFxEvents();
        waitFor(() -> loss.rawPointCount() == points + 1, "one more point");
        assertEquals(SessionState.PAUSED, state());

        robot.clickOn("#resetButton");
        waitFor(() -> state() == SessionState.READY && vm.training().stepProperty().get() == 0, "reset");
        waitFor(() -> loss.rawPointCount() == 0, "chart cleared");
    }

    @Test
    void keyboardDrivesTraining(FxRobot robot) throws Exception {
        robot.clickOn("#viewTabs"); // focus away from text fields
        robot.type(KeyCode.SPACE);
        waitFor(() -> state() == SessionState.RUNNING, "Space starts");
        robot.type(KeyCode.SPACE);
        waitFor(() -> state() == SessionState.PAUSED, "Space pauses");
        // the pulse that set the state sets the step a few lines later: read it once that pulse is over
        WaitForAsyncUtils.waitForFxEvents();
        long before = vm.training().stepProperty().get();
        robot.type(KeyCode.RIGHT);
        waitFor(() -> vm.training().stepProperty().get() == before + 1, "→ steps");
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        waitFor(() -> state() == SessionState.READY && vm.training().stepProperty().get() == 0, "Ctrl+R resets");
    }

    @Test
    void languageSwitchesWithoutRestart(FxRobot robot) throws Exception {
        Tab tab = robot.lookup("#viewTabs").queryAs(TabPane.class).getTabs().get(0);
        assertEquals("Training", tab.getText());
        robot.clickOn("#switchKorean");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("학습", tab.getText());
        assertEquals("준비", robot.lookup("#stateLabel").queryAs(Label.class).getText());
        assertEquals("시작", robot.lookup("#startButton").queryAs(javafx.scene.control.Button.class).getText());
        robot.clickOn("#switchEnglish");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Training", tab.getText());
        assertEquals("Ready", robot.lookup("#stateLabel").queryAs(Label.class).getText());
    }

    @Test
    void finishedRunShowsTestAccuracy(FxRobot robot) throws Exception {
        robot.interact(() -> vm.training().epochsProperty().set(1));
        robot.clickOn("#startButton");
        waitFor(() -> state() == SessionState.FINISHED, "finished");
        WaitForAsyncUtils.waitForFxEvents();
        String result = robot.lookup("#lastEpochLabel").queryAs(Label.class).getText();
        assertTrue(result.startsWith("After epoch 1: test accuracy"), result);
    }
}
