package org.convscope.ui.explain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.convscope.data.DatasetKind;
import org.convscope.engine.explain.Course;
import org.convscope.engine.explain.ExplainOptions;
import org.convscope.engine.explain.Explainer;
import org.convscope.engine.explain.Explanation;
import org.convscope.engine.explain.Method;
import org.convscope.engine.io.SavedModel;
import org.convscope.ui.common.ColorMap;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.common.ValueRange;
import org.convscope.ui.training.ModelWeights;
import org.junit.jupiter.api.Test;

/** The Explain view's state, with tasks run at once and a hand-driven clock. */
class ExplainViewModelTest {
    private static final SavedModel MODEL = Course.model(DatasetKind.MNIST);
    private static final float[] PARAMS = MODEL.toSequential().params();
    private static final float[] SEVEN = Course.image(DatasetKind.MNIST, 0), TWO = Course.image(DatasetKind.MNIST, 1);
    private final AtomicLong clock = new AtomicLong();

    private ExplainViewModel vm() {
        ExplainViewModel vm = new ExplainViewModel(TaskRunner.immediate(), clock::get);
        vm.activeProperty().set(true); // its view on screen
        vm.weightsProperty().set(weights(1f, 1));
        vm.imageProperty().set(SEVEN);
        return vm;
    }

    // the course model's weights scaled by `factor`: other weights, other maps
    private static ModelWeights weights(float factor, long version) {
        float[] p = PARAMS.clone();
        for (int i = 0; i < p.length; i++) p[i] *= factor;
        return new ModelWeights(MODEL.spec(), p, version);
    }

    private static Explanation engine(ModelWeights w, float[] image, ExplainOptions o) {
        return Explainer.of(w.spec(), w.params()).explain(image, o);
    }

    @Test
    void theAnswerFirstThenAnyClassAndANewImageGoesBackToTheAnswer() {
        ExplainViewModel vm = vm();
        Explanation e = vm.explanationProperty().get();
        assertEquals(engine(weights(1f, 1), SEVEN, ExplainOptions.of(Method.SALIENCY)), e, "the engine's own saliency map");
        assertEquals(7, e.classIndex());

        vm.explainClass(9);
        assertEquals(9, vm.explanationProperty().get().classIndex(), "why not 9?");
        assertEquals(7, vm.explanationProperty().get().predicted());
        vm.imageProperty().set(TWO);
        assertNull(vm.chosenClassProperty().get(), "a new image: its answer again");
        assertEquals(2, vm.explanationProperty().get().classIndex());
        vm.explainClass(5);
        vm.explainAnswer();
        assertEquals(2, vm.explanationProperty().get().classIndex());
    }

    @Test
    void gradCamOffersEveryConvolutionAndStartsOnTheLast() {
        ExplainViewModel vm = vm();
        assertEquals(List.of(new LayerChoice(0, "conv2d"), new LayerChoice(2, "conv2d_1"), new LayerChoice(4, "conv2d_2")), vm.layers());
        vm.methodProperty().set(Method.GRADCAM);
        assertEquals(4, vm.explanationProperty().get().layer());
        vm.layerProperty().set(0);
        Explanation first = vm.explanationProperty().get();
        assertEquals(0, first.layer());
        assertEquals(engine(weights(1f, 1), SEVEN, ExplainOptions.of(Method.GRADCAM).withLayer(0)), first);
        assertEquals("conv2d_1", vm.layerName(2));
    }

    @Test
    void whileTrainingNewWeightsWaitForTheIntervalButChoicesAreAnsweredAtOnce() {
        ExplainViewModel vm = vm();
        vm.liveProperty().set(true);
        ExplainOptions saliency = ExplainOptions.of(Method.SALIENCY);
        clock.addAndGet(100_000_000);
        vm.weightsProperty().set(weights(0.9f, 2));
        assertEquals(engine(weights(1f, 1), SEVEN, saliency), vm.explanationProperty().get(), "100 ms later: not yet");
        vm.explainClass(3);
        assertEquals(engine(weights(0.9f, 2), SEVEN, saliency.withClass(3)), vm.explanationProperty().get(),
                "a click is answered at once, with the newest weights");
        clock.addAndGet(100_000_000);
        vm.weightsProperty().set(weights(0.8f, 3));
        assertEquals(engine(weights(0.9f, 2), SEVEN, saliency.withClass(3)), vm.explanationProperty().get());
        clock.addAndGet(ExplainViewModel.LIVE_INTERVAL_NANOS);
        vm.weightsProperty().set(weights(0.7f, 4));
        assertEquals(engine(weights(0.7f, 4), SEVEN, saliency.withClass(3)), vm.explanationProperty().get(), "a quarter second on");
        clock.addAndGet(1_000_000);
        vm.weightsProperty().set(weights(0.6f, 5));
        vm.liveProperty().set(false);
        assertEquals(engine(weights(0.6f, 5), SEVEN, saliency.withClass(3)), vm.explanationProperty().get(),
                "training stopped: the last weights are explained");
    }

    @Test
    void busyWhileAMapIsBeingWorkedOutAndTheNewestRequestWaits() {
        List<Runnable> queued = new java.util.ArrayList<>();
        TaskRunner later = new TaskRunner() {
            @Override
            public <T> void run(java.util.function.Supplier<T> work, java.util.function.Consumer<T> onDone,
                                java.util.function.Consumer<Throwable> onError) {
                queued.add(() -> onDone.accept(work.get()));
            }
        };
        ExplainViewModel vm = new ExplainViewModel(later, clock::get);
        vm.activeProperty().set(true); // its view on screen
        vm.weightsProperty().set(weights(1f, 1));
        vm.imageProperty().set(SEVEN);
        assertTrue(vm.busyProperty().get());
        vm.methodProperty().set(Method.GRADXINPUT);
        vm.methodProperty().set(Method.GRADCAM);
        assertEquals(1, queued.size(), "one at a time");
        queued.remove(0).run();
        assertNull(vm.explanationProperty().get(), "a choice is waiting: the older map is not flashed");
        assertEquals(1, queued.size(), "only the newest request ran next, not every one in between");
        queued.remove(0).run();
        assertEquals(Method.GRADCAM, vm.explanationProperty().get().method());
        assertTrue(!vm.busyProperty().get() && queued.isEmpty());
    }

    @Test
    void nothingIsComputedWhileHidden() {
        ExplainViewModel vm = new ExplainViewModel(TaskRunner.immediate(), clock::get);
        vm.activeProperty().set(false);
        vm.weightsProperty().set(weights(1f, 1));
        vm.imageProperty().set(SEVEN);
        vm.methodProperty().set(Method.OCCLUSION);
        assertNull(vm.explanationProperty().get());
        vm.activeProperty().set(true);
        assertNotNull(vm.explanationProperty().get());
        assertEquals(Method.OCCLUSION, vm.explanationProperty().get().method());
    }

    @Test
    void signedMapsAreCentredOnZeroAndTheOthersStartAtZero() {
        ExplainViewModel vm = vm();
        vm.methodProperty().set(Method.GRADXINPUT);
        assertEquals(ColorMap.DIVERGING, vm.colorMap());
        ValueRange r = vm.displayRange();
        assertEquals(-r.hi(), r.lo());
        assertEquals(vm.explanationProperty().get().maxAbs(), r.hi(), 0);
        vm.methodProperty().set(Method.SMOOTHGRAD);
        assertEquals(ColorMap.SEQUENTIAL, vm.colorMap());
        assertEquals(new ValueRange(0, vm.explanationProperty().get().maxAbs()), vm.displayRange());
    }

    @Test
    void anImageTheModelCannotTakeIsAnErrorNotACrash() {
        ExplainViewModel vm = vm();
        Explanation before = vm.explanationProperty().get();
        vm.imageProperty().set(new float[10]);
        assertTrue(vm.errorProperty().get().contains("10 values"), vm.errorProperty().get());
        assertEquals(before, vm.explanationProperty().get(), "the last map stays");
        vm.imageProperty().set(SEVEN);
        assertNull(vm.errorProperty().get());
    }

    @Test
    void aPictureForTheCommandLineIsExplainedBeforeItIsShown() {
        ExplainViewModel vm = ExplainViewModel.showing(MODEL.spec(), PARAMS, TWO, DatasetKind.MNIST, 1, 2,
                ExplainOptions.of(Method.OCCLUSION).withClass(7));
        Explanation e = vm.explanationProperty().get();
        assertEquals(7, e.classIndex());
        assertArrayEquals(engine(weights(1f, 1), TWO, ExplainOptions.of(Method.OCCLUSION).withClass(7)).map(), e.map());
    }
}
