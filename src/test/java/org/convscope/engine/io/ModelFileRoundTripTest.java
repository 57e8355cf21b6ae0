package org.convscope.engine.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.convscope.engine.layer.Layer;
import org.convscope.engine.layer.ParamBlock;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.optim.Optimizer;
import org.convscope.engine.optim.OptimizerConfig;
import org.convscope.engine.tensor.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void courseModelRoundTripsBitForBitAndPredictsTheSame() throws Exception {
        Sequential model = Sequential.build(ModelSpec.course(), 1234);
        List<String> digits = ModelFiles.classNames(10);
        TrainingInfo info = ModelFiles.trainingInfo(OptimizerConfig.adam());
        Path file = dir.resolve("course.cnn.zip");
        ModelFile.write(file, SavedModel.of(model, digits, "mnist", info));

        SavedModel read = ModelFile.read(file);
        assertEquals(ModelSpec.course(), read.spec());
        float[] expected = model.exportWeights();
        assertEquals(93_322, read.weights().length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(Float.floatToRawIntBits(expected[i]), Float.floatToRawIntBits(read.weights()[i]), "weight " + i);
        }
        assertEquals(digits, read.classes());
        assertEquals("mnist", read.dataset());
        assertEquals(info, read.training());
        assertNull(read.optimizer());

        Sequential loaded = read.toSequential();
        float[] x = ModelFiles.randomInput(model, 3, 99);
        float[] a = ModelFiles.logits(model, x, 3);
        float[] b = ModelFiles.logits(loaded, x, 3);
        assertArrayEquals(a, b, "identical weights must give identical logits");
        assertNotEquals(0f, a[0]);
    }

    @Test
    void everythingRoundTripsIncludingOptimizerStateAndHistory() throws Exception {
        SavedModel saved = ModelFiles.smallTrained();
        Path file = dir.resolve("small.cnn.zip");
        ModelFile.write(file, saved);
        SavedModel read = ModelFile.read(file);
        assertEquals(saved, read);
        assertEquals(3, read.optimizer().steps());
        assertEquals(2, read.optimizer().arrays().length);
        assertEquals(2, read.training().history().size());
        assertTrue(Double.isNaN(read.training().history().get(1).trainLoss()), "a diverged loss is kept as unknown");
        assertEquals(0.25, read.training().history().get(1).seconds());
        assertEquals("2025-03-01T09:30:00.123456Z", read.training().created().toString());
    }

    /**
     * Saving mid-training and resuming must continue exactly as if never interrupted. (Without
     * dropout: its random masks come from the model's generator, which the file does not hold.)
     */
    @Test
    void restoredOptimizerContinuesExactlyAsTheUninterruptedOne() throws Exception {
        ModelSpec spec = ModelSpec.parse("c4k3same-p2-c3k2s2:tanh-ap1-f-d16-relu-d5", Shape.image(2, 8, 8));
        for (OptimizerConfig config : List.of(OptimizerConfig.adam(0.01), OptimizerConfig.sgd(0.05, 0.9), OptimizerConfig.sgd(0.05, 0))) {
            Sequential model = Sequential.build(spec, 3);
            Optimizer optimizer = Optimizer.create(config, model.paramCount());
            ModelFiles.train(model, optimizer, 4, 5);
            Path file = dir.resolve("resume-" + config.kind() + config.momentum() + ".cnn.zip");
            ModelFile.write(file, SavedModel.of(model, ModelFiles.classNames(5), null, TrainingInfo.empty(), optimizer));

            SavedModel read = ModelFile.read(file);
            Sequential resumed = read.toSequential();
            Optimizer resumedOptimizer = read.optimizer().restore(resumed);
            assertEquals(4, resumedOptimizer.steps());
            assertEquals(config, resumedOptimizer.config());

            ModelFiles.train(model, optimizer, 2, 6);
            ModelFiles.train(resumed, resumedOptimizer, 2, 6);
            assertArrayEquals(model.params(), resumed.params(), config + ": resumed training diverged from the original");
            // the state must matter: a fresh optimizer ends elsewhere (for plain SGD there is no state)
            if (OptimizerState.arrayCount(config) > 0) {
                Sequential fresh = read.toSequential();
                ModelFiles.train(fresh, Optimizer.create(config, fresh.paramCount()), 2, 6);
                assertNotEquals(java.util.Arrays.toString(model.params()), java.util.Arrays.toString(fresh.params()));
            }
        }
    }

    @Test
    void optimizerStateIsStoredInFileLayoutParallelToTheWeights() throws Exception {
        Sequential model = Sequential.build(ModelFiles.tinySpec(), 1);
        Optimizer optimizer = Optimizer.create(OptimizerConfig.sgd(0.1, 0.5), model.paramCount());
        ModelFiles.train(model, optimizer, 1, 2);
        // after one step from zero velocity, v = −lr·g, and the weights moved by exactly v: w1 − w0 = v (file layout both)
        SavedModel before = SavedModel.of(Sequential.build(ModelFiles.tinySpec(), 1), List.of("a", "b", "c"), null, null);
        OptimizerState state = OptimizerState.capture(model, optimizer);
        float[] v = state.arrays()[0];
        float[] w1 = model.exportWeights();
        for (int i = 0; i < v.length; i++) assertEquals(w1[i] - before.weights()[i], v[i], 1e-6f, "parameter " + i);
    }

    @Test
    void layoutFromTheSpecMatchesTheRuntimeLayersParamBlocks() {
        for (String arch : List.of("c32k3-p2-c64k3-p2-c64k3-f-d64-d10", "c4k3same-p2-c3k2s2:tanh-ap1-f-d16-dr0.25-relu-d5",
                "c5k5x3s2x1same:sigmoid-p3x2s1-f-d7:tanh-d3", "f-d10")) {
            ModelSpec spec = ModelSpec.parse(arch, Shape.image(3, 28, 26));
            ParamLayout layout = ParamLayout.of(spec);
            Sequential model = Sequential.build(spec, 0);
            List<String> runtime = new ArrayList<>();
            for (int i = 0; i < model.layers().size(); i++) {
                Layer l = model.layers().get(i);
                for (ParamBlock b : l.paramBlocks()) runtime.add(model.specIndexOf(i) + " " + b);
            }
            List<String> fromSpec = layout.blocks().stream()
                    .map(b -> b.layer() + " " + b.name() + java.util.Arrays.toString(b.shape())).toList();
            assertEquals(runtime, fromSpec, arch);
            assertEquals(model.paramCount(), layout.total(), arch);
            assertEquals(spec.totalParams(), layout.total(), arch);
        }
    }

    @Test
    void modelJsonDescribesLayersInKerasTermsAndTheParameterLayout() throws Exception {
        Path file = dir.resolve("small.cnn.zip");
        ModelFile.write(file, ModelFiles.smallTrained());
        ObjectNode json = ModelFiles.modelJson(ModelFiles.entries(file));
        assertEquals("convscope-model", json.get("format").asText());
        assertEquals(1, json.get("version").asInt());
        assertEquals("c4k3same-p2-c3k2s2:tanh-ap1-f-d16-dr0.25-relu-d5", json.get("architecture").asText());
        JsonNode layers = json.get("layers");
        List<String> types = new ArrayList<>();
        layers.forEach(l -> types.add(l.get("type").asText()));
        assertEquals(List.of("Conv2D", "MaxPooling2D", "Conv2D", "AveragePooling2D", "Flatten", "Dense", "Dropout",
                "Activation", "Dense"), types);
        JsonNode conv = layers.get(2);
        assertEquals("[2,2]", conv.get("kernel_size").toString());
        assertEquals("[2,2]", conv.get("strides").toString());
        assertEquals("valid", conv.get("padding").asText());
        assertEquals("tanh", conv.get("activation").asText());
        assertEquals("[3,2,2]", conv.get("output_shape").toString());
        assertEquals("same", layers.get(0).get("padding").asText());
        assertEquals("[2,2]", layers.get(1).get("pool_size").toString());
        assertEquals(16, layers.get(5).get("units").asInt());
        assertEquals(0.25, layers.get(6).get("rate").asDouble());
        assertEquals("softmax", layers.get(8).get("activation").asText());
        JsonNode p = json.get("parameters").get(2);
        assertEquals(2, p.get("layer").asInt());
        assertEquals("kernel", p.get("name").asText());
        assertEquals("[3,4,2,2]", p.get("shape").toString());
        assertEquals(4 * 2 * 9 + 4, p.get("offset").asInt());
        assertEquals(48, p.get("length").asInt());
        assertEquals("adam", json.get("optimizer_state").get("kind").asText());
        assertEquals(2, json.get("optimizer_state").get("arrays").asInt());
        assertEquals(json.get("parameter_count").asInt(), json.get("optimizer_state").get("length").asInt());
        assertTrue(json.get("history").get(1).get("train_loss").isNull());
    }

    @Test
    void binaryEntriesAreStoredUncompressedWithExactSizes() throws Exception {
        SavedModel saved = ModelFiles.smallTrained();
        Path file = dir.resolve("small.cnn.zip");
        ModelFile.write(file, saved);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry w = zip.getEntry("weights.bin");
            assertEquals(ZipEntry.STORED, w.getMethod());
            assertEquals(4L * saved.weights().length, w.getSize());
            assertEquals(2 * 4L * saved.weights().length, zip.getEntry("optimizer.bin").getSize());
        }
        Map<String, byte[]> entries = ModelFiles.entries(file);
        assertArrayEquals(saved.weights(), ModelFiles.floats(entries.get("weights.bin")));
        float[] opt = ModelFiles.floats(entries.get("optimizer.bin"));
        int n = saved.weights().length;
        assertArrayEquals(saved.optimizer().arrays()[0], java.util.Arrays.copyOfRange(opt, 0, n), "m first");
        assertArrayEquals(saved.optimizer().arrays()[1], java.util.Arrays.copyOfRange(opt, n, 2 * n), "then v");
    }

    @Test
    void tinyDropoutRateKeepsAnExactCompactSpelling() throws Exception {
        // Dropout(0.0001) once printed as "dr1.0E-4", which the notation could not read back
        ModelSpec spec = new ModelSpec(Shape.image(1, 4, 4), List.of(new org.convscope.engine.layer.spec.FlattenSpec(),
                new org.convscope.engine.layer.spec.DropoutSpec(0.0001),
                new org.convscope.engine.layer.spec.DenseSpec(3, org.convscope.engine.layer.spec.Activation.SOFTMAX)));
        Path file = dir.resolve("dropout.cnn.zip");
        SavedModel saved = SavedModel.of(Sequential.build(spec, 1), List.of("a", "b", "c"), null, null);
        ModelFile.write(file, saved);
        assertEquals("f-dr0.0001-d3", ModelFiles.modelJson(ModelFiles.entries(file)).get("architecture").asText());
        assertEquals(saved, ModelFile.read(file));
    }

    @Test
    void plainSgdStateHasNoArraysAndNoOptimizerBin() throws Exception {
        Sequential model = Sequential.build(ModelFiles.tinySpec(), 1);
        Optimizer sgd = Optimizer.create(OptimizerConfig.sgd(0.01, 0), model.paramCount());
        ModelFiles.train(model, sgd, 2, 1);
        Path file = dir.resolve("sgd.cnn.zip");
        ModelFile.write(file, SavedModel.of(model, List.of("a", "b", "c"), null, null, sgd));
        assertTrue(!ModelFiles.entries(file).containsKey("optimizer.bin"));
        SavedModel read = ModelFile.read(file);
        assertEquals(2, read.optimizer().steps());
        assertEquals(0, read.optimizer().arrays().length);
        assertEquals(TrainingInfo.empty(), read.training());
        assertNull(read.dataset());
    }

    @Test
    void overwritingReplacesTheFileAndLeavesNoTemporaryFiles() throws Exception {
        Path file = dir.resolve("m.cnn.zip");
        SavedModel a = SavedModel.of(Sequential.build(ModelFiles.tinySpec(), 1), List.of("a", "b", "c"), "x", null);
        SavedModel b = SavedModel.of(Sequential.build(ModelFiles.tinySpec(), 2), List.of("a", "b", "c"), "y", null);
        ModelFile.write(file, a);
        ModelFile.write(file, b);
        assertEquals(b, ModelFile.read(file));
        try (var list = Files.list(dir)) {
            assertEquals(List.of(file), list.toList());
        }
    }
}
