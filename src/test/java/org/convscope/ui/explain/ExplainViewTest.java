package org.convscope.ui.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import org.convscope.data.DatasetKind;
import org.convscope.engine.explain.Course;
import org.convscope.engine.explain.Explanation;
import org.convscope.engine.explain.Method;
import org.convscope.engine.io.SavedModel;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.common.TreeVisible;
import org.convscope.ui.training.ModelWeights;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The view as a student uses it: the answer, "why not 9?", the methods, Grad-CAM's layer, both languages. */
@ExtendWith(ApplicationExtension.class)
class ExplainViewTest {
    private static final SavedModel MODEL = Course.model(DatasetKind.MNIST);
    private ExplainViewModel vm;
    private ExplainView view;
    private I18n i18n;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        i18n = new I18n(Locale.ENGLISH);
        vm = new ExplainViewModel(TaskRunner.immediate());
        vm.datasetProperty().set(DatasetKind.MNIST);
        vm.weightsProperty().set(new ModelWeights(MODEL.spec(), MODEL.toSequential().params(), 1));
        vm.testIndexProperty().set(0);
        vm.trueLabelProperty().set(7);
        vm.imageProperty().set(Course.image(DatasetKind.MNIST, 0));
        view = new ExplainView(vm, i18n);
        stage.setScene(new Scene(view, 980, 640)); // the window less its control panel
        stage.show();
    }

    @Test
    void theAnswerThenWhyNotNineAndBack(FxRobot robot) {
        assertEquals("The network says 7 (100.0%).", view.answerText());
        assertEquals("The map shows what made it say 7.", view.explainingText());
        assertFalse(robot.lookup("#explainBackToAnswer").query().isVisible());
        robot.clickOn("#explainClass9");
        assertEquals(9, vm.explanationProperty().get().classIndex());
        assertTrue(view.explainingText().startsWith("The map shows what speaks for 9: why not 9?"), view.explainingText());
        robot.clickOn("#explainBackToAnswer");
        assertEquals(7, vm.explanationProperty().get().classIndex());
        assertEquals("Test image 0 · true class: 7", robot.lookup("#explainSource").queryLabeled().getText());
    }

    @Test
    void eachMethodItsMapItsParagraphAndForGradCamItsLayer(FxRobot robot) {
        assertFalse(TreeVisible.now(robot.lookup("#explainLayer").query()), "no layer to choose for saliency");
        for (Method m : Method.values()) {
            robot.clickOn("#method-" + m.id());
            Explanation e = vm.explanationProperty().get();
            assertEquals(m, e.method());
            assertTrue(robot.lookup("#method-" + m.id()).queryAs(ToggleButton.class).isSelected());
            assertEquals(i18n.get("help.term." + ExplainView.TERMS.get(m) + ".def"), view.methodText(), "the glossary's paragraph");
            assertFalse(view.methodText().startsWith("!"), "the glossary has " + m);
        }
        assertFalse(TreeVisible.now(robot.lookup("#explainLayer").query()), "nor for occlusion");
        robot.clickOn("#method-gradcam");
        assertTrue(TreeVisible.now(robot.lookup("#explainLayer").query()), "Grad-CAM's layer");
        ComboBox<?> layers = robot.lookup("#explainLayer").queryAs(ComboBox.class);
        assertEquals(new LayerChoice(4, "conv2d_2"), layers.getValue());
        assertEquals("conv2d_2 (last)", layers.getButtonCell().getText());
        robot.interact(() -> vm.layerProperty().set(2));
        assertEquals(2, vm.explanationProperty().get().layer());
        assertTrue(view.picture().legend().titleProperty().get().contains("conv2d_1"), view.picture().legend().titleProperty().get());
    }

    @Test
    void thePictureIsTheImageWhereTheMapIsZero(FxRobot robot) {
        robot.clickOn("#method-gradxinput");
        Explanation e = vm.explanationProperty().get();
        PixelReader px = view.picture().overlay().getImage().getPixelReader();
        assertEquals(0xff000000, px.getArgb(0, 0), "black background, 0 × gradient: the image unchanged");
        int ink = -1;
        for (int i = 0; i < 784 && ink < 0; i++) if (Math.abs(e.map()[i]) == e.maxAbs()) ink = i;
        assertTrue((px.getArgb(ink % 28, ink / 28) & 0xffffff) != 0xffffff, "the strongest pixel is coloured");
    }

    @Test
    void koreanThroughout(FxRobot robot) {
        robot.interact(() -> i18n.localeProperty().set(I18n.KOREAN));
        assertEquals("신경망의 답은 7 (100.0%)입니다.", view.answerText());
        assertEquals("기울기 \u00d7 입력", robot.lookup("#method-gradxinput").queryAs(ToggleButton.class).getText());
        assertEquals(i18n.get("help.term.saliency.def"), view.methodText());
        assertTrue(view.methodText().contains("기울기"), view.methodText());
    }
}
