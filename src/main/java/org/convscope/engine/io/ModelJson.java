package org.convscope.engine.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.convscope.engine.layer.spec.Activation;
import org.convscope.engine.layer.spec.ActivationSpec;
import org.convscope.engine.layer.spec.ArchitectureException;
import org.convscope.engine.layer.spec.Conv2DSpec;
import org.convscope.engine.layer.spec.DenseSpec;
import org.convscope.engine.layer.spec.DropoutSpec;
import org.convscope.engine.layer.spec.FlattenSpec;
import org.convscope.engine.layer.spec.LayerSpec;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.layer.spec.Padding;
import org.convscope.engine.layer.spec.Pool2DSpec;
import org.convscope.engine.optim.OptimizerConfig;
import org.convscope.engine.tensor.Shape;

import static org.convscope.engine.io.JsonFields.array;
import static org.convscope.engine.io.JsonFields.bad;
import static org.convscope.engine.io.JsonFields.measurement;
import static org.convscope.engine.io.JsonFields.number;
import static org.convscope.engine.io.JsonFields.object;
import static org.convscope.engine.io.JsonFields.optional;
import static org.convscope.engine.io.JsonFields.pair;
import static org.convscope.engine.io.JsonFields.required;
import static org.convscope.engine.io.JsonFields.show;
import static org.convscope.engine.io.JsonFields.text;
import static org.convscope.engine.io.JsonFields.whole;
import static org.convscope.engine.io.JsonFields.wholeInt;
import static org.convscope.engine.io.JsonFields.wrong;

/** model.json: written from a {@link SavedModel}, and read back with every field checked. */
final class ModelJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> EXPANDED = Set.of("layers", "parameters", "training", "history", "optimizer_state");
    private static final int MAX = ModelFile.MAX_VALUES_PER_EXAMPLE;
    private static final String TYPES = "Conv2D, MaxPooling2D, AveragePooling2D, Flatten, Dense, Activation, Dropout";

    private ModelJson() {
    }

    /** What model.json says, checked: everything needed to read the binary entries that follow. */
    record Header(ModelSpec spec, ParamLayout layout, List<String> classes, String dataset, TrainingInfo training,
                  OptimizerHeader optimizer) {
    }

    /** optimizer_state: the settings, the step count, and how optimizer.bin is cut into arrays. */
    record OptimizerHeader(OptimizerConfig config, long steps, int arrays, int length) {
    }

    // ---------------------------------------------------------------- writing

    static byte[] write(SavedModel m, ParamLayout layout) {
        ObjectNode root = NODES.objectNode();
        root.put("format", ModelFile.FORMAT);
        root.put("version", ModelFile.VERSION);
        Shape in = m.spec().input();
        ObjectNode input = root.putObject("input");
        input.put("channels", in.channels());
        input.put("height", in.height());
        input.put("width", in.width());
        String compact = compactIfExact(m.spec());
        if (compact != null) root.put("architecture", compact);
        root.put("parameter_count", layout.total());
        ArrayNode layers = root.putArray("layers");
        for (int i = 0; i < m.spec().layers().size(); i++) {
            ObjectNode l = layerJson(m.spec().layers().get(i));
            ArrayNode out = l.putArray("output_shape");
            for (int d : ParamLayout.dims(layout.outputs().get(i))) out.add(d);
            l.put("params", layout.layerParams()[i]);
            layers.add(l);
        }
        ArrayNode params = root.putArray("parameters");
        for (ParamLayout.Block b : layout.blocks()) {
            ObjectNode p = params.addObject();
            p.put("layer", b.layer());
            p.put("name", b.name());
            ArrayNode shape = p.putArray("shape");
            for (int d : b.shape()) shape.add(d);
            p.put("offset", b.offset());
            p.put("length", b.length());
        }
        ArrayNode classes = root.putArray("classes");
        m.classes().forEach(classes::add);
        root.put("dataset", m.dataset());
        TrainingInfo t = m.training();
        ObjectNode training = root.putObject("training");
        if (t.seed() == null) training.putNull("seed");
        else training.put("seed", t.seed());
        training.put("epochs", t.epochs());
        if (t.batchSize() == null) training.putNull("batch_size");
        else training.put("batch_size", t.batchSize());
        if (t.optimizer() == null) training.putNull("optimizer");
        else putConfig(training.putObject("optimizer"), t.optimizer());
        training.put("steps", t.steps());
        putMeasurement(training, "test_accuracy", t.testAccuracy());
        putMeasurement(training, "test_loss", t.testLoss());
        training.put("created", t.created() == null ? null : t.created().toString());
        training.put("app_version", t.appVersion());
        TrainingInfo.EpochInProgress progress = t.inProgress();
        if (progress != null) { // only then: a file saved between epochs reads as before
            ObjectNode p = training.putObject("epoch_in_progress");
            p.put("batches", progress.batches());
            p.put("examples", progress.examples());
            p.put("loss_sum", progress.lossSum());
            p.put("correct", progress.correct());
        }
        ArrayNode history = root.putArray("history");
        for (TrainingInfo.Epoch e : t.history()) {
            ObjectNode h = history.addObject();
            h.put("epoch", e.epoch());
            putMeasurement(h, "train_loss", e.trainLoss());
            putMeasurement(h, "train_accuracy", e.trainAccuracy());
            putMeasurement(h, "test_loss", e.testLoss());
            putMeasurement(h, "test_accuracy", e.testAccuracy());
            putMeasurement(h, "seconds", e.seconds());
        }
        OptimizerState s = m.optimizer();
        if (s != null) {
            ObjectNode o = root.putObject("optimizer_state");
            putConfig(o, s.config());
            o.put("steps", s.steps());
            o.put("arrays", s.arrays().length);
            o.put("length", s.length());
        }
        try {
            String text = MAPPER.writer(new JsonLayout(EXPANDED)).writeValueAsString(root) + "\n";
            return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // a tree of plain values always serialises
        }
    }

    /**
     * The compact notation, or null if it would read back as a different architecture (a dropout
     * rate like 1.0E-4 has no compact spelling): then only the structured {@code layers} are written.
     */
    private static String compactIfExact(ModelSpec spec) {
        String compact = spec.toCompact();
        try {
            return ModelSpec.parse(compact, spec.input()).layers().equals(spec.layers()) ? compact : null;
        } catch (ArchitectureException e) {
            return null;
        }
    }

    private static ObjectNode layerJson(LayerSpec spec) {
        ObjectNode l = NODES.objectNode();
        l.put("type", spec.kerasType());
        if (spec instanceof Conv2DSpec c) {
            l.put("filters", c.filters());
            l.putArray("kernel_size").add(c.kernelH()).add(c.kernelW());
            l.putArray("strides").add(c.strideH()).add(c.strideW());
            l.put("padding", c.padding().kerasName());
            l.put("activation", c.activation().kerasName());
        } else if (spec instanceof Pool2DSpec p) {
            l.putArray("pool_size").add(p.sizeH()).add(p.sizeW());
            l.putArray("strides").add(p.strideH()).add(p.strideW());
            l.put("padding", "valid");
        } else if (spec instanceof DenseSpec d) {
            l.put("units", d.units());
            l.put("activation", d.activation().kerasName());
        } else if (spec instanceof ActivationSpec a) {
            l.put("activation", a.activation().kerasName());
        } else if (spec instanceof DropoutSpec d) {
            l.put("rate", d.rate());
        }
        return l;
    }

    private static void putConfig(ObjectNode o, OptimizerConfig c) {
        o.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
        o.put("learning_rate", c.learningRate());
        o.put("momentum", c.momentum());
        o.put("beta1", c.beta1());
        o.put("beta2", c.beta2());
        o.put("epsilon", c.epsilon());
    }

    // not measured, or not finite (a diverged loss): null
    private static void putMeasurement(ObjectNode o, String name, double v) {
        if (Double.isFinite(v)) o.put(name, v);
        else o.putNull(name);
    }

    // ---------------------------------------------------------------- reading

    static Header read(byte[] bytes) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(bytes);
        } catch (StreamReadException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw bad("model.json is not valid JSON" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw bad("model.json is not valid JSON: " + e.getMessage());
        }
        if (!(tree instanceof ObjectNode root)) {
            throw FormatProblem.notAModel("model.json does not hold a JSON object");
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual()) {
            throw FormatProblem.notAModel("model.json has no 'format': \"" + ModelFile.FORMAT + "\"");
        }
        if (!format.textValue().equals(ModelFile.FORMAT)) {
            throw FormatProblem.notAModel("model.json's format is " + show(format) + ", not \"" + ModelFile.FORMAT + "\"");
        }
        long version = whole(required(root, "version", ""), "version", 1, Long.MAX_VALUE);
        if (version > ModelFile.VERSION) {
            throw new FormatProblem(FormatProblem.Kind.VERSION, "was saved by a newer ConvScope (model format version "
                    + version + "; this ConvScope reads version " + ModelFile.VERSION + "): update ConvScope to open it");
        }

        ObjectNode input = object(required(root, "input", ""), "input");
        Shape inShape = Shape.image(wholeInt(required(input, "channels", "input"), "input.channels", 1, MAX),
                wholeInt(required(input, "height", "input"), "input.height", 1, MAX),
                wholeInt(required(input, "width", "input"), "input.width", 1, MAX));

        ModelSpec spec = readArchitecture(root, inShape);
        ParamLayout layout = ParamLayout.of(spec);
        Shape out = layout.output();
        if (!out.isVector()) {
            throw bad("the model's last layer outputs a " + out.toDisplay() + " image, not class scores (end it with Flatten and Dense)");
        }
        checkDerived(root, layout);
        checkParameters(root, layout);

        ArrayNode classNodes = array(required(root, "classes", ""), "classes");
        List<String> classes = new ArrayList<>(classNodes.size());
        for (int i = 0; i < classNodes.size(); i++) classes.add(text(classNodes.get(i), "classes[" + i + "]"));
        if (classes.size() != out.size()) {
            throw bad("model.json lists " + ParamLayout.group(classes.size()) + " class names but the model outputs "
                    + ParamLayout.group(out.size()) + " scores");
        }

        JsonNode datasetNode = optional(root, "dataset");
        String dataset = datasetNode == null ? null : text(datasetNode, "dataset");

        TrainingInfo training = readTraining(root);
        OptimizerHeader optimizer = readOptimizerState(root, layout.total());
        return new Header(spec, layout, List.copyOf(classes), dataset, training, optimizer);
    }

    private static ModelSpec readArchitecture(ObjectNode root, Shape input) {
        JsonNode archNode = optional(root, "architecture");
        JsonNode layersNode = optional(root, "layers");
        if (archNode == null && layersNode == null) throw bad("model.json has neither 'architecture' nor 'layers'");
        ModelSpec fromText = null;
        if (archNode != null) {
            String text = text(archNode, "architecture");
            try {
                fromText = ModelSpec.parse(text, input);
            } catch (ArchitectureException e) {
                throw bad("the architecture '" + shorten(text) + "' is invalid: " + e.getMessage());
            }
        }
        if (layersNode == null) return fromText;
        ArrayNode list = array(layersNode, "layers");
        List<LayerSpec> layers = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) layers.add(readLayer(list.get(i), "layers[" + i + "]"));
        ModelSpec fromList = new ModelSpec(input, layers);
        if (fromText != null && !fromText.layers().equals(layers)) {
            List<LayerSpec> a = fromText.layers();
            int i = 0;
            while (i < Math.min(a.size(), layers.size()) && a.get(i).equals(layers.get(i))) i++;
            String detail = i < Math.min(a.size(), layers.size())
                    ? " at layer " + (i + 1) + ": " + a.get(i).compact() + " in 'architecture', " + describe(layers.get(i)) + " in 'layers'"
                    : ": 'architecture' has " + a.size() + " layers, 'layers' has " + layers.size();
            throw bad("model.json's 'architecture' and 'layers' disagree" + detail);
        }
        return fromList;
    }

    private static String describe(LayerSpec l) {
        return l.kerasType() + " (" + l.compact() + ")";
    }

    private static LayerSpec readLayer(JsonNode node, String path) {
        ObjectNode l = object(node, path);
        String type = text(required(l, "type", path), path + ".type");
        try {
            switch (type) {
                case "Conv2D" -> {
                    int filters = wholeInt(required(l, "filters", path), path + ".filters", 1, MAX);
                    int[] k = pair(required(l, "kernel_size", path), path + ".kernel_size", 1, MAX);
                    JsonNode s = optional(l, "strides");
                    int[] strides = s == null ? new int[] {1, 1} : pair(s, path + ".strides", 1, MAX);
                    Padding padding = padding(l, path, true);
                    rejectUnsupported(l, path);
                    return new Conv2DSpec(filters, k[0], k[1], strides[0], strides[1], padding, activation(l, path, false));
                }
                case "MaxPooling2D", "AveragePooling2D" -> {
                    JsonNode p = optional(l, "pool_size");
                    int[] size = p == null ? new int[] {2, 2} : pair(p, path + ".pool_size", 1, MAX);
                    JsonNode s = optional(l, "strides");
                    int[] strides = s == null ? size : pair(s, path + ".strides", 1, MAX);
                    padding(l, path, false);
                    Pool2DSpec.Kind kind = type.equals("MaxPooling2D") ? Pool2DSpec.Kind.MAX : Pool2DSpec.Kind.AVERAGE;
                    return new Pool2DSpec(kind, size[0], size[1], strides[0], strides[1]);
                }
                case "Flatten" -> {
                    return new FlattenSpec();
                }
                case "Dense" -> {
                    int units = wholeInt(required(l, "units", path), path + ".units", 1, MAX);
                    rejectUnsupported(l, path);
                    return new DenseSpec(units, activation(l, path, false));
                }
                case "Activation" -> {
                    return new ActivationSpec(activation(l, path, true));
                }
                case "Dropout" -> {
                    return new DropoutSpec(number(required(l, "rate", path), path + ".rate", 0, 1));
                }
                default -> throw bad("model.json: " + path + " is a " + show(l.get("type"))
                        + " layer, which ConvScope does not support (" + TYPES + ")");
            }
        } catch (ArchitectureException e) {
            throw bad("model.json: " + path + " (" + type + "): " + e.getMessage());
        }
    }

    private static Padding padding(ObjectNode l, String path, boolean sameAllowed) {
        JsonNode p = optional(l, "padding");
        if (p == null) return Padding.VALID;
        String s = text(p, path + ".padding");
        if (s.equals("valid")) return Padding.VALID;
        if (s.equals("same") && sameAllowed) return Padding.SAME;
        throw wrong(path + ".padding", sameAllowed ? "\"valid\" or \"same\"" : "\"valid\"", p);
    }

    private static Activation activation(ObjectNode l, String path, boolean required) {
        JsonNode a = required ? required(l, "activation", path) : optional(l, "activation");
        if (a == null) return Activation.LINEAR; // Keras' default
        return Activation.parse(text(a, path + ".activation"));
    }

    // Keras options that would change what the layer computes; ConvScope has none of them
    private static void rejectUnsupported(ObjectNode l, String path) {
        JsonNode bias = optional(l, "use_bias");
        if (bias != null && !(bias.isBoolean() && bias.booleanValue())) {
            throw bad("model.json: " + path + " has use_bias " + show(bias) + "; ConvScope layers always have a bias");
        }
        JsonNode dilation = optional(l, "dilation_rate");
        if (dilation != null) {
            int[] d = pair(dilation, path + ".dilation_rate", 1, MAX);
            if (d[0] != 1 || d[1] != 1) throw bad("model.json: " + path + " has dilation_rate " + show(dilation) + "; ConvScope supports only 1");
        }
        JsonNode groups = optional(l, "groups");
        if (groups != null && wholeInt(groups, path + ".groups", 1, MAX) != 1) {
            throw bad("model.json: " + path + " has groups " + show(groups) + "; ConvScope supports only 1");
        }
    }

    // parameter_count, layers[i].output_shape and layers[i].params follow from the architecture:
    // they may be left out, but if given they must be right
    private static void checkDerived(ObjectNode root, ParamLayout layout) {
        JsonNode count = optional(root, "parameter_count");
        if (count != null && whole(count, "parameter_count", 0, Long.MAX_VALUE) != layout.total()) {
            throw bad("model.json: parameter_count is " + show(count) + " but the architecture has "
                    + ParamLayout.group(layout.total()) + " parameters");
        }
        JsonNode layersNode = optional(root, "layers");
        if (layersNode == null) return;
        for (int i = 0; i < layersNode.size(); i++) {
            ObjectNode l = (ObjectNode) layersNode.get(i); // readLayer checked these are objects
            String path = "layers[" + i + "]";
            JsonNode shape = optional(l, "output_shape");
            if (shape != null) {
                int[] expected = ParamLayout.dims(layout.outputs().get(i));
                if (!matches(array(shape, path + ".output_shape"), expected)) {
                    throw bad("model.json: " + path + ".output_shape is " + show(shape) + " but the layer outputs "
                            + java.util.Arrays.toString(expected) + " (C, H, W)");
                }
            }
            JsonNode params = optional(l, "params");
            if (params != null && whole(params, path + ".params", 0, Long.MAX_VALUE) != layout.layerParams()[i]) {
                throw bad("model.json: " + path + ".params is " + show(params) + " but the layer has "
                        + ParamLayout.group(layout.layerParams()[i]) + " parameters");
            }
        }
    }

    private static boolean matches(ArrayNode a, int[] expected) {
        if (a.size() != expected.length) return false;
        for (int i = 0; i < expected.length; i++) {
            JsonNode v = a.get(i);
            if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() != expected[i]) return false;
        }
        return true;
    }

    private static void checkParameters(ObjectNode root, ParamLayout layout) {
        ArrayNode list = array(required(root, "parameters", ""), "parameters");
        List<ParamLayout.Block> blocks = layout.blocks();
        if (list.size() != blocks.size()) {
            throw bad("model.json lists " + list.size() + " parameter tensors but the architecture has " + blocks.size());
        }
        for (int i = 0; i < blocks.size(); i++) {
            String path = "parameters[" + i + "]";
            ParamLayout.Block b = blocks.get(i);
            ObjectNode p = object(list.get(i), path);
            long layer = whole(required(p, "layer", path), path + ".layer", 0, Integer.MAX_VALUE);
            String name = text(required(p, "name", path), path + ".name");
            ArrayNode shape = array(required(p, "shape", path), path + ".shape");
            long offset = whole(required(p, "offset", path), path + ".offset", 0, Long.MAX_VALUE);
            long length = whole(required(p, "length", path), path + ".length", 0, Long.MAX_VALUE);
            String expected = "layer " + b.layer() + " " + b.name() + " " + java.util.Arrays.toString(b.shape())
                    + " at offset " + ParamLayout.group(b.offset()) + ", length " + ParamLayout.group(b.length());
            if (layer != b.layer() || !name.equals(b.name()) || !matches(shape, b.shape()) || offset != b.offset()
                    || length != b.length()) {
                throw bad("model.json: " + path + " does not match the architecture, which has " + expected + " there");
            }
        }
    }

    private static TrainingInfo readTraining(ObjectNode root) {
        TrainingInfo.Builder b = TrainingInfo.builder();
        JsonNode node = optional(root, "training");
        if (node != null) {
            ObjectNode t = object(node, "training");
            JsonNode v;
            if ((v = optional(t, "seed")) != null) b.seed(whole(v, "training.seed", Long.MIN_VALUE, Long.MAX_VALUE));
            if ((v = optional(t, "epochs")) != null) b.epochs(wholeInt(v, "training.epochs", 0, Integer.MAX_VALUE));
            if ((v = optional(t, "batch_size")) != null) b.batchSize(wholeInt(v, "training.batch_size", 1, Integer.MAX_VALUE));
            if ((v = optional(t, "optimizer")) != null) b.optimizer(readConfig(object(v, "training.optimizer"), "training.optimizer"));
            if ((v = optional(t, "steps")) != null) b.steps(whole(v, "training.steps", 0, Long.MAX_VALUE));
            b.testAccuracy(measurement(t, "test_accuracy", "training.", 0, 1));
            b.testLoss(measurement(t, "test_loss", "training.", 0, Double.MAX_VALUE));
            if ((v = optional(t, "created")) != null) {
                String s = text(v, "training.created");
                try {
                    b.created(Instant.parse(s));
                } catch (DateTimeParseException e) {
                    throw wrong("training.created", "an ISO-8601 time such as \"2025-03-01T09:30:00Z\"", v);
                }
            }
            if ((v = optional(t, "app_version")) != null) b.appVersion(text(v, "training.app_version"));
            if ((v = optional(t, "epoch_in_progress")) != null) b.inProgress(readInProgress(object(v, "training.epoch_in_progress")));
        }
        JsonNode historyNode = optional(root, "history");
        if (historyNode != null) {
            ArrayNode list = array(historyNode, "history");
            List<TrainingInfo.Epoch> history = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                String path = "history[" + i + "]";
                ObjectNode e = object(list.get(i), path);
                String p = path + ".";
                history.add(new TrainingInfo.Epoch(
                        wholeInt(required(e, "epoch", path), p + "epoch", 0, Integer.MAX_VALUE),
                        measurement(e, "train_loss", p, 0, Double.MAX_VALUE),
                        measurement(e, "train_accuracy", p, 0, 1),
                        measurement(e, "test_loss", p, 0, Double.MAX_VALUE),
                        measurement(e, "test_accuracy", p, 0, 1),
                        measurement(e, "seconds", p, 0, Double.MAX_VALUE)));
            }
            b.history(history);
        }
        return b.build();
    }

    private static TrainingInfo.EpochInProgress readInProgress(ObjectNode o) {
        String path = "training.epoch_in_progress";
        int batches = wholeInt(required(o, "batches", path), path + ".batches", 1, Integer.MAX_VALUE);
        int examples = wholeInt(required(o, "examples", path), path + ".examples", batches, Integer.MAX_VALUE);
        double lossSum = number(required(o, "loss_sum", path), path + ".loss_sum", 0, Double.MAX_VALUE);
        long correct = whole(required(o, "correct", path), path + ".correct", 0, examples);
        return new TrainingInfo.EpochInProgress(batches, examples, lossSum, correct);
    }

    // kind and learning_rate are needed; the rest default to Keras' values
    private static OptimizerConfig readConfig(ObjectNode o, String path) {
        JsonNode kindNode = required(o, "kind", path);
        OptimizerConfig.Kind kind;
        try {
            kind = OptimizerConfig.Kind.parse(text(kindNode, path + ".kind"));
        } catch (IllegalArgumentException e) {
            throw wrong(path + ".kind", "\"adam\" or \"sgd\"", kindNode);
        }
        double lr = number(required(o, "learning_rate", path), path + ".learning_rate", Double.MIN_VALUE, Double.MAX_VALUE);
        double momentum = optionalNumber(o, "momentum", path, 0, 0.999999);
        double beta1 = optionalNumber(o, "beta1", path, 0.9, 0.999999);
        double beta2 = optionalNumber(o, "beta2", path, 0.999, 0.999999);
        JsonNode epsNode = optional(o, "epsilon");
        double epsilon = epsNode == null ? 1e-7 : number(epsNode, path + ".epsilon", Double.MIN_VALUE, Double.MAX_VALUE);
        return new OptimizerConfig(kind, lr, momentum, beta1, beta2, epsilon);
    }

    private static double optionalNumber(ObjectNode o, String name, String path, double dflt, double max) {
        JsonNode v = optional(o, name);
        return v == null ? dflt : number(v, path + "." + name, 0, max);
    }

    private static OptimizerHeader readOptimizerState(ObjectNode root, int parameters) {
        JsonNode node = optional(root, "optimizer_state");
        if (node == null) return null;
        ObjectNode o = object(node, "optimizer_state");
        OptimizerConfig config = readConfig(o, "optimizer_state");
        long steps = whole(required(o, "steps", "optimizer_state"), "optimizer_state.steps", 0, Long.MAX_VALUE);
        int arrays = wholeInt(required(o, "arrays", "optimizer_state"), "optimizer_state.arrays", 0, 16);
        int expected = OptimizerState.arrayCount(config);
        if (arrays != expected) {
            throw bad("model.json: optimizer_state.arrays is " + arrays + " but " + describe(config) + " keeps " + expected);
        }
        long length = whole(required(o, "length", "optimizer_state"), "optimizer_state.length", 0, Long.MAX_VALUE);
        if (arrays > 0 && length != parameters) {
            throw bad("model.json: optimizer_state.length is " + ParamLayout.group(length) + " but the model has "
                    + ParamLayout.group(parameters) + " parameters");
        }
        return new OptimizerHeader(config, steps, arrays, arrays == 0 ? 0 : parameters);
    }

    private static String describe(OptimizerConfig c) {
        return switch (c.kind()) {
            case ADAM -> "Adam";
            case SGD -> c.momentum() > 0 ? "SGD with momentum" : "SGD without momentum";
        };
    }

    private static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
