package org.convscope.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.convscope.data.DatasetKind;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.training.SessionState;
import org.convscope.training.TrainingSession;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.training.TrainingView;
import org.convscope.ui.training.TrainingViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** A finished short run, exported as a 2× PNG of its view, as CSV and as JSON. */
@ExtendWith(ApplicationExtension.class)
class ExportActionsTest {
    @TempDir
    Path dir;
    private TrainingViewModel training;
    private TrainingView view;
    private ExportActions actions;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        training = new TrainingViewModel(TaskRunner.immediate(), TrainingSession::new, 320, 2);
        training.datasetProperty().set(DatasetKind.MNIST);
        training.specProperty().set(ModelSpec.parse("c4k3-p2-f-d10"));
        training.epochsProperty().set(2);
        I18n i18n = new I18n(Locale.ENGLISH);
        view = new TrainingView(training, i18n);
        actions = new ExportActions(training, () -> view, i18n);
        stage.setScene(new Scene(new StackPane(view), 900, 600));
        stage.show();
    }

    @Stop
    void stop() {
        training.shutdown();
    }

    @Test
    void exportsTheViewTheChartsAndTheHistory(FxRobot robot) throws Exception {
        robot.interact(training::startOrPause);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            robot.interact(training::pulse);
            return training.stateProperty().get() == SessionState.FINISHED && training.history().epochs().size() == 2;
        });

        Path png = dir.resolve("view.png");
        boolean[] ok = new boolean[1];
        robot.interact(() -> ok[0] = actions.viewAsPng(png));
        assertTrue(ok[0], actions.messageProperty().get());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(2 * (int) Math.round(view.getWidth()), img.getWidth(), "twice the size on screen");

        Path csv = dir.resolve("m.csv");
        assertTrue(actions.chartsAsCsv(csv));
        long batchRows = Files.readAllLines(csv).stream().filter(l -> l.startsWith("batch,")).count();
        long epochRows = Files.readAllLines(csv).stream().filter(l -> l.startsWith("epoch,")).count();
        assertEquals(20, batchRows, "2 epochs of 10 batches");
        assertEquals(2, epochRows);

        Path json = dir.resolve("m.json");
        assertTrue(actions.historyAsJson(json));
        String text = Files.readString(json);
        assertTrue(text.contains("\"architecture\" : \"c4k3-p2-f-d10\""), text.substring(0, 300));
        assertEquals("Saved m.json", actions.messageProperty().get());
    }

    @Test
    void anUnwritablePlaceIsReportedNotThrown() {
        assertFalse(actions.chartsAsCsv(dir.resolve("no/such/folder/m.csv")));
        assertTrue(actions.messageProperty().get().startsWith("Could not write m.csv"), actions.messageProperty().get());
    }

    @Test
    void theLiveModelGoesOutAsOnnxWithItsWeights(FxRobot robot) throws Exception {
        Path onnx = dir.resolve("live.onnx");
        java.util.concurrent.CompletableFuture<Boolean> done = new java.util.concurrent.CompletableFuture<>();
        robot.interact(() -> actions.modelAsOnnx(onnx, done::complete));
        assertTrue(done.get(30, TimeUnit.SECONDS), actions.messageProperty().get());
        assertEquals("Saved live.onnx", actions.messageProperty().get());
        org.convscope.engine.io.SavedModel live = training.requestSavedModel().get(30, TimeUnit.SECONDS);
        org.convscope.engine.io.SavedModel read = org.convscope.engine.io.onnx.ModelFormats.read(onnx);
        assertEquals(live.spec(), read.spec());
        org.junit.jupiter.api.Assertions.assertArrayEquals(live.weights(), read.weights());

        java.util.concurrent.CompletableFuture<Boolean> failed = new java.util.concurrent.CompletableFuture<>();
        robot.interact(() -> actions.modelAsOnnx(dir.resolve("no/such/folder/m.onnx"), failed::complete));
        assertFalse(failed.get(30, TimeUnit.SECONDS));
        assertTrue(actions.messageProperty().get().startsWith("could not save m.onnx"), actions.messageProperty().get());
    }
}
