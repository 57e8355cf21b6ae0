package org.convscope.cli;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.convscope.data.Dataset;
import org.convscope.data.Datasets;
import org.convscope.data.Split;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.layer.spec.LayerInfo;
import org.convscope.engine.learned.Activations;
import org.convscope.engine.learned.ImageSource;
import org.convscope.engine.learned.Pca;
import org.convscope.engine.learned.Tsne;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.parallel.WorkerPool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Where the first test images lie inside a saved model: one flat layer's activations for each, laid out in 2-D by
 * PCA or t-SNE, as the embedding map draws them. {@code --json} prints one line per image: index, label, x, y.
 */
@Command(name = "embed", mixinStandardHelpOptions = true,
        description = "Place test images in 2-D by a flat layer's activations (PCA or t-SNE), as the embedding map does.")
final class EmbedCommand implements Callable<Integer> {

    @Mixin SharedOptions.Model model;

    @Mixin SharedOptions.Dataset dataset;

    @Option(names = "--layer", paramLabel = "N", description = "A flat layer, as an architecture layer from 1 (default: the last before the class scores).")
    Integer layer;

    @Option(names = "--count", defaultValue = "2000", description = "The first this many test images (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--method", defaultValue = "pca", paramLabel = "pca|tsne", description = "PCA, or t-SNE with perplexity 30 (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--seed", defaultValue = "1", description = "t-SNE: the seed of its start (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin SharedOptions.Threads threads;

    @Mixin SharedOptions.JsonOutput json;

    @Override
    public Integer call() throws IOException {
        String m = method.trim().toLowerCase(Locale.ROOT);
        if (!m.equals("pca") && !m.equals("tsne")) throw new IllegalArgumentException("--method must be pca or tsne, got " + method);
        SavedModel saved = model.read();
        Sequential net = saved.toSequential();
        Dataset test = Datasets.load(dataset.kind(), Split.TEST);
        if (!test.inputShape().equals(net.inputShape())) {
            throw new IllegalArgumentException("the model takes " + net.inputShape().toDisplay() + ", the dataset has " + test.inputShape().toDisplay());
        }
        if (count < 2 || count > test.size()) throw new IllegalArgumentException("--count must be in 2.." + test.size() + ", got " + count);
        List<Integer> flat = Activations.flatLayers(saved.spec());
        int l = layer == null ? Activations.defaultLayer(saved.spec()) : layer - 1;
        if (!flat.contains(l)) {
            throw new IllegalArgumentException("--layer must be a flat layer of this model: one of "
                    + flat.stream().map(i -> i + 1).toList() + ", got " + layer);
        }
        if (m.equals("tsne") && count <= 30) throw new IllegalArgumentException("t-SNE with perplexity 30 needs more than 30 images");
        long start = System.nanoTime();
        float[] xy;
        Activations a;
        Pca.Result pca = null;
        try (WorkerPool pool = new WorkerPool(threads.count())) {
            a = Activations.collect(net, ImageSource.of(test.size(), test.inputShape(), test::writeNormalised), count, l, pool);
            if (m.equals("pca")) {
                pca = Pca.fit(a.values(), count, a.dims(), 2);
                xy = pca.points();
            } else {
                xy = Tsne.embed(a.values(), count, a.dims(), Tsne.Options.defaults().withSeed(seed), pool);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (json.enabled) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < count; i++) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("index", i);
                line.put("label", test.label(i));
                line.put("x", xy[2 * i]);
                line.put("y", xy[2 * i + 1]);
                out.append(Json.line(line)).append('\n');
            }
            System.out.print(out);
            return 0;
        }
        LayerInfo info = saved.spec().infer().get(l);
        System.out.printf(Locale.ROOT, "%,d test images of %s through %s (layer %d, %d values), %s; %.2f s with the pass through the model%n", count, dataset.kind().id(),
                info.name(), l + 1, a.dims(), m.equals("pca") ? "PCA" : "t-SNE (perplexity 30, seed " + seed + ")", seconds);
        if (pca != null) {
            System.out.printf(Locale.ROOT, "the two axes hold %.1f%% and %.1f%% of the spread%n", 100 * pca.share(0), 100 * pca.share(1));
        }
        printCentres(test, xy, count, a);
        return 0;
    }

    // each class's centre on the map and how many of its images the model gets wrong
    private static void printCentres(Dataset test, float[] xy, int count, Activations a) {
        int classes = test.classes();
        double[] sx = new double[classes], sy = new double[classes];
        int[] n = new int[classes], wrong = new int[classes];
        for (int i = 0; i < count; i++) {
            int c = test.label(i);
            sx[c] += xy[2 * i];
            sy[c] += xy[2 * i + 1];
            n[c]++;
            if (a.predicted()[i] != c) wrong[c]++;
        }
        System.out.println("class  images  wrong   centre x   centre y");
        for (int c = 0; c < classes; c++) {
            if (n[c] == 0) continue;
            System.out.printf(Locale.ROOT, "%5d  %6d  %5d  %9.3f  %9.3f%n", c, n[c], wrong[c], sx[c] / n[c], sy[c] / n[c]);
        }
    }
}
