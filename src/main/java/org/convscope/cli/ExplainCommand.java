package org.convscope.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.convscope.data.Dataset;
import org.convscope.data.DatasetKind;
import org.convscope.data.Datasets;
import org.convscope.data.DigitPreprocessor;
import org.convscope.data.GrayImage;
import org.convscope.data.Split;
import org.convscope.engine.explain.ExplainOptions;
import org.convscope.engine.explain.Explainer;
import org.convscope.engine.explain.Explanation;
import org.convscope.engine.explain.Method;
import org.convscope.engine.explain.Target;
import org.convscope.engine.io.ModelFile;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.layer.spec.LayerInfo;
import org.convscope.engine.model.Sequential;
import org.convscope.images.ImageFiles;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Why a saved model gives its answer for one image: an attribution map at the image's resolution, as numbers
 * ({@code --json}: the map exactly as the method defines it, no display scaling), as a picture in the terminal,
 * or drawn like the Explain view ({@code --out}, which starts JavaFX headless as {@code render} does).
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show which pixels made a model give its answer (saliency, gradient × input, SmoothGrad, Grad-CAM, occlusion).")
final class ExplainCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "A saved model (.cnn.zip).")
    Path modelFile;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--image", paramLabel = "PNG", description = "An image file (preprocessed as MNIST was made).")
        Path image;

        @Option(names = "--dataset", paramLabel = "mnist|fashion-mnist", description = "A test-set image instead (see --index).")
        String dataset;
    }

    @Option(names = "--index", defaultValue = "0", description = "Test-set image (default: ${DEFAULT-VALUE}).")
    int index;

    @Option(names = "--no-preprocess", description = "Only shrink --image to 28×28, without MNIST's crop, 20-px box and centring.")
    boolean noPreprocess;

    @Option(names = "--method", defaultValue = "saliency", paramLabel = "saliency|gradxinput|smoothgrad|gradcam|occlusion",
            description = "The map (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--class", paramLabel = "C", description = "The class to explain, from 0 (default: the model's answer).")
    Integer cls;

    @Option(names = "--target", defaultValue = "logit", paramLabel = "logit|loss",
            description = "Differentiate the class's logit or its loss -log p (default: ${DEFAULT-VALUE}; occlusion measures p).")
    String target;

    @Option(names = "--layer", paramLabel = "N", description = "Grad-CAM: the convolution, as an architecture layer from 1 (default: the last).")
    Integer layer;

    @Option(names = "--patch", defaultValue = "4", description = "Occlusion: patch size in pixels (default: ${DEFAULT-VALUE}).")
    int patch;

    @Option(names = "--stride", defaultValue = "1", description = "Occlusion: step between patches (default: ${DEFAULT-VALUE}).")
    int stride;

    @Option(names = "--samples", defaultValue = "50", description = "SmoothGrad: noisy copies (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--sigma", defaultValue = "0.15", description = "SmoothGrad: noise standard deviation, pixels 0..1 (default: ${DEFAULT-VALUE}).")
    double sigma;

    @Option(names = "--seed", defaultValue = "1", description = "SmoothGrad: noise seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "One JSON line: class, method, layer, width, height, map (row-major), probabilities.")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE.png", description = "Also draw the image with the map over it, as the Explain view does.")
    Path out;

    @Option(names = "--lang", defaultValue = "en", paramLabel = "en|ko", description = "Language of --out's texts (default: ${DEFAULT-VALUE}).")
    String lang;

    private record Input(String name, float[] pixels, DatasetKind dataset, Integer testIndex, Integer trueClass) {
    }

    @Override
    public Integer call() throws IOException {
        if (!lang.equals("en") && !lang.equals("ko")) throw new IllegalArgumentException("--lang must be en or ko");
        if (out != null) {
            Path dir = out.toAbsolutePath().getParent();
            if (dir == null || !Files.isDirectory(dir)) throw new IllegalArgumentException("cannot write " + out + ": no such folder");
        }
        SavedModel saved = ModelFile.read(modelFile);
        Sequential model = saved.toSequential();
        if (!model.inputShape().equals(DigitPreprocessor.inputShape())) {
            throw new IllegalArgumentException("this model expects " + model.inputShape().toDisplay() + " inputs; explain handles 28×28×1");
        }
        ExplainOptions options = options(saved);
        Input in = source.image != null ? imageInput(saved) : datasetInput();
        Explanation e = Explainer.of(saved.spec(), model.params()).explain(in.pixels(), options);
        if (json) System.out.println(Json.line(jsonOf(e)));
        else print(in, e, saved);
        if (out != null) {
            RenderFx.render(new RenderFx.ExplainJob(saved.spec(), model.params(), in.pixels(), in.dataset(), in.testIndex(),
                    in.trueClass(), options.withClass(e.classIndex()), true), Locale.forLanguageTag(lang), false, 0, 2, out);
            if (!json) System.out.println("Wrote " + out);
        }
        return 0;
    }

    private ExplainOptions options(SavedModel saved) {
        Method m = Method.parse(method);
        Target t = switch (target.trim().toLowerCase(Locale.ROOT)) {
            case "logit" -> Target.LOGIT;
            case "loss" -> Target.LOSS;
            default -> throw new IllegalArgumentException("--target must be logit or loss, got " + target);
        };
        int classes = saved.classes().size();
        if (cls != null && (cls < 0 || cls >= classes)) throw new IllegalArgumentException("--class must be in 0.." + (classes - 1) + ", got " + cls);
        int specLayer = ExplainOptions.LAST_CONV;
        if (layer != null) {
            List<LayerInfo> infos = saved.spec().infer();
            List<Integer> convs = infos.stream().filter(i -> i.spec().kerasType().equals("Conv2D")).map(i -> i.index() + 1).toList();
            if (!convs.contains(layer)) {
                throw new IllegalArgumentException("--layer must be a convolution layer of this model: one of " + convs + ", got " + layer);
            }
            specLayer = layer - 1;
        }
        return new ExplainOptions(m, cls == null ? ExplainOptions.PREDICTED : cls, t, specLayer, patch, stride, 0f, samples, sigma, seed);
    }

    private static Map<String, Object> jsonOf(Explanation e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("class", e.classIndex());
        m.put("method", e.method().id());
        m.put("layer", e.layer() < 0 ? null : e.layer() + 1);
        m.put("width", e.width());
        m.put("height", e.height());
        m.put("map", e.map());
        m.put("probabilities", e.probabilities());
        return m;
    }

    private void print(Input in, Explanation e, SavedModel saved) {
        List<String> names = saved.classes();
        String truth = in.trueClass() == null ? "" : (in.trueClass() == e.predicted() ? "  ✓" : "  ✗ (true: " + names.get(in.trueClass()) + ")");
        System.out.printf(Locale.ROOT, "%s: %s (%.1f%%)%s%n", in.name(), names.get(e.predicted()), 100 * e.probabilities()[e.predicted()], truth);
        String layerName = e.layer() < 0 ? "" : " of " + saved.spec().infer().get(e.layer()).name() + " (layer " + (e.layer() + 1) + ")";
        int peak = IntStream.range(0, e.map().length).boxed().max(Comparator.comparingDouble(i -> Math.abs(e.map()[i]))).orElse(0);
        System.out.printf(Locale.ROOT, "%s%s for %s, %d×%d: largest |value| %.4g at row %d, column %d%n", e.method().id(), layerName,
                names.get(e.classIndex()), e.width(), e.height(), e.map()[peak], peak / e.width(), peak % e.width());
        System.out.print(TerminalMap.of(e));
    }

    private Input imageInput(SavedModel saved) throws IOException {
        DatasetKind kind = DatasetKind.FASHION_MNIST.id().equals(saved.dataset()) ? DatasetKind.FASHION_MNIST : DatasetKind.MNIST;
        GrayImage ink = ImageFiles.readInk(source.image);
        DigitPreprocessor.Mode mode = kind == DatasetKind.FASHION_MNIST ? DigitPreprocessor.Mode.FILL : DigitPreprocessor.Mode.DIGIT;
        GrayImage img = noPreprocess ? DigitPreprocessor.shrink(ink) : DigitPreprocessor.preprocess(ink, mode);
        return new Input(source.image.toString(), img.pixels(), kind, null, null);
    }

    private Input datasetInput() {
        DatasetKind kind = DatasetKind.parse(source.dataset);
        Dataset test = Datasets.load(kind, Split.TEST);
        if (index < 0 || index >= test.size()) throw new IllegalArgumentException("--index must be in 0.." + (test.size() - 1) + ", got " + index);
        float[] px = new float[test.imageSize()];
        test.writeNormalised(index, px, 0);
        return new Input(kind.id() + "[" + index + "]", px, kind, index, test.label(index));
    }
}
