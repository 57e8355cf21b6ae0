package org.convscope.engine.io;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.convscope.engine.layer.spec.ActivationSpec;
import org.convscope.engine.layer.spec.ArchitectureException;
import org.convscope.engine.layer.spec.Conv2DSpec;
import org.convscope.engine.layer.spec.DenseSpec;
import org.convscope.engine.layer.spec.DropoutSpec;
import org.convscope.engine.layer.spec.LayerSpec;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.layer.spec.Pool2DSpec;
import org.convscope.engine.optim.OptimizerConfig;
import org.convscope.engine.tensor.Shape;

/** model.json: a {@link SavedModel} written as a {@link ModelDoc}, and read back into one and checked. */
final class ModelJson {
    // strict about the syntax; what the values mean is ModelJsonCheck's to say
    private static final ObjectMapper PARSER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final Set<String> EXPANDED = Set.of("layers", "parameters", "training", "history", "optimizer_state");

    private ModelJson() {
    }

    /** What model.json says, checked: everything needed to read the binary entries that follow. */
    record Header(ModelSpec spec, ParamLayout layout, List<String> classes, String dataset, TrainingInfo training,
                  OptimizerHeader optimizer) {
    }

    /** optimizer_state: the settings, the step count, and how optimizer.bin is cut into arrays. */
    record OptimizerHeader(OptimizerConfig config, long steps, int arrays, int length) {
    }

    static Header read(byte[] bytes) {
        JsonNode tree;
        try {
            tree = PARSER.readTree(bytes);
        } catch (StreamReadException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw FormatProblem.invalid("model.json is not valid JSON" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw FormatProblem.invalid("model.json is not valid JSON: " + e.getMessage());
        }
        if (!(tree instanceof ObjectNode)) throw FormatProblem.notAModel("model.json does not hold a JSON object");
        return new ModelJsonCheck(tree).header();
    }

    static byte[] write(SavedModel m, ParamLayout layout) {
        ModelSpec spec = m.spec();
        List<ModelDoc.Layer> layers = new ArrayList<>();
        for (int i = 0; i < spec.layers().size(); i++) {
            layers.add(layer(spec.layers().get(i), longs(ParamLayout.dims(layout.outputs().get(i))), layout.layerParams()[i]));
        }
        List<ModelDoc.Parameter> parameters = layout.blocks().stream().map(b -> new ModelDoc.Parameter((long) b.layer(),
                b.name(), longs(b.shape()), (long) b.offset(), (long) b.length())).toList();
        Shape in = spec.input();
        OptimizerState state = m.optimizer();
        ModelDoc doc = new ModelDoc(ModelFile.FORMAT, (long) ModelFile.VERSION,
                new ModelDoc.Input((long) in.channels(), (long) in.height(), (long) in.width()), compactIfExact(spec),
                (long) layout.total(), layers, parameters, m.classes(), m.dataset(), training(m.training()),
                m.training().history().stream().map(ModelJson::epoch).toList(),
                state == null ? null : optimizer(state.config(), state));
        byte[] json = JsonRecords.write(doc, new JsonLayout(EXPANDED));
        byte[] line = Arrays.copyOf(json, json.length + 1);
        line[json.length] = '\n';
        return line;
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

    // the fields of the layer's type in Keras' terms; pooling is always "valid"
    private static ModelDoc.Layer layer(LayerSpec spec, List<Long> outputShape, long params) {
        String type = spec.kerasType();
        if (spec instanceof Conv2DSpec c) {
            return new ModelDoc.Layer(type, (long) c.filters(), null, null, longs(c.kernelH(), c.kernelW()),
                    longs(c.strideH(), c.strideW()), c.padding().kerasName(), c.activation().kerasName(), null,
                    null, null, null, outputShape, params);
        } else if (spec instanceof Pool2DSpec p) {
            return new ModelDoc.Layer(type, null, null, longs(p.sizeH(), p.sizeW()), null, longs(p.strideH(), p.strideW()),
                    "valid", null, null, null, null, null, outputShape, params);
        } else if (spec instanceof DenseSpec d) {
            return new ModelDoc.Layer(type, null, (long) d.units(), null, null, null, null, d.activation().kerasName(),
                    null, null, null, null, outputShape, params);
        } else if (spec instanceof ActivationSpec a) {
            return new ModelDoc.Layer(type, null, null, null, null, null, null, a.activation().kerasName(), null,
                    null, null, null, outputShape, params);
        }
        Double rate = spec instanceof DropoutSpec d ? d.rate() : null; // Flatten has no fields
        return new ModelDoc.Layer(type, null, null, null, null, null, null, null, rate, null, null, null, outputShape, params);
    }

    private static ModelDoc.Training training(TrainingInfo t) {
        TrainingInfo.EpochInProgress p = t.inProgress(); // written only then: a file saved between epochs reads as before
        return new ModelDoc.Training(t.seed(), (long) t.epochs(), t.batchSize() == null ? null : (long) t.batchSize(),
                t.optimizer() == null ? null : optimizer(t.optimizer(), null), t.steps(), finite(t.testAccuracy()),
                finite(t.testLoss()), t.created() == null ? null : t.created().toString(), t.appVersion(),
                p == null ? null : new ModelDoc.EpochInProgress((long) p.batches(), (long) p.examples(), p.lossSum(), p.correct()));
    }

    private static ModelDoc.Epoch epoch(TrainingInfo.Epoch e) {
        return new ModelDoc.Epoch((long) e.epoch(), finite(e.trainLoss()), finite(e.trainAccuracy()), finite(e.testLoss()),
                finite(e.testAccuracy()), finite(e.seconds()));
    }

    // the settings, and with a state its steps and arrays (training.optimizer has none)
    private static ModelDoc.Optimizer optimizer(OptimizerConfig c, OptimizerState s) {
        return new ModelDoc.Optimizer(c.kind().name().toLowerCase(Locale.ROOT), c.learningRate(), c.momentum(), c.beta1(),
                c.beta2(), c.epsilon(), s == null ? null : s.steps(), s == null ? null : (long) s.arrays().length,
                s == null ? null : (long) s.length());
    }

    // not measured, or not finite (a diverged loss): null
    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static List<Long> longs(int... values) {
        return Arrays.stream(values).mapToObj(v -> (long) v).toList();
    }
}
