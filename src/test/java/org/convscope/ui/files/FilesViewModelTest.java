package org.convscope.ui.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.convscope.cli.Cli;
import org.convscope.data.DatasetKind;
import org.convscope.engine.io.ModelFile;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.io.TrainingInfo;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.Sequential;
import org.convscope.training.Run;
import org.convscope.training.RunDocs;
import org.convscope.training.Runs;
import org.convscope.training.SessionState;
import org.convscope.training.TrainingSession;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.inspect.ProbeModel;
import org.convscope.ui.shell.MainViewModel;
import org.convscope.ui.training.TrainingViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving and opening models and sessions as the File menu does it, without a window. */
class FilesViewModelTest {
    private static final ModelSpec TINY = ModelSpec.parse("c4k3-p2-f-d10");
    private final List<MainViewModel> apps = new ArrayList<>();
    @TempDir
    Path dir;

    private MainViewModel app() {
        TrainingViewModel training = new TrainingViewModel(TaskRunner.immediate(), TrainingSession::new, 320, 2);
        MainViewModel vm = new MainViewModel(new I18n(Locale.ENGLISH), TaskRunner.immediate(), training,
                RecentFiles.at(dir.resolve("recent-" + apps.size() + ".txt")));
        apps.add(vm);
        return vm;
    }

    @AfterEach
    void shutdown() {
        apps.forEach(MainViewModel::shutdown);
    }

    private static void pulseUntil(MainViewModel vm, BooleanSupplier done, String what) throws InterruptedException {
        long end = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < end) {
            vm.pulse();
            if (done.getAsBoolean()) return;
            Thread.sleep(5);
        }
        throw new AssertionError("timed out waiting until " + what + "; state " + vm.training().stateProperty().get()
                + ", step " + vm.training().stepProperty().get());
    }

    private static MainViewModel trainedSteps(MainViewModel vm, int steps) throws InterruptedException {
        vm.training().datasetProperty().set(DatasetKind.MNIST);
        vm.training().specProperty().set(TINY);
        for (int i = 0; i < steps; i++) vm.training().step();
        pulseUntil(vm, () -> vm.training().stepProperty().get() == steps
                && vm.training().stateProperty().get() == SessionState.PAUSED, steps + " steps");
        return vm;
    }

    private static float[] weights(MainViewModel vm) {
        return vm.training().weightsProperty().get().params();
    }

    private static String cli(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertEquals(0, Cli.run(args), String.join(" ", args));
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aModelSavedByTheAppLoadsInTheCliAndOpensAgainWithTheSameWeights() throws Exception {
        MainViewModel a = trainedSteps(app(), 3);
        assertFalse(a.files().saveModel(), "no file yet: the menu asks for one");
        a.files().saveModelAs(dir.resolve("digits"));
        Path file = dir.resolve("digits.cnn.zip");
        assertTrue(Files.isRegularFile(file), "the extension is added");
        assertEquals("Saved digits.cnn.zip", a.files().statusProperty().get());
        assertEquals(file, a.files().recentFiles().get(0));
        assertTrue(a.files().saveModel(), "now Save writes that file again");

        assertTrue(cli("summary", "--model", file.toString()).contains("Total params: 6,810"));
        assertEquals(3, ModelFile.read(file).training().steps());

        MainViewModel b = app();
        b.files().open(file);
        pulseUntil(b, () -> b.training().stepProperty().get() == 3 && b.training().weightsProperty().get() != null
                && b.training().weightsProperty().get().spec().equals(TINY), "the model is loaded");
        assertArrayEquals(weights(a), weights(b), "the same parameters");
        assertEquals(DatasetKind.MNIST, b.training().datasetProperty().get());
        assertEquals(TINY, b.editor().draft(), "the editor shows the opened architecture");
        assertEquals(file, b.files().modelFileProperty().get());
        assertEquals(SessionState.FINISHED, b.training().stateProperty().get(), "kept: Start trains more");
    }

    @Test
    void aPytorchOnnxFileOpensWithItsWeightsAndSaveAsksForAName() throws Exception {
        Path onnx = Path.of("src/test/resources/onnx/course-opset17.onnx");
        SavedModel expected = org.convscope.engine.io.onnx.ModelFormats.read(onnx);
        MainViewModel vm = app();
        vm.training().datasetProperty().set(DatasetKind.MNIST);
        vm.files().open(onnx);
        assertNull(vm.files().errorProperty().get());
        assertEquals("Opened course-opset17.onnx: an ONNX model with 93,322 parameters. Save it as a ConvScope model to keep what "
                + "it learns here.", vm.files().statusProperty().get());
        pulseUntil(vm, () -> vm.training().weightsProperty().get() != null
                && vm.training().weightsProperty().get().spec().equals(expected.spec()), "the model is loaded");
        assertArrayEquals(expected.toSequential().params(), weights(vm), "the file's weights, in the engine's layout");
        pulseUntil(vm, () -> vm.training().startedFromProperty().get() != null, "the weights are known to come from the file");
        assertEquals(DatasetKind.MNIST, vm.training().datasetProperty().get(), "the file names no dataset: the one chosen stays");
        assertNull(vm.files().modelFileProperty().get(), "Save model asks for a .cnn.zip rather than writing over the .onnx");
        assertEquals(onnx.toAbsolutePath(), vm.files().recentFiles().get(0));

        Path colour = Files.write(dir.resolve("colour.onnx"), org.convscope.engine.io.onnx.OnnxExport.toBytes(new SavedModel(
                ModelSpec.parse("c2k3-f-d10", org.convscope.engine.tensor.Shape.image(3, 8, 8)), new float[2 * 27 + 2 + 10 * 72 + 10],
                List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), null, TrainingInfo.empty(), null)));
        vm.files().open(colour);
        assertEquals("This model expects 8×8×3 images, but ConvScope’s datasets have 28×28×1 images.",
                vm.files().errorProperty().get().message());
    }

    @Test
    void anOnnxFileWithAnOpConvScopeLacksIsRefusedInOneLineThatNamesTheNodeAndTheOp() throws Exception {
        // the course model's export with every Relu turned into a Selu, an op the engine has not got
        byte[] export = org.convscope.engine.io.onnx.OnnxExport.toBytes(ModelFile.read(Path.of("assets/models/mnist-course.cnn.zip")));
        String text = new String(export, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("Relu"), "the export names its Relu nodes");
        Path selu = Files.write(dir.resolve("selu.onnx"), text.replace("Relu", "Selu").getBytes(StandardCharsets.ISO_8859_1));
        MainViewModel vm = app();
        vm.files().open(selu);
        FilesViewModel.Failure en = vm.files().errorProperty().get();
        assertEquals("Could not open selu.onnx", en.title());
        assertTrue(en.message().matches("selu\\.onnx: node '[^']+' \\(Selu\\) is not supported; ConvScope reads Conv, .*"), en.message());
        assertEquals(1, en.message().lines().count());

        vm.i18n().localeProperty().set(I18n.KOREAN);
        vm.files().open(selu);
        FilesViewModel.Failure ko = vm.files().errorProperty().get();
        assertEquals("selu.onnx 파일을 열 수 없습니다", ko.title());
        assertEquals(en.message(), ko.message(), "the engine's one line, as the model file's errors are");
        assertNull(vm.files().modelFileProperty().get(), "nothing was opened");
    }

    @Test
    void aModelTrainedByTheCliOpensAndTrainsOn() throws Exception {
        Path file = dir.resolve("cli.cnn.zip");
        cli("train", "--dataset", "mnist", "--arch", "c4k3-p2-f-d10", "--limit", "320", "--steps", "5", "--seed", "3",
                "--threads", "2", "--save", file.toString());
        MainViewModel vm = app();
        vm.files().open(file);
        assertEquals("Opened cli.cnn.zip: trained 0 epochs, 5 steps", vm.files().statusProperty().get());
        pulseUntil(vm, () -> vm.training().stepProperty().get() == 5, "loaded at step 5");
        assertEquals(3, vm.training().seedProperty().get(), "the saved seed");
        vm.training().step();
        pulseUntil(vm, () -> vm.training().stepProperty().get() == 6, "one more step");
    }

    @Test
    void aSessionOpensExactlyAsPrepared() throws Exception {
        MainViewModel teacher = trainedSteps(app(), 2);
        teacher.i18n().localeProperty().set(I18n.KOREAN);
        teacher.darkThemeProperty().set(true);
        teacher.training().epochsProperty().set(3);
        teacher.training().learningRateProperty().set(0.002);
        teacher.probe().testIndexProperty().set(42);
        float[] drawing = new float[28 * 28];
        drawing[400] = 0.75f;
        teacher.probe().drawingProperty().set(drawing);
        teacher.probe().sourceProperty().set(ProbeModel.Source.DRAWING);
        teacher.selectedTabProperty().set("editorTab");
        teacher.editor().setDraft(ModelSpec.parse("c8k3-d10")); // unfinished: Dense before Flatten
        teacher.files().saveSessionAs(dir.resolve("lesson"));
        Path file = dir.resolve("lesson.convscope");
        assertTrue(Files.isRegularFile(file));
        assertEquals(TINY, ModelFile.read(file).spec(), "a session file is a model file too");

        MainViewModel room = app();
        room.files().open(file);
        pulseUntil(room, () -> room.training().stepProperty().get() == 2, "the model is loaded");
        assertEquals(I18n.KOREAN, room.i18n().locale());
        assertTrue(room.darkThemeProperty().get());
        assertEquals(DatasetKind.MNIST, room.training().datasetProperty().get());
        assertEquals(3, room.training().epochsProperty().get());
        assertEquals(0.002, room.training().learningRateProperty().get(), 0.0);
        assertEquals(TINY, room.training().specProperty().get());
        assertEquals(ModelSpec.parse("c8k3-d10"), room.editor().draft(), "the draft as it was, problem and all");
        assertFalse(room.editor().verdict().valid());
        assertEquals(42, room.probe().testIndexProperty().get());
        assertEquals(ProbeModel.Source.DRAWING, room.probe().sourceProperty().get());
        assertArrayEquals(drawing, room.probe().drawingProperty().get());
        assertEquals("editorTab", room.selectedTabProperty().get());
        assertArrayEquals(weights(teacher), weights(room));
        assertNull(room.files().modelFileProperty().get(), "Save model does not overwrite the session");
    }

    @Test
    void runsAreSavedWithTheSessionAndOpenWithoutTheirWeights() throws Exception {
        MainViewModel teacher = trainedSteps(app(), 2);
        teacher.training().runs().add(Runs.poolingArm());
        List<Run> before = List.copyOf(teacher.training().runs().runs());
        assertEquals(List.of("Run 1", "Without pooling"), before.stream().map(Run::name).toList());
        teacher.files().saveSessionAs(dir.resolve("runs"));

        MainViewModel room = app();
        room.training().runs().add(Runs.appRun("left over"));
        room.files().open(dir.resolve("runs.convscope"));
        pulseUntil(room, () -> room.training().stepProperty().get() == 2, "the model is loaded");
        List<Run> after = room.training().runs().runs();
        assertEquals(2, after.size(), "the session's runs replace the room's, and opening trains nothing");
        for (int i = 0; i < 2; i++) {
            Run b = before.get(i), a = after.get(i);
            assertEquals(new Run(b.name(), b.experiment(), b.arm(), b.dataset(), b.spec(), b.settings(), b.params(), b.seconds(),
                    b.imagesPerSecond(), b.epochs(), a.curve(), null), a, "as saved, without weights");
            assertEquals(b.curve().size(), a.curve().size());
            for (int k = 0; k < a.curve().size(); k++) {
                assertEquals((float) b.curve().get(k).loss(), (float) a.curve().get(k).loss(), "curves are saved as floats");
            }
        }
        assertNull(after.get(1).weights());

        // a session from before runs were saved leaves the runs alone
        Session old = SessionJson.read(SessionJson.write(new Session(null, null, null, null, null, null, null)));
        assertNull(old.runs());
    }

    @Test
    void aSessionKeepsTheNewestRunsItHasRoomFor() {
        List<org.convscope.training.BatchPoint> batches = new ArrayList<>();
        for (int k = 1; k <= 1875 * 5; k++) batches.add(new org.convscope.training.BatchPoint(k, k / 1875.0, 1.0 / Math.sqrt(k), 1 - 0.9 / Math.sqrt(k)));
        List<org.convscope.training.EpochMetrics> epochs = new ArrayList<>();
        for (int e = 0; e < 5; e++) epochs.add(new org.convscope.training.EpochMetrics(e, Math.PI / 7, 0.9123456789, Math.E / 9, 0.8987654321, 13.123456789, 9876.54321));
        Run full = Runs.appRun("x");
        List<Run> many = new ArrayList<>();
        for (int i = 1; i <= RunDocs.MAX_RUNS + 10; i++) {
            many.add(new Run("Run " + i, "pooling", "without", "fashion-mnist", full.spec(), full.settings(), 2_038_922, 123.456789,
                    4567.891234, epochs, org.convscope.training.RunCurve.thin(batches), null));
        }
        Session s = new Session(null, null, null, null, null, null, null, null, many);
        byte[] json = SessionJson.write(s);
        List<Run> read = SessionJson.read(json).runs();
        assertEquals(RunDocs.MAX_RUNS, read.size());
        assertEquals("Run 11", read.get(0).name());
        assertTrue(json.length < (1 << 20) / 2, "far below the entry's limit: " + json.length);
    }

    @Test
    void damagedForeignOrMissingFilesGiveAClearMessageAndNothingElse() throws Exception {
        MainViewModel vm = app();
        List<FilesViewModel.Failure> failures = new ArrayList<>();
        vm.files().errorProperty().addListener((o, a, b) -> {
            if (b != null) failures.add(b);
        });
        Path garbage = Files.writeString(dir.resolve("garbage.cnn.zip"), "not a model at all");
        vm.files().open(garbage);
        FilesViewModel.Failure f = vm.files().errorProperty().get();
        assertEquals("Could not open garbage.cnn.zip", f.title());
        assertEquals("garbage.cnn.zip is damaged (not a zip file)", f.message());

        Path five = dir.resolve("five.cnn.zip");
        ModelSpec fiveClasses = ModelSpec.parse("c4k3-p2-f-d5");
        ModelFile.write(five, SavedModel.of(Sequential.build(fiveClasses, 1), List.of("a", "b", "c", "d", "e"), null,
                TrainingInfo.empty()));
        vm.files().open(five);
        // a model without a dataset is checked against the one chosen in the app (MNIST at launch)
        assertEquals("This model has 5 outputs, but MNIST has 10 classes.", vm.files().errorProperty().get().message());
        assertEquals(ModelSpec.course(), vm.training().specProperty().get(), "nothing changed");

        Path session = dir.resolve("sparse.convscope");
        SessionFile.write(session, SavedModel.of(Sequential.build(TINY, 1), DatasetKind.MNIST.classNames(Locale.ENGLISH),
                "mnist", TrainingInfo.empty()), new Session(null, null, null, null, null, "x", null));
        vm.files().open(session);
        assertEquals(2, failures.size(), "a hand-made session with little in it opens: " + failures);
        assertEquals("Opened the session sparse.convscope", vm.files().statusProperty().get());

        Path gone = dir.resolve("gone.cnn.zip");
        Files.copy(session, gone);
        vm.files().open(gone);
        assertTrue(vm.files().recentFiles().contains(gone.toAbsolutePath().normalize()));
        Files.delete(gone);
        vm.files().open(gone);
        assertEquals("gone.cnn.zip does not exist", vm.files().errorProperty().get().message());
        assertFalse(vm.files().recentFiles().contains(gone.toAbsolutePath().normalize()), "a vanished file leaves the list");
        assertNotNull(vm.training());
    }
}
