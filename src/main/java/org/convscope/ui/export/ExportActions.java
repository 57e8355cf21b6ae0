package org.convscope.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Parent;
import org.convscope.engine.io.ModelFileException;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.io.onnx.OnnxExport;
import org.convscope.training.MetricsExport;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.Snapshots;
import org.convscope.ui.training.TrainingViewModel;

/**
 * Export for slides and reports: the view on screen as a PNG at twice its size, the charts' data
 * as CSV, the whole metrics history as JSON, the live model as ONNX. Each action reports success or a readable failure in
 * {@link #messageProperty()}; nothing throws into the UI.
 */
public final class ExportActions {
    public static final double SLIDE_SCALE = 2;
    private static final long ONNX_TIMEOUT_SECONDS = 60;

    private final TrainingViewModel training;
    private final Supplier<Parent> currentView;
    private final I18n i18n;
    private final StringProperty message = new SimpleStringProperty();

    public ExportActions(TrainingViewModel training, Supplier<Parent> currentView, I18n i18n) {
        this.training = training;
        this.currentView = currentView;
        this.i18n = i18n;
    }

    /** The view shown now, at {@link #SLIDE_SCALE}×. FX thread. */
    public boolean viewAsPng(Path file) {
        Parent view = currentView.get();
        if (view == null) return fail("export.noView", file);
        try {
            Snapshots.writePng(Snapshots.snapshot(view, SLIDE_SCALE), file);
            return done(file);
        } catch (IOException | RuntimeException e) {
            return fail(file, e);
        }
    }

    public boolean chartsAsCsv(Path file) {
        try {
            MetricsExport.writeCsv(file, training.history());
            return done(file);
        } catch (IOException | RuntimeException e) {
            return fail(file, e);
        }
    }

    public boolean historyAsJson(Path file) {
        try {
            MetricsExport.writeJson(file, training.exportContext(), training.history());
            return done(file);
        } catch (IOException | RuntimeException e) {
            return fail(file, e);
        }
    }

    /**
     * The live model as an ONNX file, for Netron, ONNX Runtime or PyTorch. The model is taken from
     * the training thread between two batches and written off the FX thread; {@code done} gets the
     * outcome on the FX thread, with the message set.
     */
    public void modelAsOnnx(Path file, Consumer<Boolean> done) {
        training.requestSavedModel().orTimeout(ONNX_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .thenApplyAsync(model -> write(file, model))
                .whenComplete((failure, e) -> Platform.runLater(() -> {
                    Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                    if (cause instanceof TimeoutException) {
                        done.accept(fail("export.trainingBusy", file));
                    } else if (cause != null || failure != null) {
                        // ModelFileException's message names the file already
                        message.set(failure != null ? failure : String.valueOf(cause));
                        done.accept(false);
                    } else {
                        done.accept(done(file));
                    }
                }));
    }

    /** Writes the ONNX file; the failure's one-line message, or null when it was written. */
    private static String write(Path file, SavedModel model) {
        try {
            OnnxExport.write(file, model);
            return null;
        } catch (ModelFileException e) {
            return e.getMessage();
        }
    }

    private boolean done(Path file) {
        message.set(i18n.get("export.done", file.getFileName().toString()));
        return true;
    }

    private boolean fail(Path file, Exception e) {
        message.set(i18n.get("export.failed", file.getFileName().toString(), e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        return false;
    }

    private boolean fail(String key, Path file) {
        message.set(i18n.get(key));
        return false;
    }

    /** The outcome of the last export, to show the user. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
