package org.convscope.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.convscope.data.Assets;
import org.convscope.data.Dataset;
import org.convscope.data.DatasetKind;
import org.convscope.data.Datasets;
import org.convscope.data.Split;
import org.convscope.engine.io.ModelFile;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.learned.Activations;
import org.convscope.engine.learned.DreamOptions;
import org.convscope.engine.learned.DreamTarget;
import org.convscope.engine.learned.FeatureVisualization;
import org.convscope.engine.learned.ImageSource;
import org.convscope.engine.learned.Pca;
import org.convscope.engine.learned.TopPatches;
import org.convscope.engine.learned.Tsne;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.parallel.WorkerPool;

/**
 * {@code bench --learned}: how long what-it-learned takes with the course model (the shipped MNIST one when it is
 * there, else random weights) on the MNIST test set: the top patches of every filter over all 10,000 images, PCA
 * and t-SNE of 2,000 images' dense-layer activations, and feature visualization of the ten classes. Each figure
 * is the median of timed runs after warm-up runs, on all the threads given.
 */
final class LearnedBench {
    private LearnedBench() {
    }

    /** Milliseconds per task, by name; printed as a table unless {@code quiet}. */
    static Map<String, Double> run(int threads, boolean quiet) {
        ModelSpec spec = ModelSpec.course();
        Sequential model = courseModel(spec);
        Dataset test = Datasets.load(DatasetKind.MNIST, Split.TEST);
        ImageSource images = ImageSource.of(test.size(), test.inputShape(), test::writeNormalised);
        Map<String, Double> ms = new LinkedHashMap<>();
        if (!quiet) System.out.printf(Locale.ROOT, "what it learned, %s, %d thread(s):%n", spec.toCompact(), threads);
        try (WorkerPool pool = new WorkerPool(threads)) {
            double patches = median(2, 5, () -> TopPatches.find(model, images, test.size(), TopPatches.DEFAULT_PER_FILTER, pool));
            put(ms, quiet, "top_patches", patches, "160 filters over " + String.format(Locale.ROOT, "%,d", test.size()) + " test images (target ≤ 3,000 ms)");
            Activations a = Activations.collect(model, images, 2000, Activations.defaultLayer(spec), pool);
            double pca = median(30, 31, () -> Pca.fit(a.values(), a.count(), a.dims(), 2));
            put(ms, quiet, "pca", pca, "2,000 × " + a.dims() + " (target ≤ 50 ms)");
            double tsne = median(0, 3, () -> Tsne.embed(a.values(), a.count(), a.dims(), Tsne.Options.defaults(), pool));
            put(ms, quiet, "tsne", tsne, "2,000 points, perplexity 30, 1,000 iterations (target ≤ 10,000 ms)");
            FeatureVisualization v = FeatureVisualization.of(spec, model.params());
            List<DreamTarget> classes = new ArrayList<>();
            for (int c = 0; c < 10; c++) classes.add(DreamTarget.ofClass(c));
            double dream = median(1, 3, () -> v.run(classes, DreamOptions.defaults()));
            put(ms, quiet, "dream_classes", dream, "ten classes grown together, " + DreamOptions.defaults().steps() + " steps, one thread");
        }
        return ms;
    }

    private static void put(Map<String, Double> ms, boolean quiet, String name, double millis, String what) {
        ms.put(name, Math.round(millis * 10) / 10.0);
        if (!quiet) System.out.printf(Locale.ROOT, "  %-14s %9.1f ms  %s%n", name, millis, what);
    }

    // the shipped course model, or the course architecture with random weights where the assets are not
    private static Sequential courseModel(ModelSpec spec) {
        try {
            Path file = Assets.directory().resolve("models/mnist-course.cnn.zip");
            if (Files.isRegularFile(file)) return ModelFile.read(file).toSequential();
        } catch (Exception e) {
            // no assets: random weights time the same work
        }
        return Sequential.build(spec, 1);
    }

    private static double median(int warm, int timed, Supplier<?> task) {
        for (int i = 0; i < warm; i++) task.get();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < timed; i++) {
            long start = System.nanoTime();
            task.get();
            times.add((System.nanoTime() - start) / 1e6);
        }
        times.sort(null);
        return times.get(times.size() / 2);
    }
}
