package org.convscope.ui.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.convscope.ui.classmode.ClassModeViewModel;
import org.convscope.ui.classroom.Classroom;
import org.convscope.ui.classroom.Settings;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.editor.EditorViewModel;
import org.convscope.ui.files.FilesViewModel;
import org.convscope.ui.files.RecentFiles;
import org.convscope.ui.files.SessionParts;
import org.convscope.ui.inspect.ProbeModel;
import org.convscope.ui.training.TrainingViewModel;

/** The application's state as the window sees it: language, theme, and one view-model per feature. */
public final class MainViewModel {
    private final I18n i18n;
    private final TaskRunner tasks;
    private final TrainingViewModel training;
    private final ProbeModel probe;
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(false);
    private final StringProperty selectedTab = new SimpleStringProperty();
    private final EditorViewModel editor;
    private final FilesViewModel files;
    private final Classroom classroom;
    private final ClassModeViewModel classMode;
    private Long closingDeadline; // System.nanoTime() by which closing is done; set by the first shutdown
    private Runnable onQuit = () -> { };
    private TaskRunner slowTasks;

    /** With the recent files of the user's home (see {@link RecentFiles#atDefaultLocation()}). */
    public MainViewModel(I18n i18n, TaskRunner tasks, TrainingViewModel training) {
        this(i18n, tasks, training, RecentFiles.atDefaultLocation());
    }

    /** With the user's remembered theme and presentation size ({@link Settings#userPreferences()}). */
    public MainViewModel(I18n i18n, TaskRunner tasks, TrainingViewModel training, RecentFiles recent) {
        this(i18n, tasks, training, recent, Settings.userPreferences());
    }

    public MainViewModel(I18n i18n, TaskRunner tasks, TrainingViewModel training, RecentFiles recent, Settings settings) {
        this.i18n = i18n;
        this.tasks = tasks;
        this.training = training;
        this.probe = new ProbeModel(tasks);
        probe.weightsProperty().bind(training.weightsProperty());
        probe.datasetProperty().bind(training.datasetProperty());
        this.editor = new EditorViewModel(i18n);
        editor.connect(training);
        this.classroom = new Classroom(darkTheme, settings);
        this.files = new FilesViewModel(tasks, new SessionParts(i18n, training, probe, editor, darkTheme, selectedTab,
                classroom.lesson()), recent);
        this.classMode = ClassModeViewModel.of(training, tasks);
    }

    /** Class mode: the server students draw on, and the drawings for the "Our drawings" view. */
    public ClassModeViewModel classMode() {
        return classMode;
    }

    /** Theme, presentation mode and the lesson's hidden views and controls. */
    public Classroom classroom() {
        return classroom;
    }

    /** The architecture editor's draft, and the architectures the model chooser offers. */
    public EditorViewModel editor() {
        return editor;
    }

    /** Opening and saving models and sessions. */
    public FilesViewModel files() {
        return files;
    }

    /** The id of the tab on screen (a session file restores it). */
    public StringProperty selectedTabProperty() {
        return selectedTab;
    }

    /** The image every inside-the-network view shows, run through the current weights. */
    public ProbeModel probe() {
        return probe;
    }

    public I18n i18n() {
        return i18n;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    /**
     * Work that takes seconds (the top patches over the test set, feature visualization, t-SNE): on a thread of
     * its own, so the probe, the draw pad and Explain never wait behind it. Without a background runner (tests
     * that run everything at once) it is {@link #tasks()}.
     */
    public TaskRunner slowTasks() {
        if (slowTasks == null) slowTasks = tasks instanceof org.convscope.ui.common.FxTaskRunner ? new org.convscope.ui.common.FxTaskRunner() : tasks;
        return slowTasks;
    }

    public TrainingViewModel training() {
        return training;
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    /** Once per frame. */
    public void pulse() {
        training.pulse();
        classMode.pulse();
    }

    public void setOnQuit(Runnable r) {
        onQuit = r;
    }

    public void quit() {
        onQuit.run();
    }

    /** Stops background work and waits for it; the window is closing. */
    public void shutdown() {
        classMode.stop();
        training.shutdown();
        if (slowTasks != tasks && slowTasks instanceof org.convscope.ui.common.FxTaskRunner slow) slow.close();
    }

    /**
     * Stops background work within {@code millis}: training stops after its batch, and a save in progress is
     * given the time to land (commands given before, a save among them, run first); what is still running after
     * that is left to die with the app (all its threads are daemons), never half-writing a file.
     */
    public void shutdown(long millis) {
        // the window's hiding and the application's stop() both close; the second call keeps the first one's
        // deadline, or closing could wait twice as long as it may
        if (closingDeadline == null) closingDeadline = System.nanoTime() + millis * 1_000_000;
        long end = closingDeadline;
        classMode.stop(); // the port is closed at once: no student reaches a closing app
        training.requestShutdown();
        if (tasks instanceof org.convscope.ui.common.FxTaskRunner runner) runner.close(remainingMillis(end));
        if (slowTasks != tasks && slowTasks instanceof org.convscope.ui.common.FxTaskRunner slow) slow.close(); // nothing of it is saved
        training.awaitShutdown(remainingMillis(end));
    }

    private static long remainingMillis(long endNanos) {
        return Math.max(1, (endNanos - System.nanoTime()) / 1_000_000);
    }
}
