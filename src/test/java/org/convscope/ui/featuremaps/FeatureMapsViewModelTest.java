package org.convscope.ui.featuremaps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.SimpleObjectProperty;
import org.convscope.data.DatasetKind;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.Inspection;
import org.convscope.engine.model.Inspector;
import org.convscope.engine.model.LayerTap;
import org.convscope.engine.model.Sequential;
import org.convscope.ui.common.ColorMap;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.Normalization;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.common.ValueRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the view is handed is exactly the engine's inspection, coloured on the chosen scale. */
class FeatureMapsViewModelTest {
    private static Inspection inspection;

    @BeforeAll
    static void inspectOnce() {
        inspection = CourseProbe.inspect(DatasetKind.FASHION_MNIST, 0);
    }

    private static FeatureMapsViewModel vm(Inspection insp, I18n i18n) {
        return new FeatureMapsViewModel(new SimpleObjectProperty<>(insp), new SimpleObjectProperty<>(DatasetKind.FASHION_MNIST), i18n,
                TaskRunner.immediate(), t -> true, 0);
    }

    private static List<TapImage> taps(MapsFrame f) {
        return f.groups().stream().flatMap(g -> g.taps().stream()).toList();
    }

    @Test
    void everyTapIsHandedOverWithTheInspectionsOwnValuesGroupedByArchitectureLayer() {
        MapsFrame f = vm(inspection, new I18n(Locale.ENGLISH)).frameProperty().get();
        assertNotNull(f);
        assertEquals(List.of("input", "conv2d", "max_pooling2d", "conv2d_1", "max_pooling2d_1", "conv2d_2", "flatten", "dense", "dense_1"),
                f.groups().stream().map(LayerGroup::name).toList());
        List<TapImage> shown = taps(f);
        assertEquals(inspection.taps().size() + 1, shown.size());
        assertArrayEquals(inspection.input(), shown.get(0).values());
        for (int i = 0; i < inspection.taps().size(); i++) {
            LayerTap tap = inspection.taps().get(i);
            TapImage t = shown.get(i + 1);
            assertEquals(i, t.tapIndex());
            assertEquals(tap.kind(), t.kind());
            assertEquals(tap.outputShape(), t.shape());
            assertArrayEquals(tap.output(), t.values(), "tap " + i + " " + tap.kind());
            assertEquals(tap.specIndex(), f.groupOf(i).specIndex());
        }
        int[] counts = shown.stream().filter(TapImage::image).mapToInt(TapImage::mapCount).toArray();
        assertArrayEquals(CourseProbe.MAP_COUNTS, counts);
        assertEquals(List.of("conv2d", "relu"), f.groups().get(1).taps().stream().map(TapImage::kind).toList());
    }

    @Test
    void eachPixelIsItsValueThroughTheColourMapOnTheRangeItWasPaintedWith() {
        for (Normalization n : Normalization.values()) {
            FeatureMapsViewModel vm = vm(inspection, new I18n(Locale.ENGLISH));
            vm.normalizationProperty().set(n);
            for (TapImage t : taps(vm.frameProperty().get())) {
                for (int k = 0; k < t.values().length; k += 7) {
                    int channel = t.image() ? k / t.mapSize() : 0;
                    ValueRange r = t.rangeOf(channel);
                    assertEquals(t.map().argb(t.values()[k], r.lo(), r.hi()), t.argb()[k], n + " " + t.kind() + " value " + k);
                }
            }
        }
    }

    @Test
    void signedSumsDivergeActivationsRunFromDarkAndMovedValuesKeepTheirMap() {
        MapsFrame f = vm(inspection, new I18n(Locale.ENGLISH)).frameProperty().get();
        List<ColorMap> maps = taps(f).stream().map(TapImage::map).toList();
        List<String> kinds = taps(f).stream().map(TapImage::kind).toList();
        assertEquals(List.of("input", "conv2d", "relu", "max_pool2d", "conv2d", "relu", "max_pool2d", "conv2d", "relu", "flatten",
                "dense", "relu", "dense", "softmax"), kinds);
        assertEquals(List.of(ColorMap.GREYS, ColorMap.DIVERGING, ColorMap.SEQUENTIAL, ColorMap.SEQUENTIAL, ColorMap.DIVERGING,
                ColorMap.SEQUENTIAL, ColorMap.SEQUENTIAL, ColorMap.DIVERGING, ColorMap.SEQUENTIAL, ColorMap.SEQUENTIAL,
                ColorMap.DIVERGING, ColorMap.SEQUENTIAL, ColorMap.DIVERGING, ColorMap.SEQUENTIAL), maps);
        assertTrue(f.tap(11).logits(), "the last dense layer's output is the logits");
        assertTrue(!f.tap(9).logits());
    }

    @Test
    void normalisationChoosesWhichValuesShareAScale() {
        FeatureMapsViewModel vm = vm(inspection, new I18n(Locale.ENGLISH));
        LayerTap relu = inspection.taps().get(1);
        int hw = 26 * 26;

        vm.normalizationProperty().set(Normalization.PER_MAP);
        TapImage t = vm.frameProperty().get().tap(1);
        for (int c = 0; c < 32; c++) {
            ValueRange own = ValueRange.of(relu.output(), c * hw, (c + 1) * hw);
            assertEquals(0, t.rangeOf(c).lo(), "a ReLU map's scale starts at zero");
            assertEquals(own.hi(), t.rangeOf(c).hi(), 1e-9);
        }
        assertTrue(Arrays.stream(t.ranges()).map(ValueRange::hi).distinct().count() > 1, "each map has its own top");

        vm.normalizationProperty().set(Normalization.PER_LAYER);
        t = vm.frameProperty().get().tap(1);
        ValueRange layer = ValueRange.of(relu.output());
        for (ValueRange r : t.ranges()) assertEquals(new ValueRange(0, layer.hi()), r);
        assertEquals(new ValueRange(0, layer.hi()), t.legendRange());

        vm.normalizationProperty().set(Normalization.GLOBAL);
        MapsFrame f = vm.frameProperty().get();
        ValueRange diverging = f.tap(0).rangeOf(0);
        int divergingTaps = 0;
        for (TapImage d : taps(f)) {
            if (d.map() != ColorMap.DIVERGING) continue;
            assertEquals(diverging, d.rangeOf(0), d.kind() + " " + d.tapIndex());
            divergingTaps++;
        }
        assertTrue(divergingTaps > 1, "the check compared several diverging maps: " + divergingTaps);
        double maxAbs = 0;
        for (LayerTap tap : inspection.taps()) {
            if (FrameBuilder.mapFor(tap.kind(), ColorMap.DIVERGING) == ColorMap.DIVERGING && !tap.kind().equals("max_pool2d")
                    && !tap.kind().equals("flatten")) {
                for (float v : tap.output()) maxAbs = Math.max(maxAbs, Math.abs(v));
            }
        }
        assertEquals(maxAbs, Math.max(Math.abs(diverging.lo()), Math.abs(diverging.hi())), 1e-6);
        assertEquals(-maxAbs, f.tap(0).legendRange().lo(), 1e-6, "a diverging legend is symmetric around zero");
    }

    @Test
    void probabilityBarsAreInClassOrderSumToOneAndMarkTheTopClass() {
        MapsFrame f = vm(inspection, new I18n(Locale.ENGLISH)).frameProperty().get();
        List<ClassBar> bars = f.classes();
        assertEquals(10, bars.size());
        double sum = 0;
        for (int c = 0; c < bars.size(); c++) {
            assertEquals(c, bars.get(c).label());
            assertEquals(inspection.probabilities()[c], bars.get(c).probability());
            sum += bars.get(c).probability();
        }
        assertEquals(1.0, sum, 1e-5);
        assertEquals(List.of(inspection.predicted()), bars.stream().filter(ClassBar::top).map(ClassBar::label).toList());
        assertArrayEquals(inspection.probabilities(), f.tap(12).values(), "the softmax tap is the probabilities");
    }

    @Test
    void hoverTextsGiveTheExactValueAndWhereItCameFrom() {
        I18n i18n = new I18n(Locale.ENGLISH);
        FeatureMapsViewModel vm = vm(inspection, i18n);
        MapsFrame f = vm.frameProperty().get();
        float v = inspection.taps().get(1).at(5, 3, 7);
        assertEquals("conv2d · after ReLU — channel 5, row 3, col 7: " + String.format(Locale.ROOT, "%.4f", v),
                vm.describe(f.tap(1), 5, 3, 7));

        // flattened value 100 of 64 channels of 3×3 is channel 11, row 0, column 1 of the last ReLU
        float flat = inspection.taps().get(8).output()[100];
        assertEquals(inspection.taps().get(7).at(11, 0, 1), flat);
        assertEquals("flatten · flattened — value 100 = channel 11, row 0, col 1: " + Values.format(flat), vm.describe(f.tap(8), 0, 0, 100));
        assertTrue(vm.describe(f.tap(11), 0, 0, 0).startsWith("dense_1 · logits — class T-shirt/top: "));
        assertTrue(vm.describe(f.tap(10), 0, 0, 3).startsWith("dense · after ReLU — unit 3: "));

        i18n.localeProperty().set(I18n.KOREAN);
        assertEquals("conv2d · ReLU 이후 — 채널 5, 행 3, 열 7: " + Values.format(v), vm.describe(f.tap(1), 5, 3, 7));
        assertTrue(vm.describe(f.tap(12), 0, 0, 1).startsWith("dense_1 · 확률 — 클래스 바지: "));
    }

    /** Runs nothing until told: shows which requests a slow task thread actually gets to. */
    private static final class QueuedTasks implements TaskRunner {
        final List<Runnable> queue = new ArrayList<>();
        int started;

        @Override
        public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
            queue.add(() -> onDone.accept(work.get()));
        }

        void runNext() {
            started++;
            queue.remove(0).run();
        }
    }

    @Test
    void whileOneFrameIsBuiltOnlyTheNewestInspectionWaitsAndAHiddenViewWaitsForItsTurn() {
        Inspection a = inspection, b = CourseProbe.inspect(DatasetKind.FASHION_MNIST, 1), c = CourseProbe.inspect(DatasetKind.FASHION_MNIST, 2);
        SimpleObjectProperty<Inspection> source = new SimpleObjectProperty<>(a);
        QueuedTasks tasks = new QueuedTasks();
        FeatureMapsViewModel vm = new FeatureMapsViewModel(source, new SimpleObjectProperty<>(DatasetKind.FASHION_MNIST),
                new I18n(Locale.ENGLISH), tasks, t -> true, 0);
        source.set(b);
        source.set(c);
        assertEquals(1, tasks.queue.size(), "one build at a time");
        tasks.runNext();
        assertSame(a, vm.frameProperty().get().inspection());
        assertEquals(1, tasks.queue.size());
        tasks.runNext();
        assertSame(c, vm.frameProperty().get().inspection(), "b was overtaken by c");
        assertTrue(tasks.queue.isEmpty());

        vm.activeProperty().set(false);
        source.set(b);
        assertTrue(tasks.queue.isEmpty(), "nothing is painted for a hidden view");
        vm.activeProperty().set(true);
        tasks.runNext();
        assertSame(b, vm.frameProperty().get().inspection());
    }

    @Test
    void anEnlargedMapStaysOpenAcrossFramesAndClosesWhenItsLayerIsGone() {
        SimpleObjectProperty<Inspection> source = new SimpleObjectProperty<>(inspection);
        FeatureMapsViewModel vm = new FeatureMapsViewModel(source, new SimpleObjectProperty<>(DatasetKind.FASHION_MNIST),
                new I18n(Locale.ENGLISH), TaskRunner.immediate(), t -> true, 0);
        vm.select(new MapRef(4, 40));
        source.set(CourseProbe.inspect(DatasetKind.FASHION_MNIST, 3));
        assertEquals(new MapRef(4, 40), vm.selectedProperty().get());
        Sequential small = Sequential.build(ModelSpec.parse("c8k3-p2-f-d10"), 1);
        source.set(Inspector.inspect(small, CourseProbe.testImage(DatasetKind.FASHION_MNIST, 0)));
        assertNull(vm.selectedProperty().get(), "the small model has no 64-map layer");
        assertNotEquals(null, vm.frameProperty().get());
    }

    @Test
    void aLayerFilterPaintsOnlyTheChosenOutputs() {
        FeatureMapsViewModel vm = new FeatureMapsViewModel(new SimpleObjectProperty<>(inspection), new SimpleObjectProperty<>(null),
                new I18n(Locale.ENGLISH), TaskRunner.immediate(), t -> t.kind().equals("relu") && t.outputShape().isImage(), 0);
        MapsFrame f = vm.frameProperty().get();
        assertEquals(List.of("input", "relu", "relu", "relu"), taps(f).stream().map(TapImage::kind).toList());
        assertEquals("3", vm.className(3), "without a dataset, classes are numbers");
    }
}
