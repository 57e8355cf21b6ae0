package org.convscope.ui.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.io.TrainingInfo;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.Sequential;
import org.convscope.ui.common.BuildSteps;
import org.convscope.ui.common.ColorLegend;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.PixelView;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.common.ValueRange;
import org.convscope.ui.training.ModelWeights;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Kernels tab as a student uses it, on the course model's weights. */
@ExtendWith(ApplicationExtension.class)
class KernelsViewTest {
    private final Sequential model = Sequential.build(ModelSpec.course(), 21);
    private final float[] file = model.exportWeights();
    private final SimpleObjectProperty<ModelWeights> weights =
            new SimpleObjectProperty<>(new ModelWeights(model.spec(), model.params().clone(), 1));
    private final I18n i18n = new I18n(Locale.ENGLISH);
    private KernelsView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        view = new KernelsView(weights, i18n, TaskRunner.immediate());
        stage.setScene(new Scene(view, 1000, 640)); // what the tab gets in a 1280×720 window
        stage.show();
    }

    private PixelView sheet(FxRobot robot) {
        return robot.lookup("#kernelSheet").queryAs(PixelView.class);
    }

    private String readout(FxRobot robot) {
        return robot.lookup("#kernelReadout").queryAs(Label.class).getText();
    }

    /** Where, on screen, the middle of weight (row, col) of the grid image is. */
    private Point2D onSheet(FxRobot robot, int row, int col) {
        PixelView sheet = sheet(robot);
        double s = sheet.cellSizeProperty().get();
        return sheet.localToScreen((col + 0.5) * s, (row + 0.5) * s);
    }

    @Test
    void theFirstLayerShowsItsThirtyTwoFilters(FxRobot robot) {
        assertEquals(32, robot.lookup(".kernel-tile").queryAll().size(), "32 grey patches");
        robot.clickOn("#modeGrid");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, robot.lookup(".kernel-tile").queryAll().size());
        assertEquals(32 * 4 - 1, sheet(robot).getImage().getHeight(), "32 rows of 3 with a pixel between");
        assertEquals(3, sheet(robot).getImage().getWidth(), "one input channel");
        assertTrue(robot.lookup("#kernelsCaption").queryAs(Label.class).getText().startsWith("conv2d: one row per filter (f = 0\u202631)"));
    }

    @Test
    void pointingAtAKernelShowsItsExactWeight(FxRobot robot) {
        robot.interact(() -> view.selectLayer("conv2d_1"));
        assertTrue(((ToggleButton) robot.lookup("#modeGrid").query()).isSelected(), "32 channels: the grid");
        assertTrue(((ToggleButton) robot.lookup("#modePatches").query()).isDisabled());
        assertEquals("Point at a weight to read its exact value.", readout(robot));

        int f = 3, c = 2, i = 1, j = 2;
        robot.moveTo(onSheet(robot, f * 4 + i, c * 4 + j));
        WeightLayer l = WeightLayer.of(model.spec()).get(1);
        float w = file[l.offset() + l.at(f, c, i, j)], b = file[l.offset() + l.weightCount() + f];
        assertEquals("W[f=3, c=2, 1, 2] = " + KernelTexts.number(w) + "   \u00b7   bias b[3] = " + KernelTexts.number(b), readout(robot));

        robot.moveTo(onSheet(robot, 10 * 4 + 2, 31 * 4));
        assertTrue(readout(robot).startsWith("W[f=10, c=31, 2, 0] = "), readout(robot));
    }

    @Test
    void anotherColourScaleChangesTheLegend(FxRobot robot) {
        robot.interact(() -> view.selectLayer("conv2d_1"));
        ColorLegend legend = robot.lookup("#kernelsLegend").queryAs(ColorLegend.class);
        WeightLayer l = WeightLayer.of(model.spec()).get(1);
        ValueRange layer = ValueRange.of(file, l.offset(), l.offset() + l.weightCount());
        double layerMax = Math.max(-layer.lo(), layer.hi());
        assertEquals(ColorLegend.format(layerMax), legend.maxText(), "per layer: ±max|w| of conv2d_1");
        assertEquals(ColorLegend.format(-layerMax), legend.minText());

        robot.clickOn("#scopeGlobal");
        double all = 0;
        for (WeightLayer k : WeightLayer.of(model.spec())) {
            ValueRange r = ValueRange.of(file, k.offset(), k.offset() + k.weightCount());
            all = Math.max(all, Math.max(-r.lo(), r.hi()));
        }
        assertNotEquals(legend.maxText(), ColorLegend.format(layerMax));
        assertEquals(ColorLegend.format(all), legend.maxText(), "all layers: the largest weight anywhere");

        robot.clickOn("#scopePerFilter");
        ValueRange first = ValueRange.of(file, l.offset(), l.offset() + l.fanIn());
        assertEquals(ColorLegend.format(Math.max(-first.lo(), first.hi())), legend.maxText(), "per filter: filter 0's");
        assertEquals("Scale of filter 0", legend.titleProperty().get());
    }

    @Test
    void everyTextFollowsTheLanguage(FxRobot robot) {
        ToggleButton grid = robot.lookup("#modeGrid").queryAs(ToggleButton.class);
        Label caption = robot.lookup("#kernelsCaption").queryAs(Label.class);
        assertEquals("All kernels", grid.getText());
        String english = caption.getText();
        @SuppressWarnings("unchecked")
        ComboBox<WeightLayer> layers = robot.lookup("#layerChooser").queryAs(ComboBox.class);
        assertEquals("conv2d \u00b7 32 filters, 3\u00d73 \u00d7 1 input channel", layers.getButtonCell().getText());
        robot.interact(() -> i18n.localeProperty().set(I18n.KOREAN));
        assertEquals("모든 커널", grid.getText());
        assertEquals("conv2d \u00b7 필터 32개, 3\u00d73 \u00d7 입력 채널 1개", layers.getButtonCell().getText(), "the closed chooser too");
        assertTrue(caption.getText().startsWith("conv2d: 필터 32개를 3\u00d73 회색 이미지 패치로"), caption.getText());
        assertEquals("가중치 위에 마우스를 올리면 정확한 값이 보입니다.", readout(robot));
        assertEquals("conv2d의 눈금", robot.lookup("#kernelsLegend").queryAs(ColorLegend.class).titleProperty().get());
        robot.interact(() -> i18n.localeProperty().set(I18n.ENGLISH));
        assertEquals(english, caption.getText());
    }

    @Test
    void newWeightsRepaintTheKernels(FxRobot robot) {
        robot.clickOn("#modeGrid");
        var before = sheet(robot).getImage().getPixelReader().getArgb(1, 1 * 4 + 1);
        Sequential other = Sequential.build(ModelSpec.course(), 99);
        robot.interact(() -> weights.set(new ModelWeights(other.spec(), other.params().clone(), 2)));
        var after = sheet(robot).getImage().getPixelReader().getArgb(1, 1 * 4 + 1);
        assertNotEquals(before, after, "the kernel of filter 1 was redrawn from the new weights");
    }

    @Test
    void aNewLayerIsZoomedToFitTheSpace(FxRobot robot) {
        List<WeightLayer> layers = WeightLayer.of(model.spec());
        // 32 first-layer patches fill 950×420 with 75-pixel tiles (11 a row, 3 rows)
        assertEquals(25, KernelsView.tileZoom(new KernelLayout(layers.get(0), KernelMode.PATCHES), 950, 420));
        // conv2d_1's grid is 127 pixels wide: 7 screen pixels each in 950
        assertEquals(7, KernelsView.sheetZoom(new KernelLayout(layers.get(1), KernelMode.GRID), 950));
        // conv2d_2's 255×255 grid stays a canvas of at most 6 million pixels: 9 at most
        assertEquals(9, KernelsView.maxZoom(new KernelLayout(layers.get(2), KernelMode.GRID)));
        // the 576-wide matrix would get 1: it gets 2 and scrolls
        assertEquals(2, KernelsView.sheetZoom(new KernelLayout(layers.get(3), KernelMode.MATRIX), 950));

        double tiles = robot.lookup("#zoomSlider").queryAs(javafx.scene.control.Slider.class).getValue();
        robot.clickOn("#modeGrid");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(24, sheet(robot).cellSizeProperty().get(), "one column of 3: as large as the zoom goes");
        robot.interact(() -> view.selectLayer("conv2d_1"));
        WaitForAsyncUtils.waitForFxEvents();
        double s = sheet(robot).cellSizeProperty().get();
        double width = robot.lookup("#kernelsScroll").queryAs(javafx.scene.control.ScrollPane.class).getViewportBounds().getWidth();
        assertTrue(127 * s <= width && 127 * (s + 1) > width, s + " px per weight fills " + width);
        assertTrue(tiles > 12, "patches start large: " + tiles);
    }

    @Test
    void aModelFileRendersOffscreenAsTheCliWillDoIt(FxRobot robot) throws Exception {
        SavedModel saved = SavedModel.of(model, java.util.Collections.nCopies(10, "class"), "mnist", TrainingInfo.empty());
        WritableImage[] shot = new WritableImage[1];
        KernelsView[] offscreen = new KernelsView[1];
        robot.interact(() -> {
            KernelsView v = new KernelsView(new SimpleObjectProperty<>(ModelWeights.of(saved)), new I18n(Locale.ENGLISH),
                    TaskRunner.immediate());
            v.selectLayer("conv2d_1");
            v.setMode(KernelMode.GRID);
            new Scene(v, 900, 600); // never shown
            shot[0] = v.snapshot(null, null);
            offscreen[0] = v;
        });
        assertEquals(900, shot[0].getWidth());
        PixelView sheet = (PixelView) offscreen[0].lookup("#kernelSheet");
        double s = sheet.cellSizeProperty().get();
        assertEquals(6, s, "fitted during the snapshot's layout: 127 weights across 900 pixels less margins (not the slider's 8)");
        KernelPicture p = offscreen[0].viewModel().pictureProperty().get();
        WeightLayer l = p.layer();
        assertEquals(file[l.offset() + l.at(5, 6, 2, 1)], p.value(new Cell(5, 6, 2, 1)), "the file's weights");
        Point2D cell = sheet.localToScene((6 * 4 + 1 + 0.5) * s, (5 * 4 + 2 + 0.5) * s);
        assertEquals(p.images().get(0).argb(5 * 4 + 2, 6 * 4 + 1),
                shot[0].getPixelReader().getArgb((int) cell.getX(), (int) cell.getY()), "the kernel is in the picture");
    }

    @Test
    void madeAheadOfNeedItsToolBarAndPatchesComeInLaterSteps(FxRobot robot) {
        robot.interact(() -> {
            BuildSteps.Made<KernelsView> made = BuildSteps.collect(() -> new KernelsView(weights, i18n, TaskRunner.immediate())
                    .withTopPatches(new TopPatchesViewModel(TaskRunner.immediate()), i -> { }, i -> { }));
            KernelsView v = made.made();
            assertEquals(2, made.parts().size(), "the tool bar and the top patches, for later");
            assertNull(v.lookup("#zoomSlider"));
            assertNull(v.patchesPanel());
            v.selectLayer("conv2d_1");
            v.setMode(KernelMode.GRID);
            new Scene(v, 1000, 640); // never shown
            v.applyCss();
            v.layout(); // the grid fitted to the width before the tool bar exists
            PixelView sheet = (PixelView) v.lookup("#kernelSheet");
            double fitted = sheet.cellSizeProperty().get();
            assertNotEquals(KernelZoom.DEFAULT, fitted, "fitted, not the default zoom");

            made.parts().forEach(Runnable::run);
            javafx.scene.control.Slider zoom = (javafx.scene.control.Slider) v.lookup("#zoomSlider");
            assertEquals(fitted, zoom.getValue(), "the slider shows the zoom fitted before it came");
            assertEquals(KernelsView.maxZoom(new KernelLayout(WeightLayer.of(model.spec()).get(1), KernelMode.GRID)), zoom.getMax());
            assertEquals(fitted, sheet.cellSizeProperty().get());
            zoom.setValue(3);
            assertEquals(3, sheet.cellSizeProperty().get(), "and steers it");
            WeightLayer l = WeightLayer.of(model.spec()).get(1);
            ValueRange layer = ValueRange.of(file, l.offset(), l.offset() + l.weightCount());
            ColorLegend legend = (ColorLegend) v.lookup("#kernelsLegend");
            assertEquals(ColorLegend.format(Math.max(-layer.lo(), layer.hi())), legend.maxText(), "the legend of the layer shown");
            assertEquals(v.viewModel().pictureProperty().get().map(), legend.mapProperty().get());
            assertNotNull(v.patchesPanel());
        });
    }
}
