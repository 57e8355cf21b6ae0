package org.convscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.convscope.data.Dataset;
import org.convscope.data.DatasetKind;
import org.convscope.data.Datasets;
import org.convscope.data.GrayImage;
import org.convscope.data.Split;
import org.convscope.engine.io.ModelFile;
import org.convscope.engine.io.SavedModel;
import org.convscope.images.ImageFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** train --save, evaluate, predict and train --init working together on one small saved model. */
class ModelCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    private static Path model;
    private static JsonNode trained;

    @BeforeAll
    static void trainSmallModel() throws Exception {
        model = dir.resolve("small.cnn.zip");
        CliTest.Result r = CliTest.run("train", "--dataset", "mnist", "--arch", "c8k3-p2-f-d10", "--epochs", "1",
                "--limit", "3000", "--seed", "3", "--save", model.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        trained = lastJson(r.out());
    }

    private static JsonNode lastJson(String out) throws Exception {
        List<String> lines = out.strip().lines().filter(l -> l.startsWith("{")).toList();
        return JSON.readTree(lines.get(lines.size() - 1));
    }

    @Test
    void savedModelEvaluatesToTheSameAccuracyAsTraining() throws Exception {
        CliTest.Result r = CliTest.run("evaluate", "--model", model.toString(), "--dataset", "mnist", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode ev = lastJson(r.out());
        assertEquals(trained.get("test_accuracy").asDouble(), ev.get("accuracy").asDouble(), 0.0);
        assertEquals(10, ev.get("confusion").size());
        assertTrue(ev.get("accuracy").asDouble() > 0.75, ev.toString()); // 0.83 seen; chance is 0.10
    }

    @Test
    void savedModelKeepsHistoryAndOptimizerState() throws Exception {
        SavedModel saved = ModelFile.read(model);
        assertEquals(1, saved.training().epochs());
        assertEquals(1, saved.training().history().size());
        assertEquals("mnist", saved.dataset());
        assertTrue(saved.optimizer() != null && saved.optimizer().steps() == saved.training().steps());
    }

    @Test
    void predictOnTestExamplesReportsClassesAndProbabilities() throws Exception {
        CliTest.Result r = CliTest.run("predict", "--model", model.toString(), "--dataset", "mnist", "--index", "0",
                "--count", "3", "--json");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().strip().lines().toList();
        assertEquals(3, lines.size());
        JsonNode first = JSON.readTree(lines.get(0));
        assertEquals(7, first.get("class").asInt()); // the first MNIST test digit is a 7
        double sum = 0;
        for (JsonNode p : first.get("probabilities")) sum += p.asDouble();
        assertEquals(1.0, sum, 1e-5);
        assertEquals(10, first.get("logits").size());
    }

    @Test
    void predictOnAFolderOfPngsMatchesTheTestSet() throws Exception {
        Dataset test = Datasets.load(DatasetKind.MNIST, Split.TEST);
        Path folder = Files.createDirectories(dir.resolve("pngs"));
        for (int i = 0; i < 4; i++) {
            float[] px = new float[784];
            test.writeNormalised(i, px, 0);
            ImageFiles.writePng(new GrayImage(28, 28, px), folder.resolve(test.label(i) + "_test" + i + ".png"));
        }
        CliTest.Result fromPng = CliTest.run("predict", "--model", model.toString(), "--image", folder.toString(), "--json");
        CliTest.Result fromSet = CliTest.run("predict", "--model", model.toString(), "--dataset", "mnist", "--count", "4", "--json");
        assertEquals(0, fromPng.code(), fromPng.err());
        List<String> a = fromPng.out().strip().lines().toList(), b = fromSet.out().strip().lines().toList();
        assertEquals(4, a.size());
        // 28×28 images are network inputs already: same classes as the test-set path (files sort by name)
        java.util.Map<String, Integer> byName = new java.util.TreeMap<>();
        for (String l : a) byName.put(JSON.readTree(l).get("name").asText(), JSON.readTree(l).get("class").asInt());
        for (int i = 0; i < 4; i++) {
            String name = folder.resolve(test.label(i) + "_test" + i + ".png").toString();
            assertEquals(JSON.readTree(b.get(i)).get("class").asInt(), byName.get(name), name);
        }
    }

    @Test
    void resumingFromASavedModelContinuesItsEpochsAndSteps() throws Exception {
        Path resumed = dir.resolve("resumed.cnn.zip");
        CliTest.Result r = CliTest.run("train", "--dataset", "mnist", "--init", model.toString(), "--epochs", "1",
                "--limit", "3000", "--seed", "3", "--save", resumed.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Epoch 2/2"), r.out());
        SavedModel before = ModelFile.read(model), after = ModelFile.read(resumed);
        assertEquals(2, after.training().epochs());
        assertEquals(2 * before.training().steps(), after.training().steps());
        assertEquals(2, after.training().history().size());
        assertEquals(before.training().history().get(0), after.training().history().get(0));
    }

    @Test
    void damagedModelFileGivesOneLineError() throws Exception {
        Path bad = dir.resolve("bad.cnn.zip");
        Files.write(bad, new byte[] {1, 2, 3, 4});
        CliTest.Result r = CliTest.run("evaluate", "--model", bad.toString(), "--dataset", "mnist");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("bad.cnn.zip"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void missingImageIsAnError() {
        CliTest.Result r = CliTest.run("predict", "--model", model.toString(), "--image", dir.resolve("nope.png").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no such file"), r.err());
    }

    @Test
    void modelForTheWrongClassCountIsRefusedBeforeTraining() {
        CliTest.Result r = CliTest.run("train", "--dataset", "mnist", "--arch", "c8k3-f-d5", "--epochs", "1");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("10 class scores"), r.err());
    }

    @Test
    void unwritableSaveTargetIsRefusedBeforeTraining() {
        CliTest.Result r = CliTest.run("train", "--dataset", "mnist", "--epochs", "1", "--save", dir.resolve("no/such/dir/m.cnn.zip").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("does not exist"), r.err());
    }

}
