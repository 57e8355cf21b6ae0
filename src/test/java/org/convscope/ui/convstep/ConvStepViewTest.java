package org.convscope.ui.convstep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.convscope.engine.model.Inspection;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.stepper.CellGrid;
import org.convscope.ui.stepper.Numbers;
import org.convscope.ui.stepper.Playback;
import org.convscope.ui.stepper.Probes;
import org.convscope.ui.stepper.Terms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The convolution tab as a student uses it: click an output cell, step with the keys, play, watch
 * the numbers follow new weights, break the sandbox. The window around it steers "training" with
 * Space and → from a filter on its root, as the main window does; those keys must not reach it
 * while the stepper has the focus.
 */
@ExtendWith(ApplicationExtension.class)
class ConvStepViewTest {
    private final SimpleObjectProperty<Inspection> probe = new SimpleObjectProperty<>(Probes.course(1));
    private final List<KeyCode> trainingKeys = new ArrayList<>();
    private final I18n i18n = new I18n(Locale.ENGLISH);
    private ConvStepView view;
    private Button outside;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        view = new ConvStepView(probe, i18n, TaskRunner.immediate());
        outside = new Button("training controls");
        BorderPane root = new BorderPane(view);
        root.setLeft(outside);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> { // MainWindow's shortcuts
            if (e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.RIGHT) {
                trainingKeys.add(e.getCode());
                e.consume();
            }
        });
        stage.setScene(new Scene(root, 1000, 640));
        stage.sizeToScene();
        stage.show();
    }

    private Playback playback() {
        return view.model().playback();
    }

    private String text(FxRobot robot, String id) {
        StringBuilder s = new StringBuilder();
        robot.lookup(id).queryAs(Terms.class).getChildren().forEach(n -> s.append(((Label) n).getText()));
        return s.toString();
    }

    private Point2D onScreen(CellGrid grid, int row, int column) {
        return grid.localToScreen(grid.cellCenter(row, column));
    }

    @Test
    void clickingAnOutputCellShowsItsArithmeticAndTheEngineAgrees(FxRobot robot) {
        CellGrid output = robot.lookup("#outputGrid").queryAs(CellGrid.class);
        robot.clickOn(onScreen(output, 12, 20));
        assertEquals(12 * 26 + 20, playback().positionProperty().get());
        ConvStep s = view.model().stepProperty().get();
        assertEquals(List.of(12, 20), List.of(s.row(), s.column()));
        String result = text(robot, "#resultTerms");
        assertTrue(result.contains("z = " + Numbers.format(s.z())), result);
        assertTrue(result.contains("\u2713"), "the engine computed the same: " + result);
        assertTrue(text(robot, "#channelTerms").endsWith("= " + Numbers.format(s.channelSums()[0])));

        CellGrid input = robot.lookup("#inputGrid").queryAs(CellGrid.class);
        robot.clickOn(onScreen(input, 5, 9)); // centre of the window at (4, 8)
        assertEquals(4 * 26 + 8, playback().positionProperty().get());
        Probes.save(view, "convstep-live-en");

        robot.interact(() -> i18n.localeProperty().set(I18n.KOREAN));
        assertTrue(text(robot, "#resultTerms").contains("엔진"), text(robot, "#resultTerms"));
        assertEquals("ReLU 적용 후 출력 · 26×26 · 특징맵 1/32", robot.lookup("#convLive .panel-title").match(
                n -> ((Label) n).getText().startsWith("ReLU")).queryAs(Label.class).getText());
        Probes.save(view, "convstep-live-ko");
        robot.interact(() -> i18n.localeProperty().set(I18n.ENGLISH));
    }

    @Test
    void keysStepThePlayerOnlyWhileItHasTheFocus(FxRobot robot) throws Exception {
        CellGrid output = robot.lookup("#outputGrid").queryAs(CellGrid.class);
        robot.clickOn(onScreen(output, 0, 3));
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.RIGHT);
        assertEquals(5, playback().positionProperty().get());
        robot.type(KeyCode.LEFT);
        assertEquals(4, playback().positionProperty().get());
        robot.type(KeyCode.SPACE);
        assertTrue(playback().playingProperty().get());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> playback().positionProperty().get() >= 6);
        robot.type(KeyCode.SPACE);
        assertFalse(playback().playingProperty().get());
        assertEquals(List.of(), trainingKeys, "training saw none of the stepper's keys");

        robot.type(KeyCode.SPACE);
        robot.interact(() -> view.setVisible(false)); // its tab was switched away while playing
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !playback().playingProperty().get());
        robot.type(KeyCode.SPACE);
        assertEquals(List.of(KeyCode.SPACE), trainingKeys, "a hidden stepper leaves the keys to training");
        robot.interact(() -> view.setVisible(true));
        trainingKeys.clear();

        robot.clickOn(outside); // the focus leaves the stepper
        int at = playback().positionProperty().get();
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.SPACE);
        assertEquals(at, playback().positionProperty().get());
        assertFalse(playback().playingProperty().get());
        assertEquals(List.of(KeyCode.RIGHT, KeyCode.SPACE), trainingKeys);
    }

    @Test
    void newWeightsKeepThePlaceAndShowTheNewNumbers(FxRobot robot) {
        robot.interact(() -> {
            view.model().layerProperty().set(2); // conv2d_1: 32 input channels
            view.model().filterProperty().set(5);
            view.model().channelProperty().set(7);
            playback().jump(60);
        });
        String before = text(robot, "#resultTerms");
        int thumbs = robot.lookup("#filterThumbs").queryAs(javafx.scene.layout.FlowPane.class).getChildren().size();
        assertEquals(64, thumbs, "one output map per filter");
        assertTrue(text(robot, "#channelTerms").startsWith("Channel 8"));

        robot.interact(() -> probe.set(Probes.course(2)));
        assertEquals(60, playback().positionProperty().get());
        assertEquals(5, view.model().filterProperty().get());
        String after = text(robot, "#resultTerms");
        assertNotEquals(before, after);
        assertTrue(after.contains("\u2713"), after);
        Probes.save(view, "convstep-channels-en");

        robot.interact(() -> view.setVisible(false)); // another tab is in front
        robot.interact(() -> probe.set(Probes.course(3)));
        assertEquals(after, text(robot, "#resultTerms"), "a hidden stepper does not redraw");
        robot.interact(() -> view.setVisible(true));
        assertNotEquals(after, text(robot, "#resultTerms"), "shown again, it catches up");
        robot.interact(() -> view.model().layerProperty().set(4)); // 64 channels of 5×5 in, no pooling after
        assertTrue(text(robot, "#resultTerms").contains("\u2713"));
        Probes.save(view, "convstep-deep-en");
    }

    @Test
    void theSandboxSaysWhyASettingHasNoOutput(FxRobot robot) {
        assertTrue(robot.lookup("#convSandbox").tryQuery().isEmpty(), "the sandbox is made when first chosen");
        robot.clickOn("#sandboxMode");
        Label formula = robot.lookup("#sizeFormula").queryAs(Label.class);
        Label problem = robot.lookup("#sizeProblem").queryAs(Label.class);
        assertTrue(formula.getText().endsWith("= \u230a4 / 1\u230b + 1 = 5   \u2192   output 5\u00d75"), formula.getText());
        assertFalse(problem.isVisible());

        robot.interact(() -> view.sandbox().dilationProperty().set(4)); // spans 9 > 7
        assertTrue(problem.isVisible());
        assertTrue(problem.getText().contains("= 9 cells") && problem.getText().contains("n+2p = 7"), problem.getText());
        assertTrue(formula.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("invalid")));
        assertTrue(robot.lookup("#sandboxD").query().getStyleClass().contains("invalid"));
        robot.interact(() -> i18n.localeProperty().set(I18n.KOREAN));
        assertTrue(problem.getText().startsWith("출력 없음"), problem.getText());
        Probes.save(view, "convstep-sandbox-invalid-ko");
        robot.interact(() -> i18n.localeProperty().set(I18n.ENGLISH));

        robot.interact(() -> {
            view.sandbox().dilationProperty().set(2);
            view.sandbox().paddingProperty().set(1);
            view.sandbox().strideProperty().set(2);
        });
        assertFalse(problem.isVisible());
        assertTrue(formula.getText().endsWith("= \u230a4 / 2\u230b + 1 = 3   \u2192   output 3\u00d73"), formula.getText());

        CellGrid input = robot.lookup("#convSandbox #inputGrid").queryAs(CellGrid.class);
        float before = view.sandbox().inputProperty().get()[0];
        robot.clickOn(onScreen(input, 0, 0)); // paints
        assertNotEquals(before, view.sandbox().inputProperty().get()[0]);
        robot.interact(() -> view.sandbox().playback().jump(4));
        Probes.save(view, "convstep-sandbox-en");
    }

    @Test
    void theColourModeShowsABundledPhotoThroughEightFiltersOfThreeChannels(FxRobot robot) {
        assertTrue(robot.lookup("#convColour").tryQuery().isEmpty(), "the colour sandbox is made when first chosen");
        robot.clickOn("#colourMode");
        ColourSandboxModel colour = view.colourSandbox();
        assertTrue(robot.lookup("#convColour").query().isVisible());
        assertEquals("(3 \u00d7 5\u00d75 + 1) \u00d7 8 = 608",
                robot.lookup("#colourFormula").queryAs(Label.class).getText().replaceAll(".*: ", "").replace(" parameters.", ""));
        // the first bundled photo, opened at once by the immediate task runner: not the stand-in colours
        var photo = colour.photoProperty().get();
        assertEquals(32, photo.width());
        assertNotEquals(colour.outputAt(0, 0, 0), new ColourSandboxModel().outputAt(0, 0, 0), "a photo, not the stand-in colours");

        CellGrid kernel = robot.lookup("#colourKernel1").queryAs(CellGrid.class);
        float before = colour.channelKernel(1)[2 * 5 + 3];
        robot.clickOn(onScreen(kernel, 2, 3)); // +1 on the green kernel
        assertEquals(before + 1, colour.channelKernel(1)[2 * 5 + 3]);
        robot.clickOn("#colourBiasPlus");
        assertEquals(1, colour.biasesProperty().get()[0]);

        CellGrid output = robot.lookup("#colourOutput").queryAs(CellGrid.class);
        robot.clickOn(onScreen(output, 10, 12));
        ConvStep s = colour.stepProperty().get();
        assertEquals(List.of(10, 12), List.of(s.row(), s.column()));
        String sum = text(robot, "#colourTerms");
        assertTrue(sum.endsWith(Numbers.format(s.channelSums()[0]) + " + " + Numbers.format(s.channelSums()[1]) + " + "
                + Numbers.format(s.channelSums()[2]) + " + 1 = " + Numbers.format(s.z())), sum);
        robot.interact(() -> i18n.localeProperty().set(I18n.KOREAN));
        assertTrue(text(robot, "#colourTerms").contains("\u03a3빨강"), text(robot, "#colourTerms"));
        Probes.save(view, "convstep-colour-ko");
        robot.interact(() -> i18n.localeProperty().set(I18n.ENGLISH));
    }

    @Test
    void aFileThatIsNoPictureIsRefusedInBothLanguagesAndThePhotoStays(FxRobot robot) throws Exception {
        robot.clickOn("#colourMode");
        ColourSandboxModel colour = view.colourSandbox();
        var before = colour.photoProperty().get();
        java.nio.file.Path notes = java.nio.file.Files.createTempFile("notes", ".png");
        java.nio.file.Files.writeString(notes, "not a picture");
        try {
            ColourSandboxPane pane = robot.lookup(".colour-sandbox").queryAs(ColourSandboxPane.class);
            robot.interact(() -> pane.open(notes));
            Label problem = robot.lookup("#colourProblem").queryAs(Label.class);
            assertTrue(problem.isVisible());
            assertEquals("Cannot open " + notes.getFileName() + ": it is not a picture ConvScope can read (PNG, JPEG, GIF or BMP). "
                    + "The photo on screen stays.", problem.getText());
            assertTrue(problem.getTooltip().getText().contains(notes.getFileName().toString()), problem.getTooltip().getText());
            assertSame(before, colour.photoProperty().get());
            robot.interact(() -> i18n.localeProperty().set(I18n.KOREAN));
            assertTrue(problem.getText().startsWith(notes.getFileName() + "을(를) 열 수 없습니다"), problem.getText());
            robot.interact(() -> pane.open(Photos.bundled().get(0)));
            assertFalse(problem.isVisible(), "a good picture clears the problem");
        } finally {
            robot.interact(() -> i18n.localeProperty().set(I18n.ENGLISH));
            java.nio.file.Files.deleteIfExists(notes);
        }
    }
}
