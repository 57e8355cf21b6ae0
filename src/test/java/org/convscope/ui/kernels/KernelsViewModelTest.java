package org.convscope.ui.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.Inspection;
import org.convscope.engine.model.Inspector;
import org.convscope.engine.model.LayerTap;
import org.convscope.engine.model.Sequential;
import org.convscope.ui.common.ColorMap;
import org.convscope.ui.common.Normalization;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.common.ValueRange;
import org.convscope.ui.training.ModelWeights;
import org.junit.jupiter.api.Test;

/** The kernels view-model without a window: what it draws is the model's own weights. */
class KernelsViewModelTest {
    private static final ModelSpec COURSE = ModelSpec.course();

    private static ModelWeights weights(Sequential model, long version) {
        return new ModelWeights(model.spec(), model.params().clone(), version);
    }

    /** The weight layers' taps of one inspection: kernels and biases in file layout, found by the engine. */
    private static List<LayerTap> weightTaps(Sequential model) {
        float[] image = new float[model.inputShape().size()];
        for (int i = 0; i < image.length; i++) image[i] = (i * 31 % 97) / 96f;
        return Inspector.inspect(model, image).taps().stream().filter(t -> t.kernel() != null).toList();
    }

    private static KernelsViewModel showing(Sequential model) {
        KernelsViewModel vm = new KernelsViewModel(TaskRunner.immediate());
        vm.weightsProperty().set(weights(model, 1));
        return vm;
    }

    @Test
    void theCourseModelHasFiveWeightLayersInFileOrder() {
        List<WeightLayer> layers = WeightLayer.of(COURSE);
        assertEquals(List.of("conv2d", "conv2d_1", "conv2d_2", "dense", "dense_1"), layers.stream().map(WeightLayer::name).toList());
        WeightLayer first = layers.get(0), second = layers.get(1), dense = layers.get(3), last = layers.get(4);
        assertEquals(List.of(32, 1, 3, 3), List.of(first.filters(), first.channels(), first.kh(), first.kw()));
        assertEquals(List.of(64, 32, 3, 3), List.of(second.filters(), second.channels(), second.kh(), second.kw()));
        assertEquals(320, second.offset(), "after conv2d's 288 weights and 32 biases");
        // the first Dense layer's 576 inputs are the 64 maps of 3×3 it was flattened from
        assertEquals(List.of(64, 64, 3, 3), List.of(dense.filters(), dense.channels(), dense.kh(), dense.kw()));
        assertTrue(dense.reshaped());
        assertEquals(List.of(10, 1, 1, 64), List.of(last.filters(), last.channels(), last.kh(), last.kw()));
        assertEquals(COURSE.totalParams(), last.offset() + last.weightCount() + last.filters());
    }

    @Test
    void everyShownWeightAndBiasIsTheEnginesOwn() {
        Sequential model = Sequential.build(COURSE, 11);
        KernelsViewModel vm = showing(model);
        List<LayerTap> taps = weightTaps(model);
        vm.modeProperty().set(KernelMode.GRID);
        for (int layer = 0; layer < taps.size(); layer++) {
            vm.layerProperty().set(layer);
            KernelPicture p = vm.pictureProperty().get();
            WeightLayer l = p.layer();
            assertEquals(layer, l.index());
            LayerTap tap = taps.get(layer);
            assertEquals(tap.kernel().length, l.weightCount(), l.name());
            for (int k = 0; k < 40; k++) {
                int f = k * 7 % l.filters(), c = k * 5 % l.channels(), i = k % l.kh(), j = k * 3 % l.kw();
                float expected = tap.kernel()[((f * l.channels() + c) * l.kh() + i) * l.kw() + j];
                assertEquals(expected, p.value(new Cell(f, c, i, j)), l.name() + " W" + List.of(f, c, i, j));
                assertEquals(tap.bias()[f], p.bias(f));
            }
        }
    }

    @Test
    void theFirstDenseLayersInputsAreLabelledWithTheMapTheyCameFrom() {
        // unit u's pre-activation = Σ W[u, c, i, j] · pooled[c, i, j] + b[u], with the pooled maps channel first
        Sequential model = Sequential.build(COURSE, 5);
        float[] image = new float[784];
        for (int i = 0; i < image.length; i++) image[i] = (i * 13 % 29) / 28f;
        Inspection ins = Inspector.inspect(model, image);
        int dense = 0;
        while (!ins.taps().get(dense).kind().equals("dense")) dense++;
        LayerTap maps = ins.taps().get(dense - 2); // the layer before Flatten
        assertTrue(maps.outputShape().isImage());
        KernelsViewModel vm = showing(model);
        vm.layerProperty().set(3);
        KernelPicture p = vm.pictureProperty().get();
        WeightLayer l = p.layer();
        for (int u : new int[] {0, 17, 63}) {
            double sum = p.bias(u);
            for (int c = 0; c < l.channels(); c++) {
                for (int i = 0; i < l.kh(); i++) {
                    for (int j = 0; j < l.kw(); j++) sum += p.value(new Cell(u, c, i, j)) * (double) maps.at(c, i, j);
                }
            }
            assertEquals(ins.taps().get(dense).output()[u], sum, 1e-4, "unit " + u);
        }
    }

    @Test
    void aGridPixelHasItsWeightsColourOnTheLayersScale() {
        Sequential model = Sequential.build(COURSE, 2);
        KernelsViewModel vm = showing(model);
        vm.modeProperty().set(KernelMode.GRID);
        vm.layerProperty().set(1);
        KernelPicture p = vm.pictureProperty().get();
        Raster img = p.images().get(0);
        assertEquals(32 * 4 - 1, img.width(), "32 kernels of 3 with a pixel between");
        assertEquals(64 * 4 - 1, img.height());
        float[] tap = weightTaps(model).get(1).kernel();
        ValueRange layer = ValueRange.of(tap);
        float w = tap[((5 * 32 + 7) * 3 + 2) * 3 + 1];
        assertEquals(ColorMap.DIVERGING.argb(w, layer.lo(), layer.hi()), img.argb(5 * 4 + 2, 7 * 4 + 1));
        assertEquals(0, img.argb(3, 5 * 4 + 3) >>> 24, "gaps are transparent");
    }

    @Test
    void scopesSpanOneFilterTheLayerOrEveryWeight() {
        Sequential model = Sequential.build(COURSE, 4);
        List<LayerTap> taps = weightTaps(model);
        KernelsViewModel vm = showing(model);
        vm.modeProperty().set(KernelMode.GRID);
        vm.layerProperty().set(1);
        float[] kernel = taps.get(1).kernel();
        int fanIn = 32 * 9;

        vm.scopeProperty().set(Normalization.PER_LAYER);
        assertEquals(ValueRange.of(kernel), vm.legendRangeProperty().get());

        vm.scopeProperty().set(Normalization.GLOBAL);
        ValueRange all = null;
        for (LayerTap t : taps) all = all == null ? ValueRange.of(t.kernel()) : all.union(ValueRange.of(t.kernel()));
        assertEquals(all, vm.legendRangeProperty().get());

        vm.scopeProperty().set(Normalization.PER_MAP);
        assertEquals(ValueRange.of(kernel, 0, fanIn), vm.legendRangeProperty().get(), "filter 0 until another is pointed at");
        vm.hoverProperty().set(new Cell(9, 3, 1, 1));
        assertEquals(9, vm.legendFilterProperty().get());
        assertEquals(ValueRange.of(kernel, 9 * fanIn, 10 * fanIn), vm.legendRangeProperty().get());
        vm.hoverProperty().set(null);
        assertEquals(9, vm.legendFilterProperty().get(), "the legend keeps the last filter pointed at");

        // one image per filter: the channel means, which the per-layer scale spans
        vm.modeProperty().set(KernelMode.PER_FILTER);
        vm.scopeProperty().set(Normalization.PER_LAYER);
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int f = 0; f < 64; f++) {
            for (int p = 0; p < 9; p++) {
                double sum = 0;
                for (int c = 0; c < 32; c++) sum += kernel[f * fanIn + c * 9 + p];
                lo = Math.min(lo, sum / 32);
                hi = Math.max(hi, sum / 32);
            }
        }
        ValueRange means = vm.legendRangeProperty().get();
        assertEquals(lo, means.lo(), 1e-6);
        assertEquals(hi, means.hi(), 1e-6);
        assertTrue(means.hi() < ValueRange.of(kernel).hi(), "a mean of 32 weights is milder than the largest weight");
    }

    @Test
    void patchesAreGreyAndOnlyForALayerThatSeesOneChannel() {
        KernelsViewModel vm = showing(Sequential.build(COURSE, 1));
        assertEquals(KernelMode.PATCHES, vm.shownModeProperty().get(), "the first layer starts as image patches");
        KernelPicture p = vm.pictureProperty().get();
        assertEquals(ColorMap.GREYS, p.map());
        assertEquals(32, p.images().size());
        vm.scopeProperty().set(Normalization.PER_MAP);
        ValueRange r = vm.pictureProperty().get().range(4);
        // the most negative weight of a filter is black, its most positive white
        float[] patch = new float[9];
        for (int i = 0; i < 9; i++) patch[i] = vm.pictureProperty().get().value(new Cell(4, 0, i / 3, i % 3));
        int darkest = 0, brightest = 0;
        for (int i = 0; i < 9; i++) {
            if (patch[i] == r.lo()) darkest = i;
            if (patch[i] == r.hi()) brightest = i;
        }
        Raster img = vm.pictureProperty().get().images().get(4);
        assertEquals(0xff000000, img.argb(darkest / 3, darkest % 3));
        assertEquals(0xffffffff, img.argb(brightest / 3, brightest % 3));

        vm.layerProperty().set(1);
        assertEquals(KernelMode.GRID, vm.shownModeProperty().get(), "32 input channels are no image patch");
        assertEquals(ColorMap.DIVERGING, vm.pictureProperty().get().map());
        vm.layerProperty().set(0);
        assertEquals(KernelMode.PATCHES, vm.shownModeProperty().get(), "the choice is kept for the layers that allow it");
    }

    @Test
    void gridAndMatrixPixelsMapBackToTheirWeights() {
        for (WeightLayer l : WeightLayer.of(ModelSpec.parse("c4k3x2-p2-c5k2-f-d6-d3"))) {
            for (KernelMode m : List.of(KernelMode.GRID, KernelMode.MATRIX)) {
                KernelLayout layout = new KernelLayout(l, m);
                int cells = 0;
                for (int r = 0; r < layout.height(); r++) {
                    for (int c = 0; c < layout.width(); c++) {
                        Cell cell = layout.cellAt(0, r, c);
                        if (cell == null) continue;
                        cells++;
                        int[] back = layout.pixelOf(cell.filter(), cell.channel(), cell.row(), cell.col());
                        assertEquals(List.of(r, c), List.of(back[0], back[1]), l.name() + " " + m);
                    }
                }
                assertEquals(l.weightCount(), cells, "every weight once: " + l.name() + " " + m);
            }
        }
        WeightLayer conv = WeightLayer.of(COURSE).get(1);
        assertNull(new KernelLayout(conv, KernelMode.GRID).cellAt(0, 3, 0), "the row between two filters");
        assertNull(new KernelLayout(conv, KernelMode.GRID).cellAt(0, 0, 7), "the column between two channels");
    }

    /** Runs tasks only when told, to see which requests are kept. */
    private static final class HeldTasks implements TaskRunner {
        final List<Runnable> waiting = new ArrayList<>();
        int started;

        @Override
        public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
            started++;
            waiting.add(() -> onDone.accept(work.get()));
        }

        void finishOne() {
            waiting.remove(0).run();
        }
    }

    @Test
    void whileOnePictureIsDrawnOnlyTheNewestWeightsWait() {
        HeldTasks tasks = new HeldTasks();
        KernelsViewModel vm = new KernelsViewModel(tasks);
        Sequential a = Sequential.build(COURSE, 1), b = Sequential.build(COURSE, 2), c = Sequential.build(COURSE, 3);
        vm.weightsProperty().set(weights(a, 1));
        vm.weightsProperty().set(weights(b, 2));
        vm.weightsProperty().set(weights(c, 3));
        assertEquals(1, tasks.started, "one drawing at a time");
        tasks.finishOne();
        assertEquals(weightTaps(a).get(0).kernel()[0], vm.pictureProperty().get().value(new Cell(0, 0, 0, 0)));
        assertEquals(2, tasks.started, "the newest waiting weights follow; the middle ones are skipped");
        tasks.finishOne();
        assertEquals(weightTaps(c).get(0).kernel()[0], vm.pictureProperty().get().value(new Cell(0, 0, 0, 0)));
        assertTrue(tasks.waiting.isEmpty());
    }

    @Test
    void aHiddenViewDrawsNewWeightsOnlyWhenItShowsAgain() {
        KernelsViewModel vm = new KernelsViewModel(TaskRunner.immediate());
        vm.activeProperty().set(false);
        Sequential a = Sequential.build(COURSE, 1), b = Sequential.build(COURSE, 2), c = Sequential.build(COURSE, 3);
        vm.weightsProperty().set(weights(a, 1));
        assertEquals(weightTaps(a).get(0).kernel()[0], vm.pictureProperty().get().value(new Cell(0, 0, 0, 0)),
                "the first weights of an architecture are drawn, hidden or not");
        KernelPicture first = vm.pictureProperty().get();
        vm.weightsProperty().set(weights(b, 2));
        vm.weightsProperty().set(weights(c, 3));
        assertTrue(first == vm.pictureProperty().get(), "hidden: new weights wait");
        vm.activeProperty().set(true);
        assertEquals(weightTaps(c).get(0).kernel()[0], vm.pictureProperty().get().value(new Cell(0, 0, 0, 0)),
                "shown again: the newest weights at once");
    }

    @Test
    void whileTrainingNewWeightsAreDrawnAtMostFourTimesASecondButChoicesAtOnce() {
        long[] now = {1_000_000_000L};
        KernelsViewModel vm = new KernelsViewModel(TaskRunner.immediate(), () -> now[0]);
        vm.liveProperty().set(true);
        Sequential a = Sequential.build(COURSE, 1), b = Sequential.build(COURSE, 2), c = Sequential.build(COURSE, 3);
        vm.weightsProperty().set(weights(a, 1));
        KernelPicture first = vm.pictureProperty().get();
        assertNotNull(first);

        now[0] += 100_000_000L;
        vm.weightsProperty().set(weights(b, 2));
        assertSame(first, vm.pictureProperty().get(), "100 ms later: not yet");

        now[0] += 200_000_000L;
        vm.weightsProperty().set(weights(c, 3));
        assertEquals(weightTaps(c).get(0).kernel()[0], vm.pictureProperty().get().value(new Cell(0, 0, 0, 0)), "300 ms later: the newest");

        now[0] += 10_000_000L;
        vm.scopeProperty().set(Normalization.GLOBAL);
        assertEquals(Normalization.GLOBAL, vm.pictureProperty().get().scope(), "a choice is drawn at once");

        now[0] += 10_000_000L;
        vm.weightsProperty().set(weights(a, 4));
        KernelPicture waiting = vm.pictureProperty().get();
        vm.liveProperty().set(false);
        assertTrue(waiting != vm.pictureProperty().get(), "training stopped: the waiting weights are drawn");
        assertEquals(weightTaps(a).get(0).kernel()[0], vm.pictureProperty().get().value(new Cell(0, 0, 0, 0)));
    }

    @Test
    void anotherArchitectureBringsItsOwnLayers() {
        KernelsViewModel vm = showing(Sequential.build(COURSE, 1));
        vm.layerProperty().set(4);
        vm.weightsProperty().set(weights(Sequential.build(ModelSpec.parse("c8k5-p2-f-d10"), 1), 7));
        assertEquals(List.of("conv2d", "dense"), vm.layers().stream().map(WeightLayer::name).toList());
        assertEquals(0, vm.layerProperty().get(), "layer 4 is gone");
        assertEquals(5, vm.pictureProperty().get().layer().kh());
        assertTrue(vm.selectLayer("dense"));
        assertEquals(List.of(8, 12, 12), List.of(vm.pictureProperty().get().layer().channels(),
                vm.pictureProperty().get().layer().kh(), vm.pictureProperty().get().layer().kw()));
        vm.weightsProperty().set(null);
        assertNull(vm.pictureProperty().get());
        assertTrue(vm.layers().isEmpty());
    }
}
