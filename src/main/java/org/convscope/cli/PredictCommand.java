package org.convscope.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.convscope.data.Dataset;
import org.convscope.data.DatasetKind;
import org.convscope.data.Datasets;
import org.convscope.data.DigitPreprocessor;
import org.convscope.data.GrayImage;
import org.convscope.data.Split;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.layer.ActivationLayer;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.tensor.Tensor;
import org.convscope.images.ImageFiles;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Classify images (files or folders, preprocessed as MNIST was made) or test-set examples.")
final class PredictCommand implements Callable<Integer> {

    @Mixin SharedOptions.Model model;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--image", arity = "1..*", paramLabel = "PNG", description = "Image files, or folders of them.")
        List<Path> images;

        @Option(names = "--dataset", paramLabel = "mnist|fashion-mnist", description = "Take test-set examples instead.")
        String dataset;
    }

    @Option(names = "--index", defaultValue = "0", description = "First test-set example (default: ${DEFAULT-VALUE}).")
    int index;

    @Option(names = "--count", defaultValue = "1", description = "How many test-set examples (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--no-preprocess", description = "Only shrink images to 28×28, without MNIST's crop, 20-px box and centring.")
    boolean noPreprocess;

    @Mixin SharedOptions.JsonOutput json;

    private record Input(String name, float[] pixels, Integer trueClass) {
    }

    @Override
    public Integer call() throws IOException {
        SavedModel saved = model.read();
        Sequential network = saved.toSequential();
        if (!network.inputShape().equals(DigitPreprocessor.inputShape())) {
            throw new IllegalArgumentException("this model expects " + network.inputShape().toDisplay() + " inputs; predict handles 28×28×1");
        }
        List<Input> inputs = source.images != null ? imageInputs(saved) : datasetInputs();
        int correct = 0, labelled = 0;
        int k = network.classes();
        for (int from = 0; from < inputs.size(); from += BATCH) {
            List<Input> chunk = inputs.subList(from, Math.min(inputs.size(), from + BATCH));
            float[] allLogits = logits(network, chunk);
            float[] allProbs = new float[allLogits.length];
            ActivationLayer.softmax(allLogits, allProbs, chunk.size(), k);
            for (int b = 0; b < chunk.size(); b++) {
                Input in = chunk.get(b);
                float[] probs = Arrays.copyOfRange(allProbs, b * k, (b + 1) * k);
                float[] logits = Arrays.copyOfRange(allLogits, b * k, (b + 1) * k);
                int best = argmax(probs);
                if (in.trueClass() != null) {
                    labelled++;
                    if (best == in.trueClass()) correct++;
                }
                print(in, best, probs, logits, saved.classes());
            }
        }
        if (!json.enabled && labelled > 1) {
            System.out.printf(Locale.ROOT, "%d of %d correct (%.2f%%)%n", correct, labelled, 100.0 * correct / labelled);
        }
        return 0;
    }

    // Many images at a time: one pass over a batch is far cheaper than one pass per image.
    private static final int BATCH = 64;

    private static float[] logits(Sequential model, List<Input> chunk) {
        int size = model.inputShape().size();
        Tensor x = new Tensor(chunk.size(), model.inputShape());
        for (int b = 0; b < chunk.size(); b++) System.arraycopy(chunk.get(b).pixels(), 0, x.data(), b * size, size);
        Tensor z = model.forward(x, false);
        return Arrays.copyOf(z.data(), chunk.size() * model.classes());
    }

    private void print(Input in, int best, float[] probs, float[] logits, List<String> classes) {
        if (json.enabled) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", in.name());
            m.put("class", best);
            m.put("label", classes.get(best));
            if (in.trueClass() != null) m.put("true_class", in.trueClass());
            m.put("probabilities", probs);
            m.put("logits", logits);
            System.out.println(Json.line(m));
            return;
        }
        Integer[] order = new Integer[probs.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble(i -> -probs[i]));
        StringBuilder top = new StringBuilder();
        for (int k = 0; k < Math.min(3, order.length); k++) {
            top.append(String.format(Locale.ROOT, "%s%s %.1f%%", k == 0 ? "" : ", ", classes.get(order[k]), 100 * probs[order[k]]));
        }
        String truth = in.trueClass() == null ? ""
                : (in.trueClass() == best ? "  ✓" : "  ✗ (true: " + classes.get(in.trueClass()) + ")");
        System.out.printf(Locale.ROOT, "%s: %s (%.1f%%)  [%s]%s%n", in.name(), classes.get(best), 100 * probs[best], top, truth);
    }

    private List<Input> imageInputs(SavedModel saved) throws IOException {
        DigitPreprocessor.Mode mode = DigitPreprocessor.modeFor(DatasetKind.find(saved.dataset()).orElse(DatasetKind.MNIST));
        List<Input> inputs = new ArrayList<>();
        for (Path file : expand(source.images)) {
            GrayImage ink = ImageFiles.readInk(file);
            GrayImage in = noPreprocess ? DigitPreprocessor.shrink(ink) : DigitPreprocessor.preprocess(ink, mode);
            inputs.add(new Input(file.toString(), in.pixels(), labelFromName(file)));
        }
        return inputs;
    }

    private List<Input> datasetInputs() {
        DatasetKind kind = DatasetKind.parse(source.dataset);
        Dataset test = Datasets.load(kind, Split.TEST);
        if (index < 0 || index >= test.size()) {
            throw new IllegalArgumentException("--index must be in 0.." + (test.size() - 1) + ", got " + index);
        }
        if (count < 1) throw new IllegalArgumentException("--count must be at least 1");
        List<Input> inputs = new ArrayList<>();
        for (int i = index; i < Math.min(test.size(), index + count); i++) {
            float[] px = new float[test.imageSize()];
            test.writeNormalised(i, px, 0);
            inputs.add(new Input(kind.id() + "[" + i + "]", px, test.label(i)));
        }
        return inputs;
    }

    // Files named like "7_something.png" or "digit-7.png" carry their true class, for accuracy over a folder.
    private static Integer labelFromName(Path file) {
        String name = file.getFileName().toString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d)[_\\-.]").matcher(name);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(png|jpe?g|gif|bmp)"))
                            .sorted().forEach(files::add);
                }
            } else if (Files.exists(p)) {
                files.add(p);
            } else {
                throw new IOException(p + ": no such file or folder");
            }
        }
        if (files.isEmpty()) throw new IOException("no images found in " + paths);
        return files;
    }

    private static int argmax(float[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) if (v[i] > v[best]) best = i;
        return best;
    }
}
