package org.convscope.ui.featuremaps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.convscope.data.DatasetKind;
import org.convscope.engine.model.Sequential;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.inspect.ProbeModel;
import org.convscope.ui.training.ModelWeights;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The tab: choosing the probe image moves every map with it; a drawing takes the test image's place. */
@ExtendWith(ApplicationExtension.class)
class FeatureMapsTabTest {
    private ProbeModel probe;
    private I18n i18n;
    private FeatureMapsTab tab;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        i18n = new I18n(Locale.ENGLISH);
        probe = new ProbeModel(TaskRunner.immediate());
        probe.datasetProperty().set(DatasetKind.FASHION_MNIST);
        Sequential model = CourseProbe.model();
        probe.weightsProperty().set(new ModelWeights(model.spec(), model.params().clone(), 1));
        tab = new FeatureMapsTab(probe, new SimpleObjectProperty<>(DatasetKind.FASHION_MNIST), i18n, TaskRunner.immediate());
        stage.setScene(new Scene(tab, 1030, 700)); // the window less its control panel
        stage.show();
    }

    private static final javafx.css.PseudoClass SELECTED = javafx.css.PseudoClass.getPseudoClass("selected");

    private static boolean selected(FxRobot robot, String id) {
        return robot.lookup(id).query().getPseudoClassStates().contains(SELECTED);
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void waitUntil(BooleanSupplier condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what);
        }
    }

    private boolean mapsShow(float[] image) {
        MapsFrame f = tab.view().viewModel().frameProperty().get();
        return f != null && java.util.Arrays.equals(f.inspection().input(), image);
    }

    @Test
    void pickingATestImageMovesTheMapsAndTellsTruthAndGuess(FxRobot robot) {
        assertEquals("Test image 0 (of 10000)", text(robot, "#probeSource"));
        assertEquals("True class: Ankle boot", text(robot, "#probeTruth"));
        int guess = probe.inspectionProperty().get().predicted();
        String prediction = text(robot, "#probePrediction");
        assertTrue(prediction.startsWith(guess == 9 ? "✓ " : "✗ "), prediction);
        assertTrue(prediction.contains("Prediction: " + DatasetKind.FASHION_MNIST.className(guess, Locale.ENGLISH)), prediction);
        waitUntil(() -> mapsShow(CourseProbe.testImage(DatasetKind.FASHION_MNIST, 0)), "the maps show test image 0");

        robot.clickOn("#thumb3");
        assertEquals(3, probe.testIndexProperty().get());
        assertEquals("Test image 3 (of 10000)", text(robot, "#probeSource"));
        waitUntil(() -> mapsShow(CourseProbe.testImage(DatasetKind.FASHION_MNIST, 3)), "the maps follow to test image 3");
        assertTrue(selected(robot, "#thumb3"));

        robot.clickOn("#probeNext");
        robot.clickOn("#probePrevious").clickOn("#probePrevious");
        assertEquals(2, probe.testIndexProperty().get());
        robot.clickOn("#probePrevious").clickOn("#probePrevious").clickOn("#probePrevious");
        assertEquals(9999, probe.testIndexProperty().get(), "stepping back from the first image wraps to the last");
        assertTrue(selected(robot, "#thumb7"), "9999 is the last of its page");
    }

    @Test
    void aDrawingReplacesTheTestImageUntilATestImageIsPickedAgain(FxRobot robot) {
        float[] drawn = CourseProbe.testImage(DatasetKind.MNIST, 0);
        robot.interact(() -> {
            probe.drawingProperty().set(drawn);
            probe.sourceProperty().set(ProbeModel.Source.DRAWING);
        });
        assertEquals("Drawn image", text(robot, "#probeSource"));
        assertEquals("True class: unknown (a drawing)", text(robot, "#probeTruth"));
        assertFalse(text(robot, "#probePrediction").startsWith("✓") || text(robot, "#probePrediction").startsWith("✗"),
                "a drawing has no right answer to compare with");
        waitUntil(() -> mapsShow(drawn), "the maps show the drawing");
        assertFalse(robot.lookup(".probe-thumb").queryAll().stream().anyMatch(n -> n.getPseudoClassStates().contains(SELECTED)));

        robot.interact(() -> i18n.localeProperty().set(I18n.KOREAN));
        assertEquals("직접 그린 이미지", text(robot, "#probeSource"));
        assertEquals("정답: 알 수 없음 (그린 이미지)", text(robot, "#probeTruth"));

        robot.clickOn("#thumb1");
        assertEquals(ProbeModel.Source.TEST_SET, probe.sourceProperty().get());
        assertEquals("테스트 이미지 1번 (전체 10000개)", text(robot, "#probeSource"));
        assertEquals("정답: " + DatasetKind.FASHION_MNIST.className(2, I18n.KOREAN), text(robot, "#probeTruth"));
        waitUntil(() -> mapsShow(CourseProbe.testImage(DatasetKind.FASHION_MNIST, 1)), "the maps are back on a test image");
        assertArrayEquals(CourseProbe.testImage(DatasetKind.FASHION_MNIST, 1), probe.inspectionProperty().get().input());
    }
}
