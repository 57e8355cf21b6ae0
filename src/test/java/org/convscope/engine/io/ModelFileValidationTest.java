package org.convscope.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.optim.Optimizer;
import org.convscope.engine.optim.OptimizerConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per check the reader makes, each asserting the message a student would see. */
class ModelFileValidationTest {
    @TempDir
    Path dir;

    /** Entries of a valid tiny model (c2k3-f-d3 on 1×4×4, 47 parameters) with Adam state. */
    private Map<String, byte[]> valid;

    @BeforeEach
    void writeValidModel() throws Exception {
        Sequential model = Sequential.build(ModelFiles.tinySpec(), 3);
        Optimizer adam = Optimizer.create(OptimizerConfig.adam(), model.paramCount());
        ModelFiles.train(model, adam, 2, 4);
        Path file = dir.resolve("valid.cnn.zip");
        ModelFile.write(file, SavedModel.of(model, List.of("a", "b", "c"), "demo",
                ModelFiles.trainingInfo(OptimizerConfig.adam()), adam));
        valid = ModelFiles.entries(file);
        ModelFile.read(file); // the starting point itself is fine
    }

    private String failure(Path file) {
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.read(file));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }

    private String failure(Map<String, byte[]> entries) throws IOException {
        return failure(ModelFiles.writeZip(dir.resolve("m.cnn.zip"), entries));
    }

    /** The message for the valid model with model.json edited by {@code edit}. */
    private String failureAfter(Consumer<ObjectNode> edit) throws IOException {
        ObjectNode json = ModelFiles.modelJson(valid);
        edit.accept(json);
        return failure(ModelFiles.withJson(valid, json));
    }

    private SavedModel readAfter(Consumer<ObjectNode> edit) throws IOException {
        ObjectNode json = ModelFiles.modelJson(valid);
        edit.accept(json);
        return ModelFile.read(ModelFiles.writeZip(dir.resolve("ok.cnn.zip"), ModelFiles.withJson(valid, json)));
    }

    /** Same architecture, weights, classes and optimizer state; the training metadata and dataset are as given. */
    private static void assertSameModel(SavedModel expected, SavedModel actual, TrainingInfo training, String dataset) {
        assertEquals(expected, new SavedModel(actual.spec(), actual.weights(), actual.classes(), dataset, training, actual.optimizer()));
        assertEquals(TrainingInfo.empty(), actual.training());
        assertEquals(null, actual.dataset());
    }

    private static void assertContains(String expectedPart, String message) {
        assertTrue(message.contains(expectedPart), "expected \"" + expectedPart + "\" in: " + message);
    }

    // ------------------------------------------------------------ the file and the zip

    @Test
    void missingFile() {
        assertEquals("nothing.cnn.zip does not exist", failure(dir.resolve("nothing.cnn.zip")));
    }

    @Test
    void folder() throws IOException {
        assertEquals("folder.cnn.zip is a folder, not a model file", failure(Files.createDirectory(dir.resolve("folder.cnn.zip"))));
    }

    @Test
    void emptyFile() throws IOException {
        assertEquals("e.cnn.zip: the file is empty (0 bytes), not a model", failure(Files.write(dir.resolve("e.cnn.zip"), new byte[0])));
    }

    @Test
    void notAZip() throws IOException {
        assertEquals("model.zip is damaged (not a zip file)",
                failure(Files.writeString(dir.resolve("model.zip"), "{\"format\": \"convscope-model\"}")));
        assertEquals("pk.zip is damaged (not a zip file)", failure(Files.write(dir.resolve("pk.zip"), new byte[] {'P', 'K'})));
    }

    @Test
    void truncatedZip() throws IOException {
        byte[] whole = ModelFiles.zip(valid);
        for (int length : new int[] {4, 30, whole.length / 2, whole.length - 1}) {
            Path file = Files.write(dir.resolve("cut.cnn.zip"), Arrays.copyOf(whole, length));
            assertContains("cut.cnn.zip is damaged (the zip is truncated or corrupt", failure(file));
        }
    }

    @Test
    void foreignZip() throws IOException {
        assertEquals("m.cnn.zip is not a ConvScope model: model.json is missing",
                failure(Map.of("readme.txt", ModelFiles.utf8("hello"), "model.json/inner.txt", new byte[1])));
        assertEquals("m.cnn.zip is not a ConvScope model: model.json is missing", failure(Map.of()));
    }

    @Test
    void checksumCatchesDamageInsideWeights() throws IOException {
        Path file = dir.resolve("flip.cnn.zip");
        ModelFile.write(file, ModelFile.read(ModelFiles.writeZip(dir.resolve("src.cnn.zip"), valid)));
        byte[] bytes = Files.readAllBytes(file);
        // weights.bin is stored: find its first float and damage it
        byte[] firstFloat = Arrays.copyOf(valid.get("weights.bin"), 4);
        int at = indexOf(bytes, valid.get("weights.bin"));
        assertTrue(at > 0 && firstFloat.length == 4);
        bytes[at + 1] ^= 0x10;
        assertEquals("flip.cnn.zip is damaged (weights.bin fails its checksum)", failure(Files.write(file, bytes)));
    }

    // ------------------------------------------------------------ model.json as a whole

    @Test
    void jsonSyntaxError() throws IOException {
        String message = failure(ModelFiles.with(valid, "model.json", ModelFiles.utf8("{\"format\": \"convscope-model\",\n \"version\": 1,,}")));
        assertContains("m.cnn.zip: model.json is not valid JSON at line 2, column 15: Unexpected character (',' (code 44))", message);
    }

    @Test
    void jsonTrailingGarbageAndDuplicateKeys() throws IOException {
        String json = new String(valid.get("model.json"), java.nio.charset.StandardCharsets.UTF_8);
        assertContains("model.json is not valid JSON", failure(ModelFiles.with(valid, "model.json", ModelFiles.utf8(json + " {}"))));
        assertContains("Duplicate field 'version'", failure(ModelFiles.with(valid, "model.json",
                ModelFiles.utf8(json.replaceFirst("\"version\": 1", "\"version\": 1, \"version\": 1")))));
    }

    @Test
    void deeplyNestedJsonIsRefusedWithoutOverflowingTheStack() throws IOException {
        String deep = "[".repeat(200_000) + "]".repeat(200_000);
        assertContains("m.cnn.zip: model.json is not valid JSON", failure(ModelFiles.with(valid, "model.json", ModelFiles.utf8(deep))));
        String deepField = "{\"format\": \"convscope-model\", \"x\": " + "{\"a\": ".repeat(200_000) + "1" + "}".repeat(200_001);
        assertContains("m.cnn.zip: model.json is not valid JSON", failure(ModelFiles.with(valid, "model.json", ModelFiles.utf8(deepField))));
    }

    @Test
    void jsonThatIsNotAnObject() throws IOException {
        assertEquals("m.cnn.zip is not a ConvScope model: model.json does not hold a JSON object",
                failure(ModelFiles.with(valid, "model.json", ModelFiles.utf8("[1, 2]"))));
        assertEquals("m.cnn.zip is not a ConvScope model: model.json does not hold a JSON object",
                failure(ModelFiles.with(valid, "model.json", new byte[0])));
    }

    @Test
    void formatField() throws IOException {
        assertEquals("m.cnn.zip is not a ConvScope model: model.json has no 'format': \"convscope-model\"",
                failureAfter(j -> j.remove("format")));
        assertEquals("m.cnn.zip is not a ConvScope model: model.json's format is \"keras\", not \"convscope-model\"",
                failureAfter(j -> j.put("format", "keras")));
    }

    @Test
    void newerVersion() throws IOException {
        assertEquals("m.cnn.zip was saved by a newer ConvScope (model format version 2; this ConvScope reads version 1):"
                + " update ConvScope to open it", failureAfter(j -> j.put("version", 2)));
    }

    @Test
    void badVersion() throws IOException {
        assertEquals("m.cnn.zip: model.json: 'version' must be a whole number from 1 to 9,223,372,036,854,775,807, got \"1\"",
                failureAfter(j -> j.put("version", "1")));
        assertEquals("m.cnn.zip: model.json has no 'version'", failureAfter(j -> j.remove("version")));
        assertContains("'version' must be a whole number", failureAfter(j -> j.put("version", 0)));
        assertContains("'version' must be a whole number", failureAfter(j -> j.put("version", 1.5)));
    }

    @Test
    void missingFields() throws IOException {
        assertEquals("m.cnn.zip: model.json has no 'input'", failureAfter(j -> j.remove("input")));
        assertEquals("m.cnn.zip: model.json: 'input' has no 'width'", failureAfter(j -> ((ObjectNode) j.get("input")).remove("width")));
        assertEquals("m.cnn.zip: model.json has no 'classes'", failureAfter(j -> j.putNull("classes")));
        assertEquals("m.cnn.zip: model.json has no 'parameters'", failureAfter(j -> j.remove("parameters")));
        assertEquals("m.cnn.zip: model.json has neither 'architecture' nor 'layers'",
                failureAfter(j -> j.remove(List.of("architecture", "layers"))));
    }

    @Test
    void wrongTypes() throws IOException {
        assertEquals("m.cnn.zip: model.json: 'input.channels' must be a whole number from 1 to 100,000,000, got \"abc\"",
                failureAfter(j -> ((ObjectNode) j.get("input")).put("channels", "abc")));
        assertEquals("m.cnn.zip: model.json: 'input.height' must be a whole number from 1 to 100,000,000, got -4",
                failureAfter(j -> ((ObjectNode) j.get("input")).put("height", -4)));
        assertEquals("m.cnn.zip: model.json: 'input' must be an object {…}, got [1,4,4]",
                failureAfter(j -> j.putArray("input").add(1).add(4).add(4)));
        assertEquals("m.cnn.zip: model.json: 'classes' must be a list […], got \"a,b,c\"", failureAfter(j -> j.put("classes", "a,b,c")));
        assertEquals("m.cnn.zip: model.json: 'classes[1]' must be a string, got 7",
                failureAfter(j -> ((ArrayNode) j.get("classes")).set(1, 7)));
        assertEquals("m.cnn.zip: model.json: 'dataset' must be a string, got {}", failureAfter(j -> j.putObject("dataset")));
        assertEquals("m.cnn.zip: model.json: 'architecture' must be a string, got 3", failureAfter(j -> j.put("architecture", 3)));
        assertEquals("m.cnn.zip: model.json: 'input.width' must be a whole number from 1 to 100,000,000, got 1.0E300",
                failureAfter(j -> ((ObjectNode) j.get("input")).put("width", 1e300)));
        assertEquals("m.cnn.zip: model.json: 'input.width' must be a whole number from 1 to 100,000,000, got 99999999999999999999999",
                failureAfter(j -> ((ObjectNode) j.get("input")).put("width", new java.math.BigInteger("99999999999999999999999"))));
    }

    // ------------------------------------------------------------ architecture

    @Test
    void architectureThatDoesNotParsePassesTheReasonThrough() throws IOException {
        assertEquals("m.cnn.zip: the architecture 'c2k3-x-d3' is invalid: layer 2 'x': not a layer; expected e.g. c32k3, p2, ap2, f, d64, relu or dr0.5",
                failureAfter(j -> j.put("architecture", "c2k3-x-d3")));
    }

    @Test
    void architectureThatCannotBeBuiltPassesTheReasonThrough() throws IOException {
        // a Dense straight after a convolution: the spec's own explanation reaches the user
        String message = failureAfter(j -> {
            j.put("architecture", "c2k3-d3");
            j.remove("layers");
        });
        assertEquals("m.cnn.zip: the architecture cannot be built: layer 2 (d3:softmax): Dense needs a flat vector, but gets a"
                + " 2×2×2 image: add a Flatten layer before it", message);
        assertContains("Conv2D kernel 5×5 is larger than its 4×4 input", failureAfter(j -> {
            j.put("architecture", "c2k5-f-d3");
            j.remove("layers");
        }));
    }

    @Test
    void layersAndArchitectureMustAgree() throws IOException {
        assertEquals("m.cnn.zip: model.json's 'architecture' and 'layers' disagree at layer 1: c3k3 in 'architecture', Conv2D (c2k3) in 'layers'",
                failureAfter(j -> j.put("architecture", "c3k3-f-d3")));
        assertEquals("m.cnn.zip: model.json's 'architecture' and 'layers' disagree: 'architecture' has 2 layers, 'layers' has 3",
                failureAfter(j -> j.put("architecture", "c2k3-f")));
    }

    @Test
    void eitherArchitectureOrLayersAloneIsEnough() throws IOException {
        SavedModel full = ModelFile.read(ModelFiles.writeZip(dir.resolve("full.cnn.zip"), valid));
        assertEquals(full, readAfter(j -> j.remove("layers")));
        // what another tool might write: Keras-style layers, no compact string, no derived fields, defaults left out
        assertSameModel(full, readAfter(j -> {
            j.remove(List.of("architecture", "parameter_count", "training", "history", "dataset"));
            for (var l : j.get("layers")) ((ObjectNode) l).remove(List.of("output_shape", "params", "strides", "padding"));
            ((ObjectNode) j.get("layers").get(0)).put("kernel_size", 3).put("use_bias", true).put("dilation_rate", 1).put("name", "conv2d");
        }), full.training(), full.dataset());
    }

    @Test
    void layerFieldsAreChecked() throws IOException {
        assertEquals("m.cnn.zip: model.json: layers[1] is a \"BatchNormalization\" layer, which ConvScope does not support"
                        + " (Conv2D, MaxPooling2D, AveragePooling2D, Flatten, Dense, Activation, Dropout)",
                failureAfter(j -> ((ObjectNode) j.get("layers").get(1)).put("type", "BatchNormalization")));
        assertEquals("m.cnn.zip: model.json: 'layers[0].kernel_size' must be [height, width] or one whole number, got [3,3,3]",
                failureAfter(j -> ((ObjectNode) j.get("layers").get(0)).putArray("kernel_size").add(3).add(3).add(3)));
        assertEquals("m.cnn.zip: model.json: 'layers[0].padding' must be \"valid\" or \"same\", got \"full\"",
                failureAfter(j -> ((ObjectNode) j.get("layers").get(0)).put("padding", "full")));
        assertEquals("m.cnn.zip: model.json: layers[2] (Dense): unknown activation 'swish' (relu, sigmoid, tanh, softmax, linear)",
                failureAfter(j -> ((ObjectNode) j.get("layers").get(2)).put("activation", "swish")));
        assertEquals("m.cnn.zip: model.json: layers[0] has dilation_rate [2,2]; ConvScope supports only 1",
                failureAfter(j -> ((ObjectNode) j.get("layers").get(0)).putArray("dilation_rate").add(2).add(2)));
        assertEquals("m.cnn.zip: model.json: layers[2] has use_bias false; ConvScope layers always have a bias",
                failureAfter(j -> ((ObjectNode) j.get("layers").get(2)).put("use_bias", false)));
        assertEquals("m.cnn.zip: model.json: 'layers[0]' has no 'filters'",
                failureAfter(j -> ((ObjectNode) j.get("layers").get(0)).remove("filters")));
        assertEquals("m.cnn.zip: model.json: 'layers[1]' must be an object {…}, got \"Flatten\"",
                failureAfter(j -> ((ArrayNode) j.get("layers")).set(1, "Flatten")));
    }

    @Test
    void derivedFieldsMustBeRightIfPresent() throws IOException {
        assertEquals("m.cnn.zip: model.json: parameter_count is 48 but the architecture has 47 parameters",
                failureAfter(j -> j.put("parameter_count", 48)));
        assertEquals("m.cnn.zip: model.json: layers[0].output_shape is [2,3,3] but the layer outputs [2, 2, 2] (C, H, W)",
                failureAfter(j -> ((ObjectNode) j.get("layers").get(0)).putArray("output_shape").add(2).add(3).add(3)));
        assertEquals("m.cnn.zip: model.json: layers[2].params is 24 but the layer has 27 parameters",
                failureAfter(j -> ((ObjectNode) j.get("layers").get(2)).put("params", 24)));
    }

    @Test
    void absurdSizesAreRefusedBeforeAnythingIsAllocated() throws IOException {
        assertEquals("m.cnn.zip: layer 1 (c2000000000k3)'s output has 8,000,000,000 values per example; ConvScope allows at most 100,000,000",
                failureAfter(j -> {
                    j.put("architecture", "c2000000000k3-f-d3");
                    j.remove("layers");
                }));
        assertEquals("m.cnn.zip: layer 3 (d100000000:relu) alone has more than 200,000,000 parameters, the most ConvScope loads",
                failureAfter(j -> {
                    j.put("architecture", "c2k3-f-d100000000-d3");
                    j.remove("layers");
                }));
        assertEquals("m.cnn.zip: the architecture has more than 200,000,000 parameters, the most ConvScope loads",
                failureAfter(j -> {
                    j.put("architecture", "c2k3-f-d12000000-d12-d3"); // 108M + 144M parameters
                    j.remove("layers");
                }));
        assertEquals("m.cnn.zip: layer 1 (c2k2000000000x1same) alone has more than 200,000,000 parameters, the most ConvScope loads",
                failureAfter(j -> {
                    j.put("architecture", "c2k2000000000x1same-f-d3");
                    j.remove("layers");
                }));
        assertEquals("m.cnn.zip: the input has 400,000,000 values per example; ConvScope allows at most 100,000,000",
                failureAfter(j -> ((ObjectNode) j.get("input")).put("height", 20_000).put("width", 20_000)));
    }

    // ------------------------------------------------------------ parameters and weights

    @Test
    void parameterLayoutMustMatchTheArchitecture() throws IOException {
        assertEquals("m.cnn.zip: model.json: parameters[1] does not match the architecture, which has layer 0 bias [2] at offset 18, length 2 there",
                failureAfter(j -> ((ObjectNode) j.get("parameters").get(1)).put("offset", 19)));
        assertEquals("m.cnn.zip: model.json: parameters[2] does not match the architecture, which has layer 2 kernel [3, 8] at offset 20, length 24 there",
                failureAfter(j -> ((ArrayNode) j.get("parameters").get(2).get("shape")).set(0, 8).set(1, 3)));
        assertEquals("m.cnn.zip: model.json lists 3 parameter tensors but the architecture has 4",
                failureAfter(j -> ((ArrayNode) j.get("parameters")).remove(3)));
        assertEquals("m.cnn.zip: model.json: 'parameters[0].offset' must be a whole number from 0 to 9,223,372,036,854,775,807, got -1",
                failureAfter(j -> ((ObjectNode) j.get("parameters").get(0)).put("offset", -1)));
    }

    @Test
    void weightsOfTheWrongLength() throws Exception {
        Path file = dir.resolve("course.cnn.zip");
        ModelFile.write(file, SavedModel.of(Sequential.build(ModelSpec.course(), 1), ModelFiles.classNames(10), "mnist", null));
        Map<String, byte[]> course = ModelFiles.entries(file);
        assertEquals("course.cnn.zip: weights.bin holds 1,000 floats but the architecture needs 93,322",
                failure(Files.write(file, ModelFiles.zip(ModelFiles.with(course, "weights.bin", new byte[4000])))));
        assertEquals("course.cnn.zip: weights.bin is 4,001 bytes, not a whole number of float32 values; the architecture needs 93,322 floats",
                failure(Files.write(file, ModelFiles.zip(ModelFiles.with(course, "weights.bin", new byte[4001])))));
        assertEquals("course.cnn.zip: weights.bin holds 93,323 floats but the architecture needs 93,322",
                failure(Files.write(file, ModelFiles.zip(ModelFiles.with(course, "weights.bin", new byte[4 * 93_323])))));
    }

    @Test
    void missingWeights() throws IOException {
        assertEquals("m.cnn.zip: weights.bin is missing", failure(ModelFiles.with(valid, "weights.bin", null)));
    }

    @Test
    void nonFiniteWeights() throws IOException {
        float[] w = ModelFiles.floats(valid.get("weights.bin"));
        w[5] = Float.NaN;
        assertEquals("m.cnn.zip: weights.bin holds NaN at value 5 (layer 1 kernel [2, 1, 3, 3]): the weights are broken,"
                + " perhaps saved after the training diverged", failure(ModelFiles.with(valid, "weights.bin", ModelFiles.floats(w))));
        w[5] = 0;
        w[45] = Float.NEGATIVE_INFINITY;
        assertEquals("m.cnn.zip: weights.bin holds -Infinity at value 45 (layer 3 bias [3]): the weights are broken,"
                + " perhaps saved after the training diverged", failure(ModelFiles.with(valid, "weights.bin", ModelFiles.floats(w))));
    }

    @Test
    void classNamesMustMatchTheOutputs() throws IOException {
        assertEquals("m.cnn.zip: model.json lists 2 class names but the model outputs 3 scores",
                failureAfter(j -> ((ArrayNode) j.get("classes")).remove(2)));
        assertEquals("m.cnn.zip: the model's last layer outputs a 2×2×2 image, not class scores (end it with Flatten and Dense)",
                failureAfter(j -> {
                    j.put("architecture", "c2k3");
                    j.remove("layers");
                }));
    }

    // ------------------------------------------------------------ training metadata

    @Test
    void trainingMetadataIsChecked() throws IOException {
        assertEquals("m.cnn.zip: model.json: 'training.created' must be an ISO-8601 time such as \"2025-03-01T09:30:00Z\", got \"yesterday\"",
                failureAfter(j -> ((ObjectNode) j.get("training")).put("created", "yesterday")));
        assertEquals("m.cnn.zip: model.json: 'training.test_accuracy' must be a number from 0.0 to 1.0, got 98.5",
                failureAfter(j -> ((ObjectNode) j.get("training")).put("test_accuracy", 98.5)));
        assertEquals("m.cnn.zip: model.json: 'history[0].train_loss' must be a number of at least 0.0, got \"low\"",
                failureAfter(j -> ((ObjectNode) j.get("history").get(0)).put("train_loss", "low")));
        assertEquals("m.cnn.zip: model.json: 'training.optimizer.kind' must be \"adam\" or \"sgd\", got \"rmsprop\"",
                failureAfter(j -> ((ObjectNode) j.get("training").get("optimizer")).put("kind", "rmsprop")));
        assertEquals("m.cnn.zip: model.json: 'training.optimizer.learning_rate' must be a number of at least 4.9E-324, got 0",
                failureAfter(j -> ((ObjectNode) j.get("training").get("optimizer")).put("learning_rate", 0)));
        assertEquals("m.cnn.zip: model.json: 'history' must be a list […], got {}", failureAfter(j -> j.putObject("history")));
        // unknown extra fields are for other tools and later versions: ignored
        SavedModel read = readAfter(j -> {
            ((ObjectNode) j.get("training")).put("gpu", "none");
            j.put("comment", "exported by hand");
        });
        assertEquals(42L, read.training().seed());
    }

    // ------------------------------------------------------------ optimizer state

    @Test
    void optimizerStateIsChecked() throws IOException {
        assertEquals("m.cnn.zip: model.json: optimizer_state.arrays is 1 but Adam keeps 2",
                failureAfter(j -> ((ObjectNode) j.get("optimizer_state")).put("arrays", 1)));
        assertEquals("m.cnn.zip: model.json: optimizer_state.length is 46 but the model has 47 parameters",
                failureAfter(j -> ((ObjectNode) j.get("optimizer_state")).put("length", 46)));
        assertEquals("m.cnn.zip: optimizer.bin is missing, though model.json describes optimizer_state",
                failure(ModelFiles.with(valid, "optimizer.bin", null)));
        assertEquals("m.cnn.zip: optimizer.bin holds 47 floats but model.json describes 2 arrays of 47 = 94",
                failure(ModelFiles.with(valid, "optimizer.bin", Arrays.copyOf(valid.get("optimizer.bin"), 4 * 47))));
        assertEquals("m.cnn.zip: optimizer.bin is present but model.json has no optimizer_state",
                failureAfter(j -> j.remove("optimizer_state")));
        assertEquals("m.cnn.zip: model.json: 'optimizer_state' has no 'steps'",
                failureAfter(j -> ((ObjectNode) j.get("optimizer_state")).remove("steps")));
        float[] state = ModelFiles.floats(valid.get("optimizer.bin"));
        state[47 + 2] = Float.POSITIVE_INFINITY;
        assertEquals("m.cnn.zip: optimizer.bin holds Infinity at array 1, value 2 (layer 1 kernel [2, 1, 3, 3]): the optimizer"
                + " state is broken", failure(ModelFiles.with(valid, "optimizer.bin", ModelFiles.floats(state))));
    }

    // ------------------------------------------------------------ zip bombs and lying sizes

    @Test
    void oversizedModelJsonIsRefusedFromItsDeclaredSize() throws IOException {
        Path file = dir.resolve("bomb.cnn.zip");
        int size = ModelFile.MAX_JSON_BYTES + 1;
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("model.json"));
            ModelFiles.repeat(zip, ' ', size);
            zip.closeEntry();
        }
        assertTrue(Files.size(file) < 100_000, "deflates to almost nothing");
        assertEquals("bomb.cnn.zip: model.json is 16,777,217 bytes, more than the 16,777,216 allowed", failure(file));
    }

    @Test
    void modelJsonLyingAboutItsSizeIsReadNoFurtherThanTheCap() throws IOException {
        Path file = dir.resolve("liar.cnn.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("model.json"));
            ModelFiles.repeat(zip, ' ', 64L << 20);
            zip.closeEntry();
        }
        patchCentralSize(file, "model.json", 100);
        assertEquals("liar.cnn.zip: model.json is more than the 16,777,216 bytes allowed", failure(file));
    }

    @Test
    void weightsLyingAboutTheirSizeAreReadNoFurtherThanNeeded() throws IOException {
        // the directory claims exactly the 47 floats the architecture needs; the data inflates to 64 MB
        Map<String, byte[]> entries = ModelFiles.with(ModelFiles.with(valid, "optimizer.bin", null), "weights.bin", null);
        ObjectNode json = ModelFiles.modelJson(entries);
        json.remove("optimizer_state");
        Path file = dir.resolve("liar.cnn.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("model.json"));
            zip.write(ModelFiles.JSON.writeValueAsBytes(json));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("weights.bin"));
            ModelFiles.repeat(zip, 0, 64L << 20);
            zip.closeEntry();
        }
        patchCentralSize(file, "weights.bin", 4 * 47);
        assertEquals("liar.cnn.zip: weights.bin holds more than the 47 floats the architecture needs", failure(file));
    }

    @Test
    void declaredSizeIsCheckedBeforeAllocating() throws IOException {
        // a tiny file whose architecture needs 50 million floats (200 MB): refused from the zip directory's
        // size of weights.bin, before the 200 MB array is made
        ModelSpec big = ModelSpec.parse("f-d10000000-d3", org.convscope.engine.tensor.Shape.image(1, 1, 1));
        ObjectNode json = ModelFiles.modelJson(valid);
        json.remove(List.of("layers", "optimizer_state", "parameter_count"));
        json.put("architecture", big.toCompact());
        ((ObjectNode) json.get("input")).put("channels", 1).put("height", 1).put("width", 1);
        ArrayNode params = json.putArray("parameters");
        for (ParamLayout.Block b : ParamLayout.of(big).blocks()) {
            ObjectNode p = params.addObject().put("layer", b.layer()).put("name", b.name());
            for (int d : b.shape()) p.withArray("shape").add(d);
            p.put("offset", b.offset()).put("length", b.length());
        }
        Path file = ModelFiles.writeZip(dir.resolve("big.cnn.zip"), ModelFiles.with(ModelFiles.with(valid, "optimizer.bin", null),
                "model.json", ModelFiles.JSON.writeValueAsBytes(json)));
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        assertEquals("big.cnn.zip: weights.bin holds 47 floats but the architecture needs 50,000,003", failure(file));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated < 20_000_000, "allocated " + allocated + " bytes to refuse it");
    }

    // ------------------------------------------------------------ writing refuses what could not be read back

    @Test
    void writingRefusesBrokenWeightsAndLeavesNoFile() {
        Sequential model = Sequential.build(ModelFiles.tinySpec(), 1);
        float[] w = model.exportWeights();
        w[20] = Float.NaN;
        SavedModel broken = new SavedModel(model.spec(), w, List.of("a", "b", "c"), null, null, null);
        Path file = dir.resolve("broken.cnn.zip");
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.write(file, broken));
        assertEquals("cannot save broken.cnn.zip: a weight is NaN (layer 3 kernel [3, 8]); the training has diverged."
                + " Lower the learning rate and train again", e.getMessage());
        assertFalse(Files.exists(file));
    }

    @Test
    void writingOntoAFolderIsRefused() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("taken.cnn.zip"));
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.write(folder,
                SavedModel.of(Sequential.build(ModelFiles.tinySpec(), 1), List.of("a", "b", "c"), null, null)));
        assertEquals("cannot save taken.cnn.zip: a folder of that name is in the way", e.getMessage());
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void writingRefusesMetadataItCouldNotReadBack() {
        SavedModel odd = SavedModel.of(Sequential.build(ModelFiles.tinySpec(), 1), List.of("a", "b", "c"), null,
                TrainingInfo.builder().testAccuracy(97.5).build());
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.write(dir.resolve("odd.cnn.zip"), odd));
        assertEquals("cannot save odd.cnn.zip: model.json: 'training.test_accuracy' must be a number from 0.0 to 1.0, got 97.5",
                e.getMessage());
    }

    // ------------------------------------------------------------ helpers

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) if (haystack[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }

    /** Rewrites the uncompressed size recorded for {@code name} in the zip's central directory. */
    private static void patchCentralSize(Path file, String name, int size) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 <= bytes.length; i++) {
            if (b.getInt(i) != 0x02014b50) continue;
            int nameLength = b.getShort(i + 28) & 0xffff;
            if (new String(bytes, i + 46, nameLength, java.nio.charset.StandardCharsets.UTF_8).equals(name)) {
                b.putInt(i + 24, size);
                Files.write(file, bytes);
                return;
            }
        }
        throw new AssertionError(name + " not found in the central directory");
    }
}
