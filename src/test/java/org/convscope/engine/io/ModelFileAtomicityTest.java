package org.convscope.engine.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.convscope.engine.model.Sequential;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write that fails at any point leaves the previous file byte for byte, and no temporary file. */
class ModelFileAtomicityTest {
    @TempDir
    Path dir;

    private static SavedModel model(long seed) {
        return SavedModel.of(Sequential.build(ModelFiles.tinySpec(), seed), List.of("a", "b", "c"), "demo", null);
    }

    private List<Path> filesInDir() throws IOException {
        try (var list = Files.list(dir)) {
            return list.sorted().toList();
        }
    }

    @Test
    void failureAtEveryStageLeavesThePreviousFileUntouched() throws Exception {
        Path file = dir.resolve("model.cnn.zip");
        ModelFile.write(file, model(1));
        byte[] before = Files.readAllBytes(file);

        for (ModelFile.WriteHook.Stage failAt : ModelFile.WriteHook.Stage.values()) {
            AtomicReference<Path> temp = new AtomicReference<>();
            IOException injected = new IOException("disk full (simulated at " + failAt + ")");
            ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.write(file, model(2), (stage, t) -> {
                if (stage != failAt) return;
                // the failure strikes while the new file exists, next to the old one
                assertTrue(Files.exists(t), "temporary file exists");
                if (stage == ModelFile.WriteHook.Stage.ENTRIES_WRITTEN || stage == ModelFile.WriteHook.Stage.SYNCED) {
                    assertTrue(Files.size(t) > 0, "the complete new file is on disk");
                }
                assertEquals(dir, t.getParent());
                temp.set(t);
                throw injected;
            }));
            assertEquals("could not save model.cnn.zip: disk full (simulated at " + failAt + ")", e.getMessage());
            assertSame(injected, e.getCause());
            assertTrue(temp.get() != null, failAt + " was reached");
            assertFalse(Files.exists(temp.get()), "temporary file removed after failure at " + failAt);
            assertArrayEquals(before, Files.readAllBytes(file), "previous file unchanged after failure at " + failAt);
            assertEquals(List.of(file), filesInDir());
            assertEquals(model(1), ModelFile.read(file));
        }
    }

    @Test
    void unexpectedRuntimeFailureAlsoCleansUp() throws Exception {
        Path file = dir.resolve("model.cnn.zip");
        ModelFile.write(file, model(1));
        byte[] before = Files.readAllBytes(file);
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.write(file, model(2), (stage, t) -> {
            if (stage == ModelFile.WriteHook.Stage.WEIGHTS_PARTLY_WRITTEN) throw new IllegalStateException("boom");
        }));
        assertEquals("could not save model.cnn.zip: boom", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of(file), filesInDir());
    }

    @Test
    void failedFirstSaveLeavesNothingBehind() throws Exception {
        Path file = dir.resolve("new.cnn.zip");
        assertThrows(ModelFileException.class, () -> ModelFile.write(file, model(1), (stage, t) -> {
            if (stage == ModelFile.WriteHook.Stage.SYNCED) throw new IOException("simulated");
        }));
        assertEquals(List.of(), filesInDir());
    }

    @Test
    void successfulWriteGoesThroughEveryStageAndReplacesTheFile() throws Exception {
        Path file = dir.resolve("model.cnn.zip");
        ModelFile.write(file, model(1));
        List<ModelFile.WriteHook.Stage> seen = new java.util.ArrayList<>();
        ModelFile.write(file, model(2), (stage, t) -> seen.add(stage));
        assertEquals(List.of(ModelFile.WriteHook.Stage.values()), seen);
        assertEquals(model(2), ModelFile.read(file));
        assertEquals(List.of(file), filesInDir());
    }

    @Test
    void missingFolderIsReportedPlainly() {
        Path file = dir.resolve("no-such-folder").resolve("m.cnn.zip");
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.write(file, model(1)));
        assertEquals("could not save m.cnn.zip: " + file.getParent().resolve(".m.cnn.zip").toString().replace(".m.cnn.zip", ""),
                e.getMessage().substring(0, e.getMessage().indexOf(".m.cnn.zip")));
        assertTrue(e.getMessage().endsWith(" does not exist"), e.getMessage());
    }
}
