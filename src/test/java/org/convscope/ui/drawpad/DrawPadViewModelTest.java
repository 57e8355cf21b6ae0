package org.convscope.ui.drawpad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.convscope.cli.Cli;
import org.convscope.data.DatasetKind;
import org.convscope.data.DigitPreprocessor;
import org.convscope.data.GrayImage;
import org.convscope.engine.io.ModelFile;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.io.TrainingInfo;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.Sequential;
import org.convscope.images.ImageFiles;
import org.convscope.training.EpochMetrics;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.inspect.ProbeModel;
import org.convscope.ui.training.ModelWeights;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pad without a window: strokes in, preprocessing steps and probabilities out, at once (immediate tasks). */
class DrawPadViewModelTest {
    private static final ModelSpec SPEC = ModelSpec.parse("c4k3-p2-f-d10");
    private final Sequential net = Sequential.build(SPEC, 11);
    private final ObjectProperty<ModelWeights> weights = new SimpleObjectProperty<>(new ModelWeights(SPEC, net.params().clone(), 1));
    private final ObjectProperty<DatasetKind> dataset = new SimpleObjectProperty<>(DatasetKind.MNIST);
    private long now;
    private int results;
    private DrawPadViewModel vm;

    @BeforeEach
    void create() {
        vm = new DrawPadViewModel(weights, dataset, TaskRunner.immediate(), () -> now);
        vm.resultProperty().addListener((o, a, b) -> results++);
    }

    /** A small "1" in the top-left corner of the pad, drawn over {@code ms} milliseconds. */
    private void drawSmallOne(long ms) {
        vm.press(40, 20);
        for (int i = 1; i <= 10; i++) {
            now += ms * 1_000_000 / 10;
            vm.drag(42, 20 + 8 * i);
        }
        vm.release();
    }

    @Test
    void newWeightsLeaveAnEmptyPadAlone() {
        DrawPadViewModel.Result blank = vm.resultProperty().get();
        assertTrue(blank.blank());
        int before = results;
        for (int i = 0; i < 5; i++) weights.set(new ModelWeights(SPEC, net.params().clone(), 2 + i)); // training snapshots
        assertEquals(before, results, "nothing to repaint: the empty pad's pictures do not depend on the weights");
        assertSame(blank, vm.resultProperty().get());
        dataset.set(DatasetKind.FASHION_MNIST);
        assertEquals(before + 1, results, "another dataset changes the empty pad's steps");
        assertEquals(DatasetKind.FASHION_MNIST, vm.resultProperty().get().dataset());
    }

    @Test
    void aStrokeIsPreprocessedAndClassified() {
        assertTrue(vm.blankProperty().get());
        assertNull(vm.resultProperty().get().probabilities(), "nothing to classify yet");
        drawSmallOne(500);
        DrawPadViewModel.Result r = vm.resultProperty().get();
        assertFalse(r.blank());
        assertEquals(20, r.steps().scaled().height(), "the small stroke is scaled up to 20 px");
        GrayImage pad = new GrayImage(280, 280, vm.padPixels().clone());
        assertArrayEquals(DigitPreprocessor.preprocess(pad, DigitPreprocessor.Mode.DIGIT).pixels(), r.input().pixels(),
                "the network sees the pad through the one preprocessing");
        float[] expected = net.infer(new org.convscope.engine.tensor.Tensor(1, SPEC.input(), r.input().pixels()), 0).probabilities();
        assertArrayEquals(expected, r.probabilities(), 1e-6f);
        assertEquals(0, r.ranked(0) == r.ranked(1) ? 1 : 0, "top two are different classes");
    }

    @Test
    void whileDrawingItClassifiesAtMostEveryHundredMillisecondsAndAlwaysOnRelease() {
        vm.press(100, 50);
        int afterPress = results;
        for (int i = 1; i <= 9; i++) {
            now += 10_000_000; // 10 ms apart: all inside one throttle interval
            vm.drag(100, 50 + 10 * i);
        }
        assertEquals(afterPress, results, "no classification within 100 ms of the last");
        now += 10_000_000;
        vm.drag(100, 150);
        assertEquals(afterPress + 1, results, "one after 100 ms");
        vm.drag(100, 160);
        vm.release();
        assertEquals(afterPress + 2, results, "and one on release, whatever the time");
        GrayImage pad = new GrayImage(280, 280, vm.padPixels().clone());
        assertArrayEquals(DigitPreprocessor.preprocess(pad, DigitPreprocessor.Mode.DIGIT).pixels(),
                vm.resultProperty().get().input().pixels(), "the final result is of the whole stroke");
    }

    @Test
    void undoAndClear() {
        drawSmallOne(500);
        float[] one = vm.padPixels().clone();
        vm.press(200, 200);
        vm.release();
        assertFalse(java.util.Arrays.equals(one, vm.padPixels()));
        vm.undo();
        assertArrayEquals(one, vm.padPixels(), "undo takes back the dot, exactly");
        vm.clear();
        assertTrue(vm.blankProperty().get());
        for (float v : vm.padPixels()) assertEquals(0f, v);
        assertTrue(vm.canUndoProperty().get());
        vm.undo();
        assertArrayEquals(one, vm.padPixels(), "a clearing can be undone too");
        vm.undo();
        assertFalse(vm.canUndoProperty().get());
        assertTrue(vm.blankProperty().get());
    }

    @Test
    void theEraserTakesInkAway() {
        vm.press(140, 60);
        vm.drag(140, 220);
        vm.release();
        vm.eraserProperty().set(true);
        vm.brushSizeProperty().set(40);
        vm.press(140, 20);
        vm.drag(140, 260);
        vm.release();
        assertTrue(vm.blankProperty().get(), "everything erased: nothing to classify");
        assertNull(vm.resultProperty().get().probabilities());
    }

    @Test
    void withoutPreprocessingTheNetworkSeesThePadShrunk() {
        drawSmallOne(500);
        vm.preprocessProperty().set(false);
        DrawPadViewModel.Result r = vm.resultProperty().get();
        assertFalse(r.preprocessed());
        GrayImage pad = new GrayImage(280, 280, vm.padPixels().clone());
        assertArrayEquals(DigitPreprocessor.shrink(pad).pixels(), r.input().pixels());
        assertFalse(r.steps().blank(), "the steps are still shown, greyed");
    }

    @Test
    void fashionIsFramedAsFashionMnist() {
        dataset.set(DatasetKind.FASHION_MNIST);
        drawSmallOne(500);
        DrawPadViewModel.Result r = vm.resultProperty().get();
        assertEquals(DatasetKind.FASHION_MNIST, r.dataset());
        assertEquals(28, r.steps().scaled().height(), "clothes fill the frame");
    }

    @Test
    void newWeightsReclassifyTheSameDrawing() {
        drawSmallOne(500);
        DrawPadViewModel.Result before = vm.resultProperty().get();
        now += 1_000_000_000;
        weights.set(new ModelWeights(SPEC, Sequential.build(SPEC, 12).params().clone(), 2));
        DrawPadViewModel.Result after = vm.resultProperty().get();
        assertFalse(java.util.Arrays.equals(before.probabilities(), after.probabilities()), "the bars follow the model while it trains");
        assertSame(before.steps(), after.steps(), "the same drawing is not preprocessed again");
        now += 50_000_000;
        weights.set(new ModelWeights(SPEC, Sequential.build(SPEC, 13).params().clone(), 3));
        assertSame(after, vm.resultProperty().get(), "weights ten times a second are classified at most every 100 ms");
    }

    @Test
    void theFirstWeightsAreAnsweredAtOnceEvenRightAfterADrawing() {
        weights.set(null); // the app has just started: no model yet
        drawSmallOne(500);
        assertNull(vm.resultProperty().get().probabilities(), "no model, no answer");
        now += 10_000_000; // 10 ms later, well inside the throttle, the session publishes its weights
        weights.set(new ModelWeights(SPEC, net.params().clone(), 2));
        assertNotNull(vm.resultProperty().get().probabilities(), "answered at once: no later weights may come");
    }

    @Test
    void anOpenedImageIsClassifiedExactlyAsPredictClassifiesIt(@TempDir Path dir) throws Exception {
        // dark ink on white, off-centre, not square: inversion, crop and centring all matter
        float[] px = new float[300 * 200];
        java.util.Arrays.fill(px, 1f);
        for (int y = 40; y < 150; y++) for (int x = 30; x < 48; x++) px[y * 200 + x] = 0.1f;
        Path png = dir.resolve("stroke.png");
        ImageFiles.writePng(new GrayImage(200, 300, px), png);
        Path model = dir.resolve("m.cnn.zip");
        ModelFile.write(model, SavedModel.of(net, DatasetKind.MNIST.classNames(Locale.ENGLISH), "mnist", TrainingInfo.empty()));

        vm.open(png);
        assertNull(vm.openProblemProperty().get());
        float[] pad = vm.resultProperty().get().probabilities();

        JsonNode line = new ObjectMapper().readTree(runCli("predict", "--model", model.toString(), "--image", png.toString(), "--json"));
        float[] cli = new float[10];
        for (int i = 0; i < 10; i++) cli[i] = (float) line.get("probabilities").get(i).asDouble();
        assertArrayEquals(cli, pad, 1e-6f);
        assertEquals(line.get("class").asInt(), vm.resultProperty().get().ranked(0));
    }

    @Test
    void anUnreadableFileIsReportedByName(@TempDir Path dir) throws Exception {
        Path notAnImage = Files.writeString(dir.resolve("notes.png"), "hello");
        vm.open(notAnImage);
        assertNotNull(vm.openProblemProperty().get());
        assertEquals("notes.png", vm.openProblemProperty().get().fileName());
        assertTrue(vm.blankProperty().get(), "the pad is left as it was");
        vm.showImage(new GrayImage(28, 28, new float[784]));
        assertNull(vm.openProblemProperty().get(), "showing an image clears the message");
    }

    @Test
    void theDrawingBecomesTheProbeImageOfTheOtherViews() {
        ProbeModel probe = new ProbeModel(TaskRunner.immediate());
        probe.weightsProperty().bind(weights);
        vm.setProbe(probe);
        drawSmallOne(500);
        float[] drawn = probe.drawingProperty().get();
        assertNotNull(drawn);
        assertSame(ProbeModel.Source.DRAWING, probe.sourceProperty().get());
        assertArrayEquals(vm.resultProperty().get().input().pixels(), drawn);
        assertArrayEquals(drawn, probe.inspectionProperty().get().input(), "the probe ran on the drawing");
        vm.clear();
        assertNull(probe.drawingProperty().get(), "a cleared pad is no probe image");
    }

    @Test
    void statusSaysWhetherTheNetworkIsPretrainedUntrainedOrHowFarTrained() {
        SavedModel pretrained = new SavedModel(SPEC, net.exportWeights(), DatasetKind.MNIST.classNames(Locale.ENGLISH), "mnist",
                TrainingInfo.builder().testAccuracy(0.993).build(), null);
        ModelStatus s = DrawPadViewModel.status(pretrained, 0, null);
        assertTrue(s.pretrained());
        assertEquals(0.993, s.testAccuracy(), 1e-12);
        assertTrue(DrawPadViewModel.status(null, 0, null).untrained());
        ModelStatus trained = DrawPadViewModel.status(null, 1875, new EpochMetrics(0, 0.2, 0.95, 0.05, 0.985, 20, 3000));
        assertFalse(trained.untrained());
        assertEquals(0.985, trained.testAccuracy(), 1e-12);
        assertTrue(Double.isNaN(DrawPadViewModel.status(pretrained, 10, null).testAccuracy()),
                "after more training the file's accuracy no longer holds");
    }

    private static String runCli(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertEquals(0, Cli.run(args));
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8).strip();
    }
}
