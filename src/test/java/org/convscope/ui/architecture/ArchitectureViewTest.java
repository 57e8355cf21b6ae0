package org.convscope.ui.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.layer.spec.ParamFormula.Role;
import org.convscope.ui.common.BuildSteps;
import org.convscope.ui.common.I18n;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Architecture tab on screen: the numbers it shows, what a formula factor lights up, both languages, a broken model. */
@ExtendWith(ApplicationExtension.class)
class ArchitectureViewTest {
    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final ObjectProperty<ModelSpec> spec = new SimpleObjectProperty<>(ModelSpec.course());
    private ArchitectureView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        view = new ArchitectureView(spec, i18n);
        stage.setScene(new Scene(view, 980, 620));   // about what the tab gets in the 1280×720 window
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    // ---- helpers ------------------------------------------------------------------------------

    private Label label(String id) {
        Label l = (Label) view.lookup("#" + id);
        assertNotNull(l, id);
        return l;
    }

    private Node block(int position) {
        Node n = view.lookup("#block-" + position);
        assertNotNull(n, "block " + position);
        return n;
    }

    private Label factor(int position, Role role) {
        Parent formula = (Parent) view.lookup("#formula-" + position);
        assertNotNull(formula, "formula of block " + position);
        return formula.getChildrenUnmodifiable().stream().map(Label.class::cast)
                .filter(l -> l.getUserData() == role).findFirst().orElseThrow();
    }

    private String result(int position) {
        return factor(position, Role.RESULT).getText();
    }

    private static boolean lit(Node n) {
        return n != null && n.getStyleClass().contains("highlight");
    }

    private void hover(FxRobot robot, Label target) {
        robot.interact(() -> {
            // bring the formula into the viewport: the stack is taller than 620 pixels
            ScrollPane scroll = (ScrollPane) view.lookup("#architectureScroll");
            double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
            double y = scroll.getContent().sceneToLocal(target.localToScene(0, 0)).getY();
            scroll.setVvalue(Math.max(0, (y - 200) / (contentHeight - scroll.getViewportBounds().getHeight())));
        });
        robot.moveTo(target);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Label> allLabels() {
        List<Label> labels = new ArrayList<>();
        collect(view, labels);
        return labels;
    }

    private static void collect(Node n, List<Label> into) {
        if (n instanceof Label l) into.add(l);
        if (n instanceof ScrollPane s && s.getContent() != null) collect(s.getContent(), into);
        if (n instanceof Parent p) p.getChildrenUnmodifiable().forEach(c -> collect(c, into));
    }

    // ---- tests --------------------------------------------------------------------------------

    @Test
    void theCourseModelShowsKerasNumbersInTheBlocksTheTotalsAndTheSummary() {
        List<String> keras = List.of("320", "0", "18,496", "0", "36,928", "0", "36,928", "650");
        for (int p = 1; p <= 8; p++) {
            assertEquals(keras.get(p - 1), result(p), "formula of block " + p);
            assertEquals(keras.get(p - 1), label("summary-params-" + p).getText(), "summary row " + p);
        }
        assertEquals("(32 × 3×3 + 1) × 64 = 18,496", ((Parent) view.lookup("#formula-3")).getChildrenUnmodifiable().stream()
                .map(n -> ((Label) n).getText()).reduce("", String::concat));
        assertEquals("93,322", label("total-params").getText());
        assertEquals("93,322", label("trainable-params").getText());
        assertEquals("0", label("non-trainable-params").getText());
        assertEquals("93,322", label("summary-total-params").getText());
        assertEquals("Total params: 93,322", label("summary-footer-total").getText());
        assertEquals("Trainable params: 93,322", label("summary-footer-trainable").getText());
        assertEquals("Non-trainable params: 0", label("summary-footer-nontrainable").getText());
        assertEquals("conv2d_1 (Conv2D)", label("summary-name-3").getText());
        assertEquals("(None, 11, 11, 64)", label("summary-shape-3").getText());
        assertEquals("2,230,272", label("summary-macs-3").getText());
        assertEquals("30,976", label("summary-bytes-3").getText());
        assertEquals("2,794,240", label("summary-total-macs").getText());
        assertEquals("150,440", label("summary-total-bytes").getText());
        assertEquals("2,794,240", label("total-macs").getText());
        assertEquals("150,440 bytes", label("total-bytes").getText());
        assertEquals("32", ((Label) block(1).lookup(".shape-channels")).getText());
        assertEquals("576", ((Label) block(6).lookup(".shape-channels")).getText());
    }

    @Test
    void pointingAtAConvFactorLightsWhatItCounts(FxRobot robot) {
        Node before = block(2).lookup(".volume"), own = block(3).lookup(".volume");
        Node kernel = block(2).lookup(".kernel-window");
        assertFalse(kernel.isVisible());

        hover(robot, factor(3, Role.INPUT_CHANNELS));
        assertTrue(lit(before), "the 32 input channels: the 13×13×32 block above");
        assertTrue(lit(block(2).lookup(".shape-channels")));
        assertFalse(lit(own));

        hover(robot, factor(3, Role.KERNEL));
        assertTrue(kernel.isVisible() && lit(kernel), "3×3: a kernel window on the block it reads");
        assertFalse(lit(before));

        hover(robot, factor(3, Role.BIAS));
        assertTrue(lit(block(3).lookup(".bias-marker")));
        assertFalse(kernel.isVisible());

        hover(robot, factor(3, Role.FILTERS));
        assertTrue(lit(own), "× 64: the 64 output channels");
        assertTrue(own.getStyleClass().contains("tone-output"));
        assertFalse(lit(block(3).lookup(".bias-marker")));

        robot.moveTo(block(3).lookup(".keras-type"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(lit(own), "nothing stays lit once the pointer leaves");
    }

    @Test
    void pointingAtADenseFactorLightsTheVectorItReads(FxRobot robot) {
        hover(robot, factor(7, Role.INPUTS));
        assertTrue(lit(block(6).lookup(".volume")), "576 inputs: the flattened vector");
        hover(robot, factor(7, Role.UNITS));
        assertTrue(lit(block(7).lookup(".volume")));
        assertFalse(lit(block(6).lookup(".volume")));
    }

    @Test
    void everyTextFollowsTheLanguage(FxRobot robot) {
        Label plain = (Label) block(1).lookup(".plain-name");
        assertEquals("Convolution", plain.getText());
        assertTrue(factor(3, Role.INPUT_CHANNELS).getTooltip().getText().startsWith("32 input channels"));
        assertTrue(((Label) block(2).lookup(".block-note")).getText().contains("no parameters"));
        assertNoMissingKey();

        robot.interact(() -> i18n.localeProperty().set(I18n.KOREAN));
        assertEquals("합성곱(컨볼루션)", plain.getText());
        assertEquals("최대 풀링", ((Label) block(2).lookup(".plain-name")).getText());
        assertTrue(((Label) block(2).lookup(".block-note")).getText().startsWith("매개변수가 없기 때문에 학습이 이루어지지 않습니다"));
        assertTrue(factor(3, Role.INPUT_CHANNELS).getTooltip().getText().startsWith("입력 채널 32개"));
        assertEquals("전체 매개변수(Total params): 93,322", label("summary-footer-total").getText());
        assertEquals("150,440바이트", label("total-bytes").getText());
        assertNoMissingKey();
    }

    private void assertNoMissingKey() {
        List<Label> labels = allLabels();
        assertTrue(labels.size() > 60, "labels found: " + labels.size());
        for (Label l : labels) {
            assertFalse(l.getText() == null || l.getText().isBlank() || l.getText().startsWith("!"), "label " + l);
        }
    }

    @Test
    void aBrokenArchitectureIsShownOnItsLayerNotThrown(FxRobot robot) {
        robot.interact(() -> spec.set(ModelSpec.parse("c32k3-p2-c64k3-p2-c64k3-p2-c64k3-f-d10")));
        Node bad = block(7);
        assertTrue(bad.getStyleClass().contains("layer-error"));
        assertTrue(label("error-7").getText().startsWith("This layer cannot be built: Conv2D kernel 3×3 is larger than its 1×1 input"),
                label("error-7").getText());
        assertTrue(block(8).getStyleClass().contains("layer-unresolved"));
        assertEquals("0", result(6), "the pooling before it still has its numbers");
        assertEquals("1×1×", ((Label) block(6).lookup(".shape-text")).getText(), "…and its shape, too small for a 3×3 kernel");
        assertTrue(view.lookup("#summary-params-1") == null, "no Keras summary for a model Keras could not build");

        robot.interact(() -> spec.set(ModelSpec.course()));
        assertEquals("650", result(8));
        assertTrue(view.lookup("#error-7") == null);
    }

    @Test
    void madeAheadOfNeedItsPartsForAModelSinceReplacedAreDropped(FxRobot robot) {
        robot.interact(() -> {
            ObjectProperty<ModelSpec> followed = new SimpleObjectProperty<>(ModelSpec.course());
            BuildSteps.Made<ArchitectureView> made = BuildSteps.collect(() -> new ArchitectureView(followed, i18n));
            ArchitectureView ahead = made.made();
            new Scene(ahead).getRoot().applyCss(); // skins made: the scroll pane's content is looked into
            assertEquals(4, made.parts().size(), "the stack's nine blocks three a part, then the tables");
            assertNull(ahead.lookup("#block-0"), "the blocks wait for their steps");
            followed.set(ModelSpec.parse("c8k3-p2-f-d10")); // a new model: the view rebuilds at once
            made.parts().forEach(Runnable::run);            // the course model's parts, late
            assertEquals(1, ahead.lookupAll("#layerStack").size(), "one stack");
            assertNotNull(ahead.lookup("#block-4"), "the new model's last layer");
            assertNull(ahead.lookup("#block-5"), "and none of the course model's");
            assertEquals(1, ahead.lookupAll(".keras-summary").size(), "one Keras table");
        });
    }

    @Test
    void madeAheadOfNeedAndCompletedItIsTheViewMadeAtOnce(FxRobot robot) {
        robot.interact(() -> {
            BuildSteps.Made<ArchitectureView> made = BuildSteps.collect(() -> new ArchitectureView(spec, i18n));
            made.parts().forEach(Runnable::run);
            new Scene(made.made()).getRoot().applyCss();
            assertEquals(shape(view), shape(made.made()));
        });
    }

    // every node's class and id, depth first: the structure of a view
    private static List<String> shape(Node n) {
        List<String> out = new ArrayList<>();
        out.add(n.getClass().getSimpleName() + "#" + n.getId() + n.getStyleClass());
        if (n instanceof Parent p && !(n instanceof javafx.scene.control.Control)) {
            for (Node c : p.getChildrenUnmodifiable()) out.addAll(shape(c));
        }
        if (n instanceof ScrollPane s && s.getContent() != null) out.addAll(shape(s.getContent()));
        return out;
    }
}
