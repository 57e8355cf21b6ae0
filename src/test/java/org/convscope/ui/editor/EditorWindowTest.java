package org.convscope.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.convscope.app.ConvScopeApp;
import org.convscope.data.DatasetKind;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.training.SessionState;
import org.convscope.training.TrainingSession;
import org.convscope.ui.common.FxTaskRunner;
import org.convscope.ui.common.I18n;
import org.convscope.ui.files.RecentFiles;
import org.convscope.ui.shell.MainViewModel;
import org.convscope.ui.shell.MainWindow;
import org.convscope.ui.training.TrainingViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The editor in the window: break the network, read why, fix it, train it, see it in the model chooser. */
@ExtendWith(ApplicationExtension.class)
class EditorWindowTest {
    private static final ModelSpec TINY = ModelSpec.parse("c8k3-p2-f-d10");
    private MainViewModel vm;
    private MainWindow window;
    private FxTaskRunner tasks;

    @Start
    void start(Stage stage) {
        tasks = new FxTaskRunner();
        TrainingViewModel training = new TrainingViewModel(tasks, TrainingSession::new, 2048, 2);
        training.datasetProperty().set(DatasetKind.MNIST);
        training.specProperty().set(TINY);
        vm = new MainViewModel(new I18n(Locale.ENGLISH), tasks, training, RecentFiles.inMemory());
        window = new MainWindow(vm);
        ConvScopeApp.show(stage, window, vm);
        vm.selectedTabProperty().set("editorTab");
    }

    @Stop
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(window::dispose).get(); // no more frames: nothing is handed to the closed runner
        vm.shutdown();
        WaitForAsyncUtils.waitForFxEvents();
        tasks.close();
    }

    private static void waitFor(BooleanSupplier condition, String what) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what);
        }
    }

    private static Node menuItem(FxRobot robot, String text) {
        return robot.lookup(".menu-item .label").match(n -> n instanceof javafx.scene.control.Labeled l && text.equals(l.getText()))
                .query();
    }

    private static boolean invalid(Node n) {
        return n.getPseudoClassStates().contains(PseudoClass.getPseudoClass("invalid"));
    }

    @Test
    void breakReadFixAndTrain(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Label status = robot.lookup("#editorStatus").queryAs(Label.class);
        assertEquals("This is the network being trained: 13,610 parameters.", status.getText());
        Button apply = robot.lookup("#applyArchitecture").queryButton();
        assertTrue(apply.isDisabled(), "nothing to apply");

        robot.clickOn("#layer3 .layer-type"); // selects the output Dense(10)
        robot.clickOn("#addLayerMenu");
        robot.clickOn(menuItem(robot, "Conv2D (convolution)")); // the card titles have the same text
        WaitForAsyncUtils.waitForFxEvents();
        Node card = robot.lookup("#layer4").query();
        assertTrue(invalid(card), "the new convolution after the output is red");
        assertTrue(robot.lookup("#problem4").query().isVisible());
        assertEquals("Layer 5: Conv2D works on images, but its input was already flattened into a vector of 10 values: "
                + "move it before the Flatten. Training is refused until it is fixed.", status.getText());
        assertTrue(invalid(status));
        assertTrue(apply.isDisabled(), "training is refused");

        robot.clickOn("#up4").clickOn("#up3"); // before the Flatten: fine
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(invalid(robot.lookup("#layer2").query()));
        assertEquals("c8k3-p2-c16k3-f-d10", vm.editor().draft().toCompact());
        assertFalse(apply.isDisabled());
        assertTrue(robot.lookup("#kerasCode").queryAs(TextArea.class).getText()
                .contains("model.add(layers.Conv2D(16, (3, 3), activation='relu'))"), "the code follows");
        robot.clickOn("PyTorch");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#pytorchCode").queryAs(TextArea.class).isVisible());
        assertTrue(robot.lookup("#pytorchCode").queryAs(TextArea.class).getText()
                .contains("nn.Conv2d(8, 16, 3), nn.ReLU(),  # [N, 16, 11, 11]"), "the PyTorch tab follows too");
        assertFalse(robot.lookup("#wholeProgram").query().isVisible(), "the PyTorch program is always whole");
        robot.clickOn("Keras");
        WaitForAsyncUtils.waitForFxEvents();

        Spinner<?> filters = robot.lookup("#filters_2").queryAs(Spinner.class);
        robot.doubleClickOn(filters.getEditor()).write("4").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("c8k3-p2-c4k3-f-d10", vm.editor().draft().toCompact(), "typed and committed");

        robot.clickOn(apply);
        waitFor(() -> vm.training().specProperty().get().toCompact().equals("c8k3-p2-c4k3-f-d10"), "training takes the network");
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> chooser = robot.lookup("#modelChoice").queryAs(ComboBox.class);
        assertEquals(vm.training().specProperty().get(), chooser.getValue());
        assertTrue(robot.lookup("#modelChoice").queryAs(ComboBox.class).getButtonCell().getText().startsWith("Your network: c8k3-p2-c4k3"));
        assertTrue(apply.isDisabled(), "it is the one training now");

        robot.interact(() -> robot.lookup("#layerScroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        robot.clickOn("#remove4"); // no output layer
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("c8k3-p2-c4k3-f", vm.editor().draft().toCompact());
        robot.clickOn("#switchKorean");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("4번째 층: 마지막 층은 클래스 점수 10개를 내야 하는데(소프트맥스를 쓰는 Dense(10)), 지금은 484을(를) 냅니다. "
                + "고치기 전에는 학습할 수 없습니다.", status.getText());
        vm.training().startOrPause();
        waitFor(() -> vm.training().stateProperty().get() == SessionState.RUNNING, "training still runs the last valid network");
        vm.training().startOrPause();
    }

    @Test
    void aColourInputGivesTheCourses608InTheCardAndTheKerasCodeButIsNotTrainedHere(FxRobot robot) throws Exception {
        robot.interact(() -> vm.editor().setDraft(ModelSpec.parse("c8k5-p2-f-d10")));
        for (String[] typed : new String[][] {{"#inputHeight", "32"}, {"#inputWidth", "32"}, {"#inputChannels", "3"}}) {
            Spinner<?> s = robot.lookup(typed[0]).queryAs(Spinner.class);
            robot.doubleClickOn(s.getEditor()).write(typed[1]).type(KeyCode.ENTER);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(org.convscope.engine.tensor.Shape.image(3, 32, 32), vm.editor().draft().input());
        String formula = robot.lookup("#layer0 .layer-formula").queryAs(Label.class).getText();
        assertTrue(formula.contains("(3 × 5×5 + 1) × 8 = 608"), formula);
        assertTrue(robot.lookup("#kerasCode").queryAs(TextArea.class).getText()
                .contains("model.add(layers.Conv2D(8, (5, 5), activation='relu', input_shape=(32, 32, 3)))"));
        Label status = robot.lookup("#editorStatus").queryAs(Label.class);
        assertTrue(status.getText().contains("other images than the datasets here"), status.getText());
        assertTrue(robot.lookup("#applyArchitecture").queryButton().isDisabled(), "MNIST cannot train a colour network");
        robot.interact(() -> vm.editor().setDraft(TINY)); // the training's input again
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(28, robot.lookup("#inputHeight").queryAs(Spinner.class).getValue());
        assertEquals(1, robot.lookup("#inputChannels").queryAs(Spinner.class).getValue());
    }

    @Test
    void aLayersSettingsAreMadeWhenItsCardIsFirstOpened(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#units_3").tryQuery().isEmpty(), "a closed card has no spinner yet");
        robot.clickOn("#layer3 .layer-type");
        WaitForAsyncUtils.waitForFxEvents();
        Spinner<?> units = robot.lookup("#units_3").queryAs(Spinner.class);
        assertEquals(10, units.getValue(), "made from the layer as it is now");
        assertTrue(shown(units));
        robot.clickOn("#layer3 .layer-type"); // closed again: kept, hidden
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown(units));
        assertEquals(1, robot.lookup("#units_3").queryAll().size());
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) if (!n.isVisible()) return false;
        return true;
    }

    @Test
    void aStandaloneEditorLaysOutFullyOffscreen(FxRobot robot) throws Exception {
        javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
        EditorView[] view = new EditorView[1];
        robot.interact(() -> {
            view[0] = EditorView.of(ModelSpec.parse("c32k3-p2-c64k3-d64-f-d10"), org.convscope.training.KerasCode.Settings.course(),
                    new I18n(I18n.KOREAN));
            javafx.scene.Scene scene = new javafx.scene.Scene(view[0], 960, 600);
            shot[0] = scene.snapshot(null); // no stage, no animation: everything is there at once
        });
        assertEquals(960, (int) shot[0].getWidth());
        int red = 0;
        for (int y = 0; y < 600; y += 2) {
            for (int x = 0; x < 960; x += 2) {
                javafx.scene.paint.Color c = shot[0].getPixelReader().getColor(x, y);
                if (c.getRed() > 0.95 && c.getGreen() < 0.85 && c.getBlue() < 0.85) red++;
            }
        }
        assertTrue(red > 2000, "the offending layer and the status are drawn red: " + red);
        Label status = (Label) view[0].lookup("#editorStatus");
        assertTrue(status.getText().startsWith("4번째 층: Dense(완전 연결) 층에는"), status.getText());
        assertTrue(((TextArea) view[0].lookup("#kerasCode")).getText().startsWith("model = models.Sequential()"));
    }

    @Test
    void madeAheadOfNeedTheCardsAndTheCodeAreItsPartsForLater(FxRobot robot) {
        robot.interact(() -> {
            ModelSpec spec = ModelSpec.parse("c32k3-p2-c64k3-d64-f-d10");
            org.convscope.ui.common.BuildSteps.Made<EditorView> made = org.convscope.ui.common.BuildSteps.collect(
                    () -> EditorView.of(spec, org.convscope.training.KerasCode.Settings.course(), new I18n(Locale.ENGLISH)));
            EditorView ahead = made.made();
            new javafx.scene.Scene(ahead).getRoot().applyCss(); // skins made: the split pane's items are looked into
            assertTrue(ahead.lookup("#layerScroll") != null, "looked into");
            assertEquals(2, made.parts().size(), "the code pane, then the cards");
            assertTrue(ahead.lookup("#kerasCode") == null && ahead.lookup("#layer0") == null, "both wait for their steps");
            assertTrue(((Label) ahead.lookup("#editorStatus")).getText().startsWith("Layer 4"), "the status does not wait");
            made.parts().forEach(Runnable::run);
            ahead.applyCss();
            assertTrue(((TextArea) ahead.lookup("#kerasCode")).getText().startsWith("model = models.Sequential()"));
            assertTrue(ahead.lookup("#layer5") != null && ahead.lookup("#layer6") == null, "a card for each of the six layers");
        });
    }

    @Test
    void presetsAndTheFileMenu(FxRobot robot) throws Exception {
        robot.clickOn("#presetMenu").clickOn("LeNet-5 style");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(8, vm.editor().layers().size());
        assertEquals("Total: 61,706 parameters", robot.lookup("#editorTotal").queryAs(Label.class).getText());
        robot.clickOn("#menuBar .menu:first-child"); // File
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("Open model or session\u2026").tryQuery().isPresent());
        assertTrue(robot.lookup("Save session as\u2026").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
    }
}
