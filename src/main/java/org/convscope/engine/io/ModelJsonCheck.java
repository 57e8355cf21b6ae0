package org.convscope.engine.io;

import static org.convscope.engine.io.JsonFields.bad;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

/**
 * The one check of a model.json: binds it to a {@link ModelDoc} and walks the records in the order
 * a reader needs them (format and version, input, architecture, what follows from it, classes,
 * training metadata, optimizer state), stopping at the first problem. Every message is
 * {@link JsonFields}' or one of the cross-checks here.
 */
final class ModelJsonCheck {
    private static final int MAX = ModelFile.MAX_VALUES_PER_EXAMPLE;
    private static final int[] ONE = {1, 1};
    private static final String TYPES = "Conv2D, MaxPooling2D, AveragePooling2D, Flatten, Dense, Activation, Dropout";
    private static final ModelDoc.Training NO_TRAINING = new ModelDoc.Training(null, null, null, null, null, null, null,
            null, null, null);

    private final ModelDoc doc;
    private final JsonFields f;

    /** {@code tree}: model.json parsed, a JSON object. */
    ModelJsonCheck(JsonNode tree) {
        this.doc = JsonRecords.bind(tree, ModelDoc.class);
        this.f = new JsonFields(tree);
    }

    ModelJson.Header header() {
        if (doc.format() == null) throw FormatProblem.notAModel("model.json has no 'format': \"" + ModelFile.FORMAT + "\"");
        if (!doc.format().equals(ModelFile.FORMAT)) {
            throw FormatProblem.notAModel("model.json's format is " + f.show("format") + ", not \"" + ModelFile.FORMAT + "\"");
        }
        long version = f.whole(doc.version(), "version", 1, Long.MAX_VALUE);
        if (version > ModelFile.VERSION) {
            throw new FormatProblem(FormatProblem.Kind.VERSION, "was saved by a newer ConvScope (model format version "
                    + version + "; this ConvScope reads version " + ModelFile.VERSION + "): update ConvScope to open it");
        }
        ModelDoc.Input input = f.object(doc.input(), "input");
        Shape inShape = Shape.image(f.wholeInt(input.channels(), "input.channels", 1, MAX),
                f.wholeInt(input.height(), "input.height", 1, MAX), f.wholeInt(input.width(), "input.width", 1, MAX));

        ModelSpec spec = architecture(inShape);
        ParamLayout layout = ParamLayout.of(spec);
        Shape out = layout.output();
        if (!out.isVector()) {
            throw bad("the model's last layer outputs a " + out.toDisplay() + " image, not class scores (end it with Flatten and Dense)");
        }
        checkDerived(layout);
        checkParameters(layout);

        List<String> classes = f.list(doc.classes(), "classes");
        for (int i = 0; i < classes.size(); i++) f.text(classes.get(i), "classes[" + i + "]");
        if (classes.size() != out.size()) {
            throw bad("model.json lists " + ParamLayout.group(classes.size()) + " class names but the model outputs "
                    + ParamLayout.group(out.size()) + " scores");
        }
        String dataset = f.optionalText(doc.dataset(), "dataset");
        TrainingInfo training = training();
        return new ModelJson.Header(spec, layout, List.copyOf(classes), dataset, training, optimizerState(layout.total()));
    }

    private ModelSpec architecture(Shape input) {
        if (f.absent("architecture") && f.absent("layers")) throw bad("model.json has neither 'architecture' nor 'layers'");
        String text = f.optionalText(doc.architecture(), "architecture");
        ModelSpec fromText = null;
        if (text != null) {
            try {
                fromText = ModelSpec.parse(text, input);
            } catch (ArchitectureException e) {
                throw bad("the architecture '" + shorten(text) + "' is invalid: " + e.getMessage());
            }
        }
        List<ModelDoc.Layer> list = f.optionalList(doc.layers(), "layers");
        if (list == null) return fromText;
        List<LayerSpec> layers = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) layers.add(layer(list.get(i), "layers[" + i + "]"));
        if (fromText != null && !fromText.layers().equals(layers)) {
            List<LayerSpec> a = fromText.layers();
            int i = 0;
            while (i < Math.min(a.size(), layers.size()) && a.get(i).equals(layers.get(i))) i++;
            String detail = i < Math.min(a.size(), layers.size())
                    ? " at layer " + (i + 1) + ": " + a.get(i).compact() + " in 'architecture', " + describe(layers.get(i)) + " in 'layers'"
                    : ": 'architecture' has " + a.size() + " layers, 'layers' has " + layers.size();
            throw bad("model.json's 'architecture' and 'layers' disagree" + detail);
        }
        return new ModelSpec(input, layers);
    }

    private static String describe(LayerSpec l) {
        return l.kerasType() + " (" + l.compact() + ")";
    }

    private LayerSpec layer(ModelDoc.Layer given, String path) {
        ModelDoc.Layer l = f.object(given, path);
        String type = f.text(l.type(), path + ".type");
        try {
            switch (type) {
                case "Conv2D" -> {
                    int filters = f.wholeInt(l.filters(), path + ".filters", 1, MAX);
                    int[] k = f.pair(l.kernelSize(), path + ".kernel_size", 1, MAX, null);
                    int[] strides = f.pair(l.strides(), path + ".strides", 1, MAX, ONE);
                    Padding padding = padding(l, path, true);
                    rejectUnsupported(l, path);
                    return new Conv2DSpec(filters, k[0], k[1], strides[0], strides[1], padding, activation(l, path, false));
                }
                case "MaxPooling2D", "AveragePooling2D" -> {
                    int[] size = f.pair(l.poolSize(), path + ".pool_size", 1, MAX, new int[] {2, 2});
                    int[] strides = f.pair(l.strides(), path + ".strides", 1, MAX, size);
                    padding(l, path, false);
                    Pool2DSpec.Kind kind = type.equals("MaxPooling2D") ? Pool2DSpec.Kind.MAX : Pool2DSpec.Kind.AVERAGE;
                    return new Pool2DSpec(kind, size[0], size[1], strides[0], strides[1]);
                }
                case "Flatten" -> {
                    return new FlattenSpec();
                }
                case "Dense" -> {
                    int units = f.wholeInt(l.units(), path + ".units", 1, MAX);
                    rejectUnsupported(l, path);
                    return new DenseSpec(units, activation(l, path, false));
                }
                case "Activation" -> {
                    return new ActivationSpec(activation(l, path, true));
                }
                case "Dropout" -> {
                    return new DropoutSpec(f.number(l.rate(), path + ".rate", 0, 1));
                }
                default -> throw bad("model.json: " + path + " is a " + f.show(path + ".type")
                        + " layer, which ConvScope does not support (" + TYPES + ")");
            }
        } catch (ArchitectureException e) {
            throw bad("model.json: " + path + " (" + type + "): " + e.getMessage());
        }
    }

    private Padding padding(ModelDoc.Layer l, String path, boolean sameAllowed) {
        String s = f.optionalText(l.padding(), path + ".padding");
        if (s == null || s.equals("valid")) return Padding.VALID;
        if (s.equals("same") && sameAllowed) return Padding.SAME;
        throw f.wrong(path + ".padding", sameAllowed ? "\"valid\" or \"same\"" : "\"valid\"");
    }

    private Activation activation(ModelDoc.Layer l, String path, boolean required) {
        String name = required ? f.text(l.activation(), path + ".activation") : f.optionalText(l.activation(), path + ".activation");
        return name == null ? Activation.LINEAR : Activation.parse(name); // linear: Keras' default
    }

    // Keras options that would change what the layer computes; ConvScope has none of them
    private void rejectUnsupported(ModelDoc.Layer l, String path) {
        if (!f.absent(path + ".use_bias") && !Boolean.TRUE.equals(l.useBias())) {
            throw bad("model.json: " + path + " has use_bias " + f.show(path + ".use_bias") + "; ConvScope layers always have a bias");
        }
        int[] d = f.pair(l.dilationRate(), path + ".dilation_rate", 1, MAX, ONE);
        if (d[0] != 1 || d[1] != 1) {
            throw bad("model.json: " + path + " has dilation_rate " + f.show(path + ".dilation_rate") + "; ConvScope supports only 1");
        }
        Long groups = f.optionalWhole(l.groups(), path + ".groups", 1, MAX);
        if (groups != null && groups != 1) {
            throw bad("model.json: " + path + " has groups " + f.show(path + ".groups") + "; ConvScope supports only 1");
        }
    }

    // parameter_count, layers[i].output_shape and layers[i].params follow from the architecture:
    // they may be left out, but if given they must be right
    private void checkDerived(ParamLayout layout) {
        Long count = f.optionalWhole(doc.parameterCount(), "parameter_count", 0, Long.MAX_VALUE);
        if (count != null && count != layout.total()) {
            throw bad("model.json: parameter_count is " + f.show("parameter_count") + " but the architecture has "
                    + ParamLayout.group(layout.total()) + " parameters");
        }
        if (doc.layers() == null) return; // the architecture alone; layers, when given, were checked above
        for (int i = 0; i < doc.layers().size(); i++) {
            ModelDoc.Layer l = doc.layers().get(i);
            String path = "layers[" + i + "]";
            List<Long> shape = f.optionalList(l.outputShape(), path + ".output_shape");
            int[] expected = ParamLayout.dims(layout.outputs().get(i));
            if (shape != null && !matches(shape, expected)) {
                throw bad("model.json: " + path + ".output_shape is " + f.show(path + ".output_shape")
                        + " but the layer outputs " + Arrays.toString(expected) + " (C, H, W)");
            }
            Long params = f.optionalWhole(l.params(), path + ".params", 0, Long.MAX_VALUE);
            if (params != null && params != layout.layerParams()[i]) {
                throw bad("model.json: " + path + ".params is " + f.show(path + ".params") + " but the layer has "
                        + ParamLayout.group(layout.layerParams()[i]) + " parameters");
            }
        }
    }

    private static boolean matches(List<Long> values, int[] expected) {
        if (values.size() != expected.length) return false;
        for (int i = 0; i < expected.length; i++) {
            if (values.get(i) == null || values.get(i) != expected[i]) return false;
        }
        return true;
    }

    private void checkParameters(ParamLayout layout) {
        List<ModelDoc.Parameter> list = f.list(doc.parameters(), "parameters");
        List<ParamLayout.Block> blocks = layout.blocks();
        if (list.size() != blocks.size()) {
            throw bad("model.json lists " + list.size() + " parameter tensors but the architecture has " + blocks.size());
        }
        for (int i = 0; i < blocks.size(); i++) {
            String path = "parameters[" + i + "]";
            ParamLayout.Block b = blocks.get(i);
            ModelDoc.Parameter p = f.object(list.get(i), path);
            long layer = f.whole(p.layer(), path + ".layer", 0, Integer.MAX_VALUE);
            String name = f.text(p.name(), path + ".name");
            List<Long> shape = f.list(p.shape(), path + ".shape");
            long offset = f.whole(p.offset(), path + ".offset", 0, Long.MAX_VALUE);
            long length = f.whole(p.length(), path + ".length", 0, Long.MAX_VALUE);
            if (layer != b.layer() || !name.equals(b.name()) || !matches(shape, b.shape()) || offset != b.offset()
                    || length != b.length()) {
                throw bad("model.json: " + path + " does not match the architecture, which has layer " + b.layer() + " "
                        + b.name() + " " + Arrays.toString(b.shape()) + " at offset " + ParamLayout.group(b.offset())
                        + ", length " + ParamLayout.group(b.length()) + " there");
            }
        }
    }

    private TrainingInfo training() {
        ModelDoc.Training t = f.optionalObject(doc.training(), "training");
        if (t == null) t = NO_TRAINING;
        String p = "training.";
        Long seed = f.optionalWhole(t.seed(), p + "seed", Long.MIN_VALUE, Long.MAX_VALUE);
        Long epochs = f.optionalWhole(t.epochs(), p + "epochs", 0, Integer.MAX_VALUE);
        Long batchSize = f.optionalWhole(t.batchSize(), p + "batch_size", 1, Integer.MAX_VALUE);
        ModelDoc.Optimizer optimizer = f.optionalObject(t.optimizer(), p + "optimizer");
        OptimizerConfig config = optimizer == null ? null : config(optimizer, p + "optimizer");
        Long steps = f.optionalWhole(t.steps(), p + "steps", 0, Long.MAX_VALUE);
        double testAccuracy = f.measurement(t.testAccuracy(), p + "test_accuracy", 0, 1);
        double testLoss = f.measurement(t.testLoss(), p + "test_loss", 0, Double.MAX_VALUE);
        Instant created = created(t.created());
        String appVersion = f.optionalText(t.appVersion(), p + "app_version");
        ModelDoc.EpochInProgress progress = f.optionalObject(t.epochInProgress(), p + "epoch_in_progress");
        TrainingInfo.EpochInProgress inProgress = progress == null ? null : inProgress(progress);
        return new TrainingInfo(seed, epochs == null ? 0 : epochs.intValue(), batchSize == null ? null : batchSize.intValue(),
                config, steps == null ? 0 : steps, testAccuracy, testLoss, created, appVersion, history(), inProgress);
    }

    private Instant created(String given) {
        String s = f.optionalText(given, "training.created");
        try {
            return s == null ? null : Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw f.wrong("training.created", "an ISO-8601 time such as \"2025-03-01T09:30:00Z\"");
        }
    }

    private TrainingInfo.EpochInProgress inProgress(ModelDoc.EpochInProgress o) {
        String p = "training.epoch_in_progress.";
        int batches = f.wholeInt(o.batches(), p + "batches", 1, Integer.MAX_VALUE);
        int examples = f.wholeInt(o.examples(), p + "examples", batches, Integer.MAX_VALUE);
        double lossSum = f.number(o.lossSum(), p + "loss_sum", 0, Double.MAX_VALUE);
        long correct = f.whole(o.correct(), p + "correct", 0, examples);
        return new TrainingInfo.EpochInProgress(batches, examples, lossSum, correct);
    }

    private List<TrainingInfo.Epoch> history() {
        List<ModelDoc.Epoch> list = f.optionalList(doc.history(), "history");
        if (list == null) return List.of();
        List<TrainingInfo.Epoch> history = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            String path = "history[" + i + "]";
            ModelDoc.Epoch e = f.object(list.get(i), path);
            String p = path + ".";
            history.add(new TrainingInfo.Epoch(f.wholeInt(e.epoch(), p + "epoch", 0, Integer.MAX_VALUE),
                    f.measurement(e.trainLoss(), p + "train_loss", 0, Double.MAX_VALUE),
                    f.measurement(e.trainAccuracy(), p + "train_accuracy", 0, 1),
                    f.measurement(e.testLoss(), p + "test_loss", 0, Double.MAX_VALUE),
                    f.measurement(e.testAccuracy(), p + "test_accuracy", 0, 1),
                    f.measurement(e.seconds(), p + "seconds", 0, Double.MAX_VALUE)));
        }
        return history;
    }

    // kind and learning_rate are needed; the rest default to Keras' values
    private OptimizerConfig config(ModelDoc.Optimizer o, String path) {
        String kind = f.text(o.kind(), path + ".kind");
        OptimizerConfig.Kind parsed;
        try {
            parsed = OptimizerConfig.Kind.parse(kind);
        } catch (IllegalArgumentException e) {
            throw f.wrong(path + ".kind", "\"adam\" or \"sgd\"");
        }
        double lr = f.number(o.learningRate(), path + ".learning_rate", Double.MIN_VALUE, Double.MAX_VALUE);
        double momentum = orElse(f.optionalNumber(o.momentum(), path + ".momentum", 0, 0.999999), 0);
        double beta1 = orElse(f.optionalNumber(o.beta1(), path + ".beta1", 0, 0.999999), OptimizerConfig.BETA1);
        double beta2 = orElse(f.optionalNumber(o.beta2(), path + ".beta2", 0, 0.999999), OptimizerConfig.BETA2);
        double epsilon = orElse(f.optionalNumber(o.epsilon(), path + ".epsilon", Double.MIN_VALUE, Double.MAX_VALUE), OptimizerConfig.EPSILON);
        return new OptimizerConfig(parsed, lr, momentum, beta1, beta2, epsilon);
    }

    private static double orElse(Double v, double absent) {
        return v == null ? absent : v;
    }

    private ModelJson.OptimizerHeader optimizerState(int parameters) {
        ModelDoc.Optimizer o = f.optionalObject(doc.optimizerState(), "optimizer_state");
        if (o == null) return null;
        OptimizerConfig config = config(o, "optimizer_state");
        long steps = f.whole(o.steps(), "optimizer_state.steps", 0, Long.MAX_VALUE);
        int arrays = f.wholeInt(o.arrays(), "optimizer_state.arrays", 0, 16);
        int expected = OptimizerState.arrayCount(config);
        if (arrays != expected) {
            throw bad("model.json: optimizer_state.arrays is " + arrays + " but " + describe(config) + " keeps " + expected);
        }
        long length = f.whole(o.length(), "optimizer_state.length", 0, Long.MAX_VALUE);
        if (arrays > 0 && length != parameters) {
            throw bad("model.json: optimizer_state.length is " + ParamLayout.group(length) + " but the model has "
                    + ParamLayout.group(parameters) + " parameters");
        }
        return new ModelJson.OptimizerHeader(config, steps, arrays, arrays == 0 ? 0 : parameters);
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
