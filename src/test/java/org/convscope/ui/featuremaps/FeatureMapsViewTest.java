package org.convscope.ui.featuremaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.convscope.data.DatasetKind;
import org.convscope.engine.model.Inspection;
import org.convscope.ui.common.ColorMap;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.Normalization;
import org.convscope.ui.common.SnapshotFiles;
import org.convscope.ui.common.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The view as a student uses it: read the layers, hover a value, enlarge a map, switch language. */
@ExtendWith(ApplicationExtension.class)
class FeatureMapsViewTest {
    private Inspection inspection;
    private I18n i18n;
    private FeatureMapsView view;
    private SimpleObjectProperty<Inspection> probe;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        inspection = CourseProbe.inspect(DatasetKind.FASHION_MNIST, 0);
        i18n = new I18n(Locale.ENGLISH);
        probe = new SimpleObjectProperty<>(inspection);
        view = new FeatureMapsView(probe, new SimpleObjectProperty<>(DatasetKind.FASHION_MNIST), i18n, TaskRunner.immediate());
        stage.setScene(new Scene(view, 1000, 700)); // the tab's share of the 1280×720 window
        stage.show();
    }

    private MapGrid grid(int section, int row) {
        return (MapGrid) view.sections().get(section).rows().get(row).visual();
    }

    @Test
    void aHiddenViewPaintsNothingUntilItShowsAgain(FxRobot robot) {
        assertTrue(view.viewModel().activeProperty().get());
        robot.interact(() -> view.setVisible(false)); // as a tab pane hides the tabs not selected
        assertFalse(view.viewModel().activeProperty().get());
        robot.interact(() -> view.setVisible(true));
        assertTrue(view.viewModel().activeProperty().get());
    }

    @Test
    void aViewNoOneSeesTakesItsSectionsOneAStepAndAllAtOnceWhenShown(FxRobot robot) throws Exception {
        FeatureMapsView[] unseen = new FeatureMapsView[2];
        Stage[] other = new Stage[1];
        robot.interact(() -> {
            for (int i = 0; i < 2; i++) { // as the tab makes it in idle time: in no window yet
                unseen[i] = new FeatureMapsView(new SimpleObjectProperty<>(inspection), new SimpleObjectProperty<>(DatasetKind.FASHION_MNIST),
                        i18n, TaskRunner.immediate());
                assertEquals(9, unseen[i].sections().size());
                assertEquals(1, attached(unseen[i]), "the first section at once, the others later");
            }
            other[0] = new Stage();
            other[0].setScene(new Scene(unseen[0], 800, 600));
            other[0].show();
            assertEquals(9, attached(unseen[0]), "shown: every section at once");
        });
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> attached(unseen[1]) == 9);
        robot.interact(() -> {
            for (FeatureMapsView v : unseen) {
                var content = ((javafx.scene.layout.VBox) v.sections().get(0).getParent()).getChildren();
                assertEquals(v.sections(), content, "every section once, in order"); // the steps left none out, added none twice
            }
            other[0].close();
        });
    }

    private static int attached(FeatureMapsView v) {
        return (int) v.sections().stream().filter(s -> s.getParent() != null).count();
    }

    @Test
    void newMapsOutOfSightArePaintedWhenScrolledInto(FxRobot robot) throws Exception {
        MapGrid top = grid(1, 0), deep = grid(5, 1); // conv2d's first maps, and conv2d_2's far below the fold
        MapsFrame first = view.viewModel().frameProperty().get();
        robot.interact(() -> probe.set(CourseProbe.inspect(DatasetKind.FASHION_MNIST, 1))); // as training's next weights
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> view.viewModel().frameProperty().get() != first);
        WaitForAsyncUtils.waitForFxEvents();
        MapsFrame second = view.viewModel().frameProperty().get();
        assertTrue(top.tap == second.tap(top.tap.tapIndex()) && deep.tap == second.tap(deep.tap.tapIndex()), "both hold the new maps");
        assertFalse(top.stale(), "in sight: painted at once");
        assertTrue(deep.stale(), "out of sight: not painted yet");
        robot.interact(() -> { // the deep grid's top to the viewport's top
            javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) view.lookup("#mapsScroll");
            Node content = scroll.getContent();
            double y = content.sceneToLocal(deep.localToScene(0, 0)).getY();
            scroll.setVvalue(y / (content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight()));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> assertTrue(deep.localToScene(deep.getLayoutBounds()).intersects(
                view.lookup("#mapsScroll").localToScene(view.lookup("#mapsScroll").getLayoutBounds())), "in sight now"));
        assertFalse(deep.stale(), "scrolled into sight: painted");
    }

    @Test
    void listsTheCourseModelsLayersWithTheirMapCounts() {
        List<LayerSection> sections = view.sections();
        assertEquals(List.of("Input", "conv2d", "max_pooling2d", "conv2d_1", "max_pooling2d_1", "conv2d_2", "flatten", "dense", "dense_1"),
                sections.stream().map(s -> s.lookup(".layer-name")).map(n -> ((Label) n).getText()).toList());
        int[] counts = sections.stream().flatMap(s -> s.rows().stream()).filter(r -> r.visual() instanceof MapGrid)
                .mapToInt(r -> ((MapGrid) r.visual()).mapCount()).toArray();
        assertEquals(List.of(1, 32, 32, 32, 64, 64, 64, 64, 64), java.util.Arrays.stream(counts).boxed().toList());
        assertEquals("32 maps, 26×26 each", ((Label) view.sections().get(1).rows().get(1).lookup(".tap-count")).getText());
        assertEquals("Conv2D: 32 filters of 3×3", ((Label) sections.get(1).lookup(".layer-what")).getText());
        assertEquals("output 26×26×32", ((Label) sections.get(1).lookup(".layer-shape")).getText());
        assertTrue(sections.get(8).rows().get(1).visual() instanceof ProbabilityBars);
        assertTrue(sections.get(6).rows().get(0).visual() instanceof VectorStrip, "flatten is a heat bar");
        int nodes = count(view);
        assertTrue(nodes < 600, "416 maps drawn with " + nodes + " nodes, skins included");
    }

    private static int count(javafx.scene.Parent p) {
        int n = 1;
        for (Node child : p.getChildrenUnmodifiable()) n += child instanceof javafx.scene.Parent c ? count(c) : 1;
        return n;
    }

    @Test
    void rendersTheWholeNetworkForTheCommandLine(FxRobot robot) {
        WritableImage[] png = new WritableImage[1];
        robot.interact(() -> png[0] = FeatureMapsView.snapshot(inspection, DatasetKind.FASHION_MNIST, new I18n(I18n.KOREAN), t -> true, 1100));
        assertEquals(1100, png[0].getWidth());
        assertTrue(png[0].getHeight() > 1500, "every layer at once, no scrolling: " + png[0].getHeight());
        // the last rows are the probability bars: something is drawn there, not an empty page
        int y = (int) png[0].getHeight() - 30;
        long inked = java.util.stream.IntStream.range(0, 1100).filter(x -> png[0].getPixelReader().getArgb(x, y) != png[0].getPixelReader().getArgb(1099, y)).count();
        assertTrue(inked > 20, "the bottom of the picture shows the last layer");
        SnapshotFiles.save(png[0], "featuremaps-render-ko.png");
    }

    @Test
    void hoverShowsTheExactValueAndAClickEnlargesTheMapUntilEscapeOrAClickOutside(FxRobot robot) {
        MapGrid relu = grid(1, 1);
        robot.moveTo(relu.localToScreen(relu.pointOf(5, 3, 7)));
        WaitForAsyncUtils.waitForFxEvents();
        float v = inspection.taps().get(1).at(5, 3, 7);
        assertEquals("conv2d · after ReLU — channel 5, row 3, col 7: " + Values.format(v), view.readoutText());

        MapGrid conv = grid(1, 0);
        robot.clickOn(conv.localToScreen(conv.pointOf(2, 10, 10)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new MapRef(0, 2), view.viewModel().selectedProperty().get());
        MapDetail detail = view.detail();
        assertTrue(detail.getScene() != null && detail.isVisible() && view.lookup("#mapsSide").isVisible());
        assertEquals(26, detail.pixels().getImage().getWidth());
        assertTrue(detail.pixels().getWidth() >= 26 * 10, "enlarged: at least 10 px per value");
        int center = detail.pixels().getImage().getPixelReader().getArgb(10, 10);
        assertEquals(conv.getClass(), MapGrid.class);
        TapImage tap = view.viewModel().frameProperty().get().tap(0);
        assertEquals(ColorMap.DIVERGING.argb(inspection.taps().get(0).at(2, 10, 10), tap.rangeOf(2).lo(), tap.rangeOf(2).hi()), center);

        Point2D inside = detail.pixels().localToScreen(4 * detail.pixels().cellSizeProperty().get() + 1, 6 * detail.pixels().cellSizeProperty().get() + 1);
        robot.moveTo(inside);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("conv2d · before activation — channel 2, row 6, col 4: " + Values.format(inspection.taps().get(0).at(2, 6, 4)),
                detail.readoutText());

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(view.viewModel().selectedProperty().get());
        assertFalse(view.lookup("#mapsSide").isVisible());

        robot.clickOn(conv.localToScreen(conv.pointOf(3, 1, 1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new MapRef(0, 3), view.viewModel().selectedProperty().get());
        robot.clickOn((Node) view.sections().get(1).lookup(".layer-name"));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(view.viewModel().selectedProperty().get(), "a click outside the maps closes the enlargement");
    }

    @Test
    void theScopeButtonsRepaintOnTheChosenScaleAndKoreanRewritesEveryText(FxRobot robot) {
        robot.clickOn("#scopePER_MAP");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Normalization.PER_MAP, view.viewModel().frameProperty().get().normalization());
        assertTrue(((ToggleButton) view.lookup("#scopePER_MAP")).isSelected());
        robot.clickOn("#scopeGLOBAL");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Normalization.GLOBAL, view.viewModel().frameProperty().get().normalization());
        assertEquals("Scale shared by all layers", ((Label) view.sections().get(1).lookup(".legend-title")).getText());

        robot.interact(() -> i18n.localeProperty().set(I18n.KOREAN));
        WaitForAsyncUtils.waitForFxEvents();
        LayerSection conv = view.sections().get(1);
        assertEquals("합성곱(Conv2D): 3×3 필터 32개", ((Label) conv.lookup(".layer-what")).getText());
        assertEquals("특징맵 32개, 각 26×26", ((Label) conv.rows().get(1).lookup(".tap-count")).getText());
        assertEquals("층마다", ((ToggleButton) view.lookup("#scopePER_LAYER")).getText());
        assertEquals("모든 층이 함께 쓰는 색 범위", ((Label) conv.lookup(".legend-title")).getText());
        assertEquals("특징맵 위에 마우스를 올리면 값이 보이고, 클릭하면 크게 볼 수 있습니다.", view.readoutText());
        ProbabilityBars bars = (ProbabilityBars) view.sections().get(8).rows().get(1).visual();
        assertTrue(bars.texts().get(0).startsWith("티셔츠/탑 "), bars.texts().get(0));
        MapGrid relu = grid(1, 1);
        robot.moveTo(relu.localToScreen(relu.pointOf(0, 0, 0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.readoutText().startsWith("conv2d · ReLU 이후 — 채널 0, 행 0, 열 0: "), view.readoutText());
        robot.clickOn("#colourHelpToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.lookup("#colourHelp").isVisible());
        assertEquals("색은 무엇을 뜻하나요?", ((Label) view.lookup(".colour-help-title")).getText());
    }
}
