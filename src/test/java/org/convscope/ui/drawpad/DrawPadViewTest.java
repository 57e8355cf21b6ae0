package org.convscope.ui.drawpad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.convscope.data.DatasetKind;
import org.convscope.data.GrayImage;
import org.convscope.engine.io.ModelFile;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.io.TrainingInfo;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.Sequential;
import org.convscope.training.PretrainedModels;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.training.ModelWeights;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The pad as a user draws on it with the mouse, with the shipped MNIST model. */
@ExtendWith(ApplicationExtension.class)
class DrawPadViewTest {
    private static final Path SHIPPED = PretrainedModels.courseFile(DatasetKind.MNIST);
    private DrawPadViewModel vm;
    private DrawPadView view;
    private I18n i18n;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        SavedModel m = ModelFile.read(SHIPPED); // committed (assets/models): its absence is a failure, not a skip
        ModelWeights weights = new ModelWeights(m.spec(), m.toSequential().params(), 1);
        vm = new DrawPadViewModel(new SimpleObjectProperty<>(weights), new SimpleObjectProperty<>(DatasetKind.MNIST),
                TaskRunner.immediate());
        i18n = new I18n(Locale.ENGLISH);
        view = new DrawPadView(vm, i18n, FXCollections.observableArrayList());
        stage.setScene(new Scene(view, 980, 640)); // the tab's room in a 1280×720 window
        stage.show();
    }

    /** Drags the mouse through pad points given as fractions of the pad. */
    private void stroke(FxRobot robot, double... xy) {
        PadCanvas pad = view.pad();
        robot.moveTo(pad.localToScreen(xy[0] * DrawPadView.PAD, xy[1] * DrawPadView.PAD));
        robot.press(MouseButton.PRIMARY);
        for (int i = 2; i < xy.length; i += 2) {
            robot.moveTo(pad.localToScreen(xy[i] * DrawPadView.PAD, xy[i + 1] * DrawPadView.PAD));
        }
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String guess(FxRobot robot) {
        return robot.lookup("#guessLabel").queryAs(Label.class).getText();
    }

    @Test
    void drawingAOneAndASevenWithTheMouseIsReadRight(FxRobot robot) {
        assertEquals("?", guess(robot));
        stroke(robot, 0.52, 0.15, 0.5, 0.5, 0.48, 0.85);
        assertEquals("1", guess(robot), "a vertical stroke is a 1");
        assertTrue(view.bars().shownFraction(1) > 0.5, "and its bar is the longest");

        robot.clickOn("#clearButton");
        assertEquals("?", guess(robot));
        stroke(robot, 0.25, 0.2, 0.5, 0.19, 0.75, 0.2, 0.6, 0.5, 0.45, 0.85);
        assertEquals("7", guess(robot));
        assertTrue(robot.lookup("#runnerUpLabel").queryAs(Label.class).getText().startsWith("Second guess:"));
    }

    @Test
    void preprocessingCanBeSwitchedOffAndTheStepsAreGreyed(FxRobot robot) {
        stroke(robot, 0.1, 0.1, 0.12, 0.3);
        assertFalse(vm.resultProperty().get().blank());
        robot.clickOn("#preprocessCheck");
        assertFalse(vm.preprocessProperty().get());
        assertEquals(0.35, robot.lookup("#cropStep").query().getOpacity(), 1e-9);
        assertEquals(1.0, robot.lookup("#inputStep").query().getOpacity(), 1e-9);
        robot.clickOn("#undoButton");
        assertTrue(vm.blankProperty().get(), "undo took the stroke back");
    }

    @Test
    void theTextsFollowTheLanguage(FxRobot robot) {
        Label title = robot.lookup(".drawpad-title").queryAs(Label.class);
        assertEquals("Draw a digit", title.getText());
        robot.interact(() -> i18n.localeProperty().set(I18n.KOREAN));
        assertEquals("숫자를 그려 보세요", title.getText());
        assertEquals("신경망의 답", robot.lookup(".result-column .section-title").queryAs(Label.class).getText());
    }

    @Test
    void aFixedModelsAnswerIsCompleteWhenSnapshotWithoutTheApp(FxRobot robot) {
        ModelSpec spec = ModelSpec.parse("c4k3-p2-f-d10");
        SavedModel model = SavedModel.of(Sequential.build(spec, 4), DatasetKind.MNIST.classNames(Locale.ENGLISH), "mnist",
                TrainingInfo.builder().testAccuracy(0.5).build());
        float[] px = new float[100 * 100];
        for (int y = 20; y < 80; y++) for (int x = 45; x < 55; x++) px[y * 100 + x] = 1;
        WritableImage[] shot = new WritableImage[1];
        DrawPadView[] made = new DrawPadView[1];
        robot.interact(() -> {
            made[0] = new DrawPadView(DrawPadViewModel.showing(model, new GrayImage(100, 100, px)), new I18n(Locale.ENGLISH),
                    FXCollections.observableArrayList());
            new Scene(made[0], 980, 640);
            made[0].applyCss();
            made[0].layout();
            shot[0] = made[0].snapshot(null, null);
        });
        DrawPadViewModel.Result r = made[0].result();
        int top = r.ranked(0);
        assertNotEquals(-1, top, "classified at once");
        assertEquals(String.valueOf(top), made[0].guessText());
        assertEquals(r.probabilities()[top], made[0].bars().shownFraction(top), 1e-6);
        assertEquals(980, shot[0].getWidth(), 1);
        // the pad shows the bar: its middle is white, its corner black
        int mid = shot[0].getPixelReader().getArgb((int) (made[0].pad().localToScene(150, 150).getX()),
                (int) made[0].pad().localToScene(150, 150).getY());
        assertEquals(0xffffffff, mid);
    }
}
