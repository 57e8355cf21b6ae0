package org.convscope.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.convscope.data.Dataset;
import org.convscope.data.DatasetKind;
import org.convscope.data.Datasets;
import org.convscope.data.DigitPreprocessor;
import org.convscope.data.GrayImage;
import org.convscope.data.Split;
import org.convscope.engine.explain.ExplainOptions;
import org.convscope.engine.explain.Method;
import org.convscope.engine.io.ModelFile;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.Inspection;
import org.convscope.engine.model.Inspector;
import org.convscope.engine.model.Sequential;
import org.convscope.images.ImageFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Draws one of the app's own views to a PNG, headless, for slides and handouts. The view classes
 * are the app's (one implementation of each view); only JavaFX's start-up differs.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Draw a view of the app (architecture, kernels, featuremaps, results, explain) to a PNG, without a window.")
final class RenderCommand implements Callable<Integer> {

    enum View { architecture, kernels, featuremaps, results, explain }

    @Parameters(index = "0", paramLabel = "architecture|kernels|featuremaps|results|explain", description = "Which view.")
    View view;

    @Option(names = "--model", paramLabel = "FILE", description = "A saved model (.cnn.zip); needed for kernels, featuremaps and results.")
    Path modelFile;

    @Option(names = "--arch", paramLabel = "seed|SPEC", description = "For architecture without a model file.")
    String arch;

    @Option(names = "--dataset", paramLabel = "mnist|fashion-mnist", description = "Test set of the probe image, or of the results (default: the model's).")
    String dataset;

    @Option(names = "--index", defaultValue = "0", description = "Test-set image for featuremaps (default: ${DEFAULT-VALUE}).")
    int index;

    @Option(names = "--image", paramLabel = "PNG", description = "An image file as the probe instead (preprocessed like MNIST).")
    Path image;

    @Option(names = "--layer", description = "Only this layer (kernels: the n-th conv layer, from 1; featuremaps: architecture layer, from 1; "
            + "explain: Grad-CAM's convolution, architecture layer from 1).")
    Integer layer;

    @Option(names = "--method", defaultValue = "saliency", paramLabel = "saliency|gradxinput|smoothgrad|gradcam|occlusion",
            description = "explain: the map (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--class", paramLabel = "C", description = "explain: the class to explain, from 0 (default: the model's answer).")
    Integer cls;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "Where to write the PNG.")
    Path out;

    @Option(names = "--lang", defaultValue = "en", paramLabel = "en|ko", description = "Language of the texts (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--dark", description = "Dark theme.")
    boolean dark;

    @Option(names = "--width", defaultValue = "1280", description = "Width in pixels (default: ${DEFAULT-VALUE}).")
    double width;

    @Option(names = "--scale", defaultValue = "1", description = "Pixel scale, 2 for slides (default: ${DEFAULT-VALUE}).")
    double scale;

    @Override
    public Integer call() throws IOException {
        if (!lang.equals("en") && !lang.equals("ko")) throw new IllegalArgumentException("--lang must be en or ko");
        if (!(width >= 200 && width <= 8000)) throw new IllegalArgumentException("--width must be between 200 and 8000");
        if (!(scale > 0 && scale <= 4)) throw new IllegalArgumentException("--scale must be in (0, 4]");
        Path dir = out.toAbsolutePath().getParent();
        if (dir == null || !java.nio.file.Files.isDirectory(dir)) throw new IllegalArgumentException("cannot write " + out + ": no such folder");
        if (view == View.explain) return renderExplain();
        RenderFx.Job job = switch (view) {
            case architecture -> new RenderFx.Job(view.name(), architectureSpec(), null, null, null, layer);
            case kernels -> {
                SavedModel m = model();
                yield new RenderFx.Job(view.name(), m.spec(), m.toSequential().params().clone(), null, null, layer);
            }
            case featuremaps -> {
                SavedModel m = model();
                DatasetKind kind = datasetOf(m);
                Sequential model = m.toSequential();
                Inspection ins = Inspector.inspect(model, probeImage(kind));
                yield new RenderFx.Job(view.name(), m.spec(), model.params().clone(), ins, kind, layer);
            }
            case results -> {
                SavedModel m = model();
                yield new RenderFx.Job(view.name(), m.spec(), m.toSequential().params().clone(), null, datasetOf(m), null);
            }
            case explain -> throw new IllegalStateException("drawn by renderExplain");
        };
        RenderFx.render(job, Locale.forLanguageTag(lang), dark, width, scale, out);
        System.out.println("Wrote " + out);
        return 0;
    }

    // the Explain view of the probe image, explained with the model's weights
    private int renderExplain() throws IOException {
        SavedModel m = model();
        DatasetKind kind = datasetOf(m);
        Integer truth = image == null ? Datasets.load(kind, Split.TEST).label(index) : null;
        ExplainOptions options = ExplainOptions.of(Method.parse(method))
                .withClass(cls == null ? ExplainOptions.PREDICTED : cls)
                .withLayer(layer == null ? ExplainOptions.LAST_CONV : layer - 1);
        RenderFx.render(new RenderFx.ExplainJob(m.spec(), m.toSequential().params(), probeImage(kind), kind,
                image == null ? index : null, truth, options, false), Locale.forLanguageTag(lang), dark, width, scale, out);
        System.out.println("Wrote " + out);
        return 0;
    }

    private ModelSpec architectureSpec() throws IOException {
        if (modelFile != null) return model().spec();
        return ModelSpec.parse(arch == null ? "seed" : arch);
    }

    private SavedModel model() throws IOException {
        if (modelFile == null) throw new IllegalArgumentException("render " + view + " needs --model FILE");
        return ModelFile.read(modelFile);
    }

    private DatasetKind datasetOf(SavedModel m) {
        if (dataset != null) return DatasetKind.parse(dataset);
        return m.dataset() != null ? DatasetKind.parse(m.dataset()) : DatasetKind.MNIST;
    }

    private float[] probeImage(DatasetKind kind) throws IOException {
        if (image != null) {
            GrayImage ink = ImageFiles.readInk(image);
            DigitPreprocessor.Mode mode = kind == DatasetKind.FASHION_MNIST ? DigitPreprocessor.Mode.FILL : DigitPreprocessor.Mode.DIGIT;
            return DigitPreprocessor.preprocess(ink, mode).pixels();
        }
        Dataset test = Datasets.load(kind, Split.TEST);
        if (index < 0 || index >= test.size()) throw new IllegalArgumentException("--index must be in 0.." + (test.size() - 1));
        float[] px = new float[test.imageSize()];
        test.writeNormalised(index, px, 0);
        return px;
    }
}
