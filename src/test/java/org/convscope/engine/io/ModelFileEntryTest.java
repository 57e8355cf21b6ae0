package org.convscope.engine.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model file with one more entry (a lesson's settings), and a training saved inside an epoch. */
class ModelFileEntryTest {
    @TempDir
    Path dir;

    @Test
    void extraEntryTravelsWithTheModelAndPlainReadersIgnoreIt() throws Exception {
        SavedModel model = ModelFiles.smallTrained();
        Path file = dir.resolve("lesson.cnn.zip");
        byte[] settings = "{\"language\": \"ko\"}".getBytes(StandardCharsets.UTF_8);
        ModelFile.write(file, model, "session.json", settings);
        ModelFile.WithEntry back = ModelFile.read(file, "session.json", 1000);
        assertEquals(model, back.model());
        assertArrayEquals(settings, back.entry());
        assertEquals(model, ModelFile.read(file), "an ordinary model file for every other reader");
        assertNull(ModelFile.read(file, "other.json", 1000).entry());
        ModelFileException big = assertThrows(ModelFileException.class, () -> ModelFile.read(file, "session.json", 5));
        assertTrue(big.getMessage().contains("session.json"), big.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ModelFile.write(file, model, "weights.bin", settings));
    }

    @Test
    void epochInProgressRoundTripsAndIsCheckedOnReading() throws Exception {
        SavedModel model = ModelFiles.smallTrained();
        Path file = dir.resolve("m.cnn.zip");
        ModelFile.write(file, model);
        assertEquals(new TrainingInfo.EpochInProgress(1, 8, 5.5, 3), ModelFile.read(file).training().inProgress());

        Map<String, byte[]> entries = ModelFiles.entries(file);
        String json = new String(entries.get("model.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"epoch_in_progress\": {\"batches\": 1, \"examples\": 8, \"loss_sum\": 5.5, \"correct\": 3}"), json);
        entries.put("model.json", json.replace("\"correct\": 3", "\"correct\": 9").getBytes(StandardCharsets.UTF_8));
        Path bad = Files.write(dir.resolve("bad.cnn.zip"), ModelFiles.zip(entries));
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.read(bad));
        assertTrue(e.getMessage().contains("training.epoch_in_progress.correct"), e.getMessage());

        TrainingInfo between = model.training().toBuilder().inProgress(null).build();
        ModelFile.write(file, model.withTraining(between));
        String plain = new String(ModelFiles.entries(file).get("model.json"), StandardCharsets.UTF_8);
        assertTrue(!plain.contains("epoch_in_progress"), "saved between epochs: the field is left out");
    }
}
