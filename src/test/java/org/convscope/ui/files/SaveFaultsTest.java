package org.convscope.ui.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.convscope.data.DatasetKind;
import org.convscope.engine.io.ModelFile;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.io.TrainingInfo;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.Sequential;
import org.convscope.training.SessionState;
import org.convscope.training.TrainingSession;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.shell.MainViewModel;
import org.convscope.ui.training.TrainingViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving where it cannot succeed, as the File menu does it: a disk that fills up while the file is written (a
 * small in-memory file system), and a folder that cannot be written. Each gives one clear message, and the file
 * that was there before is still there, whole.
 */
class SaveFaultsTest {
    private static final ModelSpec BIG = ModelSpec.parse("c16k3-f-d64-d10"); // ~0.7 M parameters: a 2.8 MB file
    @TempDir
    Path dir;
    private MainViewModel app;

    @BeforeEach
    void trainedApp() throws InterruptedException {
        TrainingViewModel training = new TrainingViewModel(TaskRunner.immediate(), TrainingSession::new, 320, 2);
        app = new MainViewModel(new I18n(Locale.ENGLISH), TaskRunner.immediate(), training, RecentFiles.at(dir.resolve("recent.txt")));
        training.datasetProperty().set(DatasetKind.MNIST);
        training.specProperty().set(BIG);
        training.step();
        long end = System.nanoTime() + 20_000_000_000L;
        BooleanSupplier stepped = () -> training.stepProperty().get() == 1 && training.stateProperty().get() == SessionState.PAUSED;
        while (!stepped.getAsBoolean() && System.nanoTime() < end) {
            app.pulse();
            Thread.sleep(5);
        }
        assertTrue(stepped.getAsBoolean(), "one step trained");
    }

    @AfterEach
    void shutdown() {
        app.shutdown();
    }

    /** A small model file: what was saved before. */
    private static SavedModel oldModel() {
        ModelSpec tiny = ModelSpec.parse("c4k3-p2-f-d10");
        return SavedModel.of(Sequential.build(tiny, 7), DatasetKind.MNIST.classNames(Locale.ENGLISH), "mnist", TrainingInfo.empty());
    }

    @Test
    void aDiskThatFillsUpGivesAClearMessageAndLeavesTheOldFileWhole() throws Exception {
        // 1 MB: the old file fits, the new one (2.8 MB) runs out of space half-way through its weights
        try (FileSystem small = Jimfs.newFileSystem(Configuration.unix().toBuilder().setMaxSize(1 << 20).build())) {
            Path folder = Files.createDirectories(small.getPath("/lesson"));
            Path file = folder.resolve("digits.cnn.zip");
            ModelFile.write(file, oldModel());
            byte[] before = Files.readAllBytes(file);

            app.files().saveModelAs(file);

            FilesViewModel.Failure f = app.files().errorProperty().get();
            assertNotNull(f, "the user is told");
            assertEquals("Could not save digits.cnn.zip", f.title());
            assertTrue(f.message().startsWith("could not save digits.cnn.zip: ") && f.message().contains("space"), f.message());
            assertArrayEquals(before, Files.readAllBytes(file), "the old file is untouched");
            Path copy = Files.write(dir.resolve("copy.cnn.zip"), Files.readAllBytes(file)); // the reader wants a real file
            assertEquals(oldModel(), ModelFile.read(copy), "and still opens");
            try (Stream<Path> left = Files.list(folder)) {
                assertEquals(List.of(file), left.toList(), "no half-written file is left beside it");
            }
        }
    }

    @Test
    void aFolderThatCannotBeWrittenGivesAClearMessageAndLeavesTheOldFileWhole() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("read-only"));
        Path file = folder.resolve("digits.cnn.zip");
        ModelFile.write(file, oldModel());
        byte[] before = Files.readAllBytes(file);
        try (ReadOnlyFolder locked = ReadOnlyFolder.lock(folder)) {
            app.files().saveModelAs(file);

            FilesViewModel.Failure f = app.files().errorProperty().get();
            assertNotNull(f, "the user is told");
            assertEquals("Could not save digits.cnn.zip", f.title());
            assertTrue(f.message().startsWith("could not save digits.cnn.zip: ")
                    && (f.message().contains("permission denied") || f.message().contains("not permitted")), f.message());
        }
        assertArrayEquals(before, Files.readAllBytes(file), "the old file is untouched");
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(List.of(file), left.toList(), "nothing is left beside it");
        }
    }

    /**
     * A folder no one may write in for a while. Permissions do not stop root (CI runs as root), so there the folder
     * is made immutable with chattr, which stops root too.
     */
    private record ReadOnlyFolder(Path folder, boolean immutable) implements AutoCloseable {
        static ReadOnlyFolder lock(Path folder) throws IOException, InterruptedException {
            if (folder.toFile().setWritable(false, false) && !canWrite(folder)) return new ReadOnlyFolder(folder, false);
            Process p = new ProcessBuilder("chattr", "+i", folder.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0 || canWrite(folder)) {
                throw new IllegalStateException("cannot make a folder read-only here (chattr +i: " + out.strip() + ")");
            }
            return new ReadOnlyFolder(folder, true);
        }

        private static boolean canWrite(Path folder) {
            try {
                Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        @Override
        public void close() throws IOException, InterruptedException {
            if (immutable) new ProcessBuilder("chattr", "-i", folder.toString()).start().waitFor();
            folder.toFile().setWritable(true, false);
        }
    }
}
