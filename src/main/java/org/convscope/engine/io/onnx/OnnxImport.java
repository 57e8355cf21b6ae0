package org.convscope.engine.io.onnx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.convscope.engine.io.ModelFile;
import org.convscope.engine.io.ModelFileException;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.io.TrainingInfo;
import org.convscope.engine.layer.spec.Activation;
import org.convscope.engine.layer.spec.ActivationSpec;
import org.convscope.engine.layer.spec.Conv2DSpec;
import org.convscope.engine.layer.spec.DenseSpec;
import org.convscope.engine.layer.spec.DropoutSpec;
import org.convscope.engine.layer.spec.LayerSpec;
import org.convscope.engine.layer.spec.ModelSpec;

/**
 * Reads an {@code .onnx} file of a sequential CNN (PyTorch's {@code torch.onnx.export}, opsets
 * {@value #MIN_OPSET}–{@value #MAX_OPSET}, or ConvScope's own {@link OnnxExport}) as a
 * {@link SavedModel}: the engine's own layers and the weights in file layout, so every view works
 * on it. Class names and the dataset come from {@code metadata_props} when the file has them;
 * otherwise the classes are numbers and the dataset is left to the user (null). A file ConvScope
 * wrote also gets its exact architecture back (dropout rates, a linear last layer), since ONNX
 * keeps neither.
 */
public final class OnnxImport {
    /** The file name ending. */
    public static final String EXTENSION = ".onnx";
    static final int MIN_OPSET = 11, MAX_OPSET = 22;
    /** The largest file read: the most weights a model file may hold, and room for the graph. */
    static final long MAX_FILE_BYTES = 4L * ModelFile.MAX_WEIGHTS + (64 << 20);
    private static final ObjectMapper JSON = new ObjectMapper();

    private OnnxImport() {
    }

    /** Reads and checks {@code file}; every problem is one {@link ModelFileException} naming the file. */
    public static SavedModel read(Path file) throws ModelFileException {
        String name = AtomicFile.name(file);
        if (Files.isDirectory(file)) throw new ModelFileException(name + " is a folder, not a model file");
        if (!Files.exists(file)) throw new ModelFileException(name + " does not exist");
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size == 0) throw new ModelFileException(name + ": the file is empty (0 bytes), not a model");
            if (size > MAX_FILE_BYTES) {
                throw new ModelFileException(name + ": the file is " + ChainWalk.group(size >> 20) + " MB, more than a model of "
                        + ChainWalk.group(ModelFile.MAX_WEIGHTS) + " parameters needs");
            }
            bytes = Files.readAllBytes(file);
        } catch (ModelFileException e) {
            throw e;
        } catch (IOException e) {
            throw new ModelFileException(name + " cannot be read: " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            throw new ModelFileException(name + ": loading it needs more memory than Java has free");
        }
        try {
            return fromBytes(bytes);
        } catch (OnnxProblem p) {
            throw new ModelFileException(p.messageFor(name));
        }
    }

    /** The model in {@code bytes}; problems are {@link OnnxProblem}s, without the file's name. */
    static SavedModel fromBytes(byte[] bytes) {
        OnnxGraph.Model model = OnnxDecoder.decode(bytes);
        Long opset = model.opsets().get("");
        if (opset == null) throw OnnxProblem.refused("the model names no ONNX opset (opset_import)");
        if (opset < MIN_OPSET || opset > MAX_OPSET) {
            throw OnnxProblem.refused("the model uses opset " + opset + "; ConvScope reads opsets " + MIN_OPSET + " to " + MAX_OPSET);
        }
        if (model.graph().sparseInitializers() > 0) throw OnnxProblem.refused("the model has sparse weights; ConvScope reads dense ones");
        ChainWalk.Chain chain = ChainWalk.walk(model.graph(), opset.intValue());
        ModelSpec spec = new ModelSpec(chain.input(), chain.layers());
        spec = ownArchitecture(model.metadata(), spec);
        int classes = spec.outputShape().size();
        Map<String, String> meta = model.metadata();
        String dataset = meta.get(OnnxExport.META_DATASET);
        if (dataset != null && (dataset.isBlank() || dataset.length() > 100)) dataset = null;
        TrainingInfo training = meta.containsKey(OnnxExport.META_VERSION)
                ? TrainingInfo.builder().appVersion(meta.get(OnnxExport.META_VERSION)).build() : TrainingInfo.empty();
        try {
            return new SavedModel(spec, chain.weights(), classNames(meta, classes), dataset, training, null);
        } catch (IllegalArgumentException e) {
            throw OnnxProblem.refused(e.getMessage());
        }
    }

    // The class names ConvScope wrote, if they fit; else 0, 1, 2, …
    private static List<String> classNames(Map<String, String> meta, int classes) {
        String text = meta.get(OnnxExport.META_CLASSES);
        if (text != null && text.length() < (1 << 20)) {
            try {
                JsonNode names = JSON.readTree(text);
                if (names != null && names.isArray() && names.size() == classes) {
                    List<String> out = new ArrayList<>();
                    for (JsonNode n : names) {
                        if (!n.isTextual()) break;
                        out.add(n.asText());
                    }
                    if (out.size() == classes) return out;
                }
            } catch (IOException | RuntimeException ignored) {
                // not ConvScope's list: numbers, as for any other file
            }
        }
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < classes; i++) numbers.add(String.valueOf(i));
        return numbers;
    }

    /**
     * The architecture ConvScope wrote in the metadata, when it is the graph's own up to what ONNX
     * does not keep (Dropout, a final softmax the export added); otherwise the graph's.
     */
    private static ModelSpec ownArchitecture(Map<String, String> meta, ModelSpec fromGraph) {
        String text = meta.get(OnnxExport.META_ARCHITECTURE);
        if (text == null || text.length() > 10_000) return fromGraph;
        ModelSpec written;
        try {
            written = ModelSpec.parse(text, fromGraph.input());
            written.infer();
        } catch (RuntimeException e) {
            return fromGraph;
        }
        return canonical(written).equals(canonical(fromGraph)) ? written : fromGraph;
    }

    // Without dropouts, activations folded into the layer before, and a softmax on a linear last layer.
    private static List<LayerSpec> canonical(ModelSpec spec) {
        List<LayerSpec> out = new ArrayList<>();
        for (LayerSpec s : spec.layers()) {
            if (s instanceof DropoutSpec) continue;
            LayerSpec last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (s instanceof ActivationSpec a && last != null && last.activation() == Activation.LINEAR
                    && (last instanceof Conv2DSpec || last instanceof DenseSpec)) {
                out.set(out.size() - 1, NodeLayers.withActivation(last, a.activation()));
            } else {
                out.add(s);
            }
        }
        LayerSpec last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (last != null && last.activation() == Activation.LINEAR && (last instanceof Conv2DSpec || last instanceof DenseSpec)) {
            out.set(out.size() - 1, NodeLayers.withActivation(last, Activation.SOFTMAX));
        }
        return out;
    }
}
