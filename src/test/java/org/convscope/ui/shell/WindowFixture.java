package org.convscope.ui.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.stage.Stage;
import org.convscope.app.ConvScopeApp;
import org.convscope.data.DatasetKind;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.training.TrainingSession;
import org.convscope.ui.classroom.Settings;
import org.convscope.ui.common.FxTaskRunner;
import org.convscope.ui.common.I18n;
import org.convscope.ui.files.RecentFiles;
import org.convscope.ui.training.TrainingViewModel;
import org.testfx.util.WaitForAsyncUtils;

/** The main window with a tiny model, settings in memory and its own recent-files list: for window tests. */
public final class WindowFixture {
    public final FxTaskRunner tasks = new FxTaskRunner();
    public final MainViewModel vm;
    public final MainWindow window;
    public final Stage stage;
    private final java.nio.file.Path recentFolder; // deleted on close: a full test run made some 150 of them

    public WindowFixture(Stage stage) {
        this.stage = stage;
        TrainingViewModel training = new TrainingViewModel(tasks, TrainingSession::new, 512, 2);
        training.datasetProperty().set(DatasetKind.MNIST);
        training.specProperty().set(ModelSpec.parse("c8k3-p2-f-d10"));
        try {
            recentFolder = Files.createTempDirectory("convscope-window-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RecentFiles recent = RecentFiles.at(recentFolder.resolve("recent.txt"));
        vm = new MainViewModel(new I18n(Locale.ENGLISH), tasks, training, recent, Settings.inMemory());
        window = new MainWindow(vm);
        ConvScopeApp.show(stage, window, vm);
    }

    public void close() {
        window.dispose(); // no more frames: nothing is handed to the closed runner
        vm.shutdown();
        tasks.close();
        try {
            Files.deleteIfExists(recentFolder.resolve("recent.txt"));
            Files.deleteIfExists(recentFolder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code read} run on the FX thread, and its answer: what a view or a bound property says there is current,
     * where the test thread may still see a cached value.
     */
    public static <T> T onFx(java.util.concurrent.Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new AssertionError(e);
        }
    }

    /** Waits up to 10 s for {@code condition} (checked on the test thread after FX events ran). */
    public static void waitFor(BooleanSupplier condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what);
        }
    }
}
