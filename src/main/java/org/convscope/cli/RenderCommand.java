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
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.Inspection;
import org.convscope.engine.model.Inspector;
import org.convscope.engine.model.Sequential;
import org.convscope.images.ImageFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Draws one of the app's own views to a PNG, headless, for slides and handouts. The view classes
 * are the app's (one implementation of each view); only JavaFX's start-up differs.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Draw a view of the app (architecture, kernels, featuremaps, results, drawpad, explain, patches, dream, embedding) to a PNG, without a window.")
final class RenderCommand implements Callable<Integer> {

    enum View { architecture, kernels, featuremaps, results, drawpad, explain, patches, dream, embedding }

    @Parameters(index = "0", paramLabel = "architecture|kernels|featuremaps|results|drawpad|explain|patches|dream|embedding", description = "Which view.")
    View view;

    @Mixin SharedOptions.ModelOrNone model;

    @Mixin SharedOptions.Arch arch;

    @Mixin SharedOptions.DatasetOrDefault dataset;

    @Option(names = "--index", defaultValue = "0", description = "Test-set image for featuremaps and drawpad (default: ${DEFAULT-VALUE}).")
    int index;

    @Option(names = "--image", paramLabel = "PNG", description = "An image file instead (featuremaps: preprocessed like MNIST; drawpad: shown with its preprocessing steps).")
    Path image;

    @Option(names = "--layer", description = "Only this layer (kernels, patches: the n-th conv layer, from 1; featuremaps: architecture layer, from 1; "
            + "explain: Grad-CAM's convolution, architecture layer from 1; dream: the filters of this convolution, architecture layer from 1; "
            + "embedding: a flat layer, architecture layer from 1).")
    Integer layer;

    @Option(names = "--method", paramLabel = "saliency|gradxinput|smoothgrad|gradcam|occlusion|pca|tsne",
            description = "explain: the map (default: saliency); embedding: pca or tsne (default: pca).")
    String method;

    @Option(names = "--class", paramLabel = "C", description = "explain: the class to explain, from 0 (default: the model's answer); "
            + "dream: the class (or with --layer the filter) shown large (default: 0).")
    Integer cls;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "Where to write the PNG.")
    Path out;

    @Mixin SharedOptions.Language lang;

    @Option(names = "--dark", description = "Dark theme.")
    boolean dark;

    @Option(names = "--width", defaultValue = "1280", description = "Width in pixels (default: ${DEFAULT-VALUE}).")
    double width;

    @Option(names = "--scale", defaultValue = "1", description = "Pixel scale, 2 for slides (default: ${DEFAULT-VALUE}).")
    double scale;

    @Override
    public Integer call() throws IOException {
        Locale locale = lang.locale();
        if (!(width >= 200 && width <= 8000)) throw new IllegalArgumentException("--width must be between 200 and 8000");
        if (!(scale > 0 && scale <= 4)) throw new IllegalArgumentException("--scale must be in (0, 4]");
        Path dir = out.toAbsolutePath().getParent();
        if (dir == null || !java.nio.file.Files.isDirectory(dir)) throw new IllegalArgumentException("cannot write " + out + ": no such folder");
        if (view == View.explain) return renderExplain();
        if (view == View.patches || view == View.dream || view == View.embedding) return renderLearned();
        RenderFx.Job job = switch (view) {
            case architecture -> new RenderFx.Job(view.name(), architectureSpec(), null, null, null, layer, null, null);
            case kernels -> {
                SavedModel m = savedModel();
                yield new RenderFx.Job(view.name(), m.spec(), m.toSequential().params().clone(), null, null, layer, null, null);
            }
            case featuremaps -> {
                SavedModel m = savedModel();
                DatasetKind kind = datasetOf(m);
                Sequential model = m.toSequential();
                Inspection ins = Inspector.inspect(model, probeImage(kind));
                yield new RenderFx.Job(view.name(), m.spec(), model.params().clone(), ins, kind, layer, null, null);
            }
            case results -> {
                SavedModel m = savedModel();
                yield new RenderFx.Job(view.name(), m.spec(), m.toSequential().params().clone(), null, datasetOf(m), null, null, null);
            }
            case drawpad -> {
                SavedModel m = savedModel();
                yield new RenderFx.Job(view.name(), m.spec(), null, null, datasetOf(m), null, m, drawing(datasetOf(m)));
            }
            case explain, patches, dream, embedding -> throw new IllegalStateException("drawn by renderExplain or renderLearned");
        };
        RenderFx.render(job, locale, dark, width, scale, out);
        System.out.println("Wrote " + out);
        return 0;
    }

    // the Explain view of the probe image, explained with the model's weights
    private int renderExplain() throws IOException {
        SavedModel m = savedModel();
        DatasetKind kind = datasetOf(m);
        Integer truth = image == null ? Datasets.load(kind, Split.TEST).label(index) : null;
        ExplainOptions options = ExplainOptions.of(Method.parse(method == null ? "saliency" : method))
                .withClass(cls == null ? ExplainOptions.PREDICTED : cls)
                .withLayer(layer == null ? ExplainOptions.LAST_CONV : layer - 1);
        RenderFx.render(new RenderFx.ExplainJob(m.spec(), m.toSequential().params(), probeImage(kind), kind,
                image == null ? index : null, truth, options, false), lang.locale(), dark, width, scale, out);
        System.out.println("Wrote " + out);
        return 0;
    }

    // what the network learned: top patches beside the kernels, feature visualization, the embedding map
    private int renderLearned() throws IOException {
        SavedModel m = savedModel();
        DatasetKind kind = datasetOf(m);
        RenderFx.LearnedJob job = switch (view) {
            case patches -> new RenderFx.LearnedJob(view.name(), m.spec(), m.toSequential().params(), kind, layer, null, null, null);
            case dream -> new RenderFx.LearnedJob(view.name(), m.spec(), m.toSequential().params(), kind,
                    layer == null ? null : layer - 1, null, cls == null ? 0 : cls, null);
            default -> new RenderFx.LearnedJob(view.name(), m.spec(), m.toSequential().params(), kind, layer == null ? null : layer - 1,
                    method == null ? "pca" : method, null, image == null ? null : probeImage(kind));
        };
        RenderFx.render(job, lang.locale(), dark, width, scale, out);
        System.out.println("Wrote " + out);
        return 0;
    }

    private ModelSpec architectureSpec() throws IOException {
        SavedModel m = model.readOrNull();
        return m != null ? m.spec() : arch.spec();
    }

    private SavedModel savedModel() throws IOException {
        SavedModel m = model.readOrNull();
        if (m == null) throw new IllegalArgumentException("render " + view + " needs --model FILE");
        return m;
    }

    private DatasetKind datasetOf(SavedModel m) {
        return dataset.kind().orElseGet(() -> m.dataset() != null ? DatasetKind.parse(m.dataset()) : DatasetKind.MNIST);
    }

    // the draw pad's source: a picture as it is (the pad shows its preprocessing), or a test image (ink = 1)
    private GrayImage drawing(DatasetKind kind) throws IOException {
        if (image != null) return ImageFiles.readInk(image);
        Dataset test = Datasets.load(kind, Split.TEST);
        if (index < 0 || index >= test.size()) throw new IllegalArgumentException("--index must be in 0.." + (test.size() - 1));
        float[] px = new float[test.imageSize()];
        test.writeNormalised(index, px, 0);
        return new GrayImage(test.width(), test.height(), px);
    }

    private float[] probeImage(DatasetKind kind) throws IOException {
        if (image != null) {
            GrayImage ink = ImageFiles.readInk(image);
            return DigitPreprocessor.preprocess(ink, DigitPreprocessor.modeFor(kind)).pixels();
        }
        Dataset test = Datasets.load(kind, Split.TEST);
        if (index < 0 || index >= test.size()) throw new IllegalArgumentException("--index must be in 0.." + (test.size() - 1));
        float[] px = new float[test.imageSize()];
        test.writeNormalised(index, px, 0);
        return px;
    }
}
