package org.convscope.ui.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import org.convscope.data.DatasetKind;
import org.convscope.engine.io.ModelFile;
import org.convscope.engine.io.ModelFileException;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.io.onnx.ModelFormats;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.ui.classroom.ControlGroup;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.inspect.ProbeModel;
import org.convscope.ui.training.TrainingViewModel;

/**
 * Opening and saving: models ({@code .cnn.zip}, the CLI's format, and {@code .onnx} from PyTorch
 * and others, opened only) and sessions ({@code .convscope},
 * a model plus what the teacher prepared). The model is taken from the training thread between two
 * batches, files are read and written off the FX thread, and every failure ends as one message in
 * {@link #errorProperty()}, never as an exception.
 */
public final class FilesViewModel {
    private static final long SAVE_TIMEOUT_SECONDS = 60;

    /** Saving or opening failed: {@code message} is for the user, in their language. */
    public record Failure(String title, String message) {
    }

    private final TaskRunner tasks;
    private final SessionParts parts;
    private final I18n i18n;
    private final RecentFiles recent;
    private final ObjectProperty<Path> modelFile = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Failure> error = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public FilesViewModel(TaskRunner tasks, SessionParts parts, RecentFiles recent) {
        this.tasks = tasks;
        this.parts = parts;
        this.i18n = parts.i18n();
        this.recent = recent;
        // a model from the file stays "this file" only while it is the one trained
        parts.training().specProperty().addListener((o, a, b) -> {
            if (a != null && !a.equals(b)) modelFile.set(null);
        });
    }

    // ---- opening ----

    /** Opens a model or a session file, whichever {@code file} is. */
    public void open(Path file) {
        busy.set(true);
        tasks.run(() -> {
            try {
                return SessionFile.read(file);
            } catch (SessionFileException e) {
                throw new FileProblem(e.getMessage());
            }
        }, contents -> {
            busy.set(false);
            opened(file, contents);
        }, e -> {
            busy.set(false);
            if (!Files.exists(file)) recent.remove(file);
            fail("files.openFailed", file, e.getMessage());
        });
    }

    private void opened(Path file, SessionFile.Contents contents) {
        SavedModel model = contents.model();
        DatasetKind dataset = DatasetKind.find(model.dataset()).orElse(
                contents.session() != null && contents.session().dataset() != null
                        ? contents.session().dataset() : parts.training().datasetProperty().get());
        String misfit = misfit(model, dataset);
        if (misfit != null) {
            fail("files.openFailed", file, misfit);
            return;
        }
        if (contents.session() != null) {
            restore(contents.session(), model);
            modelFile.set(null); // "Save model" must not overwrite the session with a plain model
            status.set(i18n.get("files.sessionOpened", name(file)));
        } else if (ModelFormats.isOnnx(file)) {
            parts.training().load(model);
            modelFile.set(null); // "Save model" asks for a .cnn.zip name, never writes over the .onnx
            status.set(i18n.get("files.onnxOpened", name(file), String.format(i18n.locale(), "%,d", model.weights().length)));
        } else {
            parts.training().load(model);
            modelFile.set(file);
            status.set(i18n.get("files.modelOpened", name(file), model.training().epochs(), model.training().steps()));
        }
        recent.add(file);
    }

    /** Why {@code model} cannot train on {@code dataset}, in the UI's language; null if it can. */
    private String misfit(SavedModel model, DatasetKind dataset) {
        ModelSpec spec = model.spec();
        if (!spec.input().equals(ModelSpec.MNIST_INPUT)) {
            return i18n.get("files.misfit.input", spec.input().toDisplay(), ModelSpec.MNIST_INPUT.toDisplay());
        }
        if (model.classes().size() != dataset.classCount()) {
            return i18n.get("files.misfit.classes", model.classes().size(), dataset.displayName(), dataset.classCount());
        }
        return null;
    }

    private void restore(Session s, SavedModel model) {
        if (s.language() != null) i18n.localeProperty().set(s.language());
        if (s.darkTheme() != null) parts.darkTheme().set(s.darkTheme());
        TrainingViewModel training = parts.training();
        if (s.dataset() != null) training.datasetProperty().set(s.dataset());
        training.load(model); // architecture, weights, optimizer and its rate, history, batch size, seed
        if (s.training() != null) training.epochsProperty().set(s.training().epochs()); // the run length is the session's own
        if (s.draft() != null) parts.editor().setDraft(s.draft());
        if (s.probe() != null) {
            ProbeModel probe = parts.probe();
            probe.drawingProperty().set(s.probe().drawing());
            probe.testIndexProperty().set(s.probe().testIndex());
            probe.sourceProperty().set(s.probe().source());
        }
        if (s.lesson() != null) {
            // before the tab: the one on screen is never one the lesson hides
            parts.lesson().set(s.lesson().hiddenTabs(), s.lesson().hiddenControls().stream()
                    .flatMap(id -> ControlGroup.parse(id).stream()).toList());
        }
        if (s.runs() != null) training.runs().setAll(s.runs());
        if (s.tab() != null) parts.selectedTab().set(s.tab());
    }

    // ---- saving ----

    /** Saves the live model to the file it came from or was last saved to; false if there is none yet. */
    public boolean saveModel() {
        Path file = modelFile.get();
        if (file == null) return false;
        saveModelAs(file);
        return true;
    }

    /** Saves the live model, with its optimizer state and history, as a model file. */
    public void saveModelAs(Path file) {
        Path target = withExtension(file, ModelFile.EXTENSION);
        save(target, model -> ModelFile.write(target, model), () -> {
            modelFile.set(target);
            status.set(i18n.get("files.modelSaved", name(target)));
        });
    }

    /** Saves the live model and everything on screen as a session file. */
    public void saveSessionAs(Path file) {
        Path target = withExtension(file, SessionFile.EXTENSION);
        Session session = capture(); // on the FX thread, as it is now
        save(target, model -> SessionFile.write(target, model, session),
                () -> status.set(i18n.get("files.sessionSaved", name(target))));
    }

    private interface Writer {
        void write(SavedModel model) throws ModelFileException;
    }

    private void save(Path target, Writer writer, Runnable done) {
        CompletableFuture<SavedModel> live = parts.training().requestSavedModel();
        busy.set(true);
        tasks.run(() -> {
            try {
                writer.write(live.get(SAVE_TIMEOUT_SECONDS, TimeUnit.SECONDS));
                return target;
            } catch (ModelFileException e) {
                throw new FileProblem(e.getMessage());
            } catch (ExecutionException e) {
                throw new FileProblem(e.getCause().getMessage());
            } catch (TimeoutException e) {
                throw new FileProblem(i18n.get("files.trainingBusy"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FileProblem(i18n.get("files.trainingBusy"));
            }
        }, saved -> {
            busy.set(false);
            recent.add(saved);
            done.run();
        }, e -> {
            busy.set(false);
            fail("files.saveFailed", target, e.getMessage());
        });
    }

    /** What a session file keeps of the app as it is now. */
    Session capture() {
        TrainingViewModel t = parts.training();
        ProbeModel p = parts.probe();
        return new Session(i18n.locale(), parts.darkTheme().get(), t.datasetProperty().get(),
                new Session.Training(t.epochsProperty().get(), t.batchSizeProperty().get(), t.optimizerProperty().get(),
                        t.learningRateProperty().get(), t.seedProperty().get()),
                new Session.Probe(p.sourceProperty().get(), p.testIndexProperty().get(), p.drawingProperty().get()),
                parts.selectedTab().get(), parts.editor().draft(),
                new Session.Lesson(List.copyOf(parts.lesson().hiddenTabs()),
                        parts.lesson().hiddenControls().stream().map(ControlGroup::id).toList()),
                List.copyOf(t.runs().runs()));
    }

    /** {@code file} ending in {@code extension} (added if the user left it out). */
    static Path withExtension(Path file, String extension) {
        String n = file.getFileName().toString();
        return n.toLowerCase(Locale.ROOT).endsWith(extension) ? file : file.resolveSibling(n + extension);
    }

    private void fail(String titleKey, Path file, String detail) {
        error.set(null); // the same failure twice is still news
        error.set(new Failure(i18n.get(titleKey, name(file)), detail));
    }

    private static String name(Path file) {
        Path n = file.getFileName();
        return n == null ? file.toString() : n.toString();
    }

    /** A failure whose message is ready for the user. */
    private static final class FileProblem extends RuntimeException {
        FileProblem(String message) {
            super(message, null, false, false);
        }
    }

    public ReadOnlyObjectProperty<Path> modelFileProperty() { return modelFile; }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Failure> errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ObservableList<Path> recentFiles() { return recent.files(); }
}
