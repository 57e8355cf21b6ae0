package org.convscope.ui.learned;

import org.convscope.data.Dataset;
import org.convscope.data.DatasetKind;
import org.convscope.data.Datasets;
import org.convscope.data.Split;
import org.convscope.engine.learned.Activations;
import org.convscope.engine.learned.ImageSource;
import org.convscope.engine.learned.Pca;
import org.convscope.engine.learned.Tsne;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.parallel.WorkerPool;
import org.convscope.ui.training.ModelWeights;

/** Makes embedding maps (off the FX thread): the first test images through the weights, laid out by PCA or t-SNE. */
public final class Embeddings {
    /** Images on the map. */
    public static final int COUNT = 2000;
    /** Neighbours (in the layer's values) whose places on a t-SNE map average to a new image's place. */
    private static final int STAR_NEIGHBOURS = 5;

    private Embeddings() {
    }

    /**
     * The map of the first {@code count} test images at flat layer {@code layer} (null: the default layer), with
     * {@code drawing} ([C,H,W], or null) as a star; PCA axes are turned to agree with {@code earlier}'s.
     */
    public static EmbeddingMap make(ModelWeights w, DatasetKind kind, Integer layer, Projection method, int count, int threads,
                                    float[] drawing, EmbeddingMap earlier) {
        Sequential model = Sequential.build(w.spec(), 0);
        model.copyParamsFrom(w.params());
        int l = layer == null ? Activations.defaultLayer(w.spec()) : layer;
        Dataset test = Datasets.load(kind, Split.TEST);
        ImageSource images = ImageSource.of(test.size(), test.inputShape(), test::writeNormalised);
        int n = Math.min(count, test.size());
        try (WorkerPool pool = new WorkerPool(threads)) {
            Activations a = Activations.collect(model, images, n, l, pool);
            float[] points;
            Pca.Result pca = null;
            if (method == Projection.PCA) {
                pca = Pca.fit(a.values(), n, a.dims(), 2);
                if (earlier != null && earlier.pca() != null && earlier.layer() == l && earlier.dataset() == kind) pca = pca.alignedTo(earlier.pca());
                points = pca.points();
            } else {
                points = Tsne.embed(a.values(), n, a.dims(), Tsne.Options.defaults(), pool);
            }
            EmbeddingMap map = new EmbeddingMap(method, l, w.spec().infer().get(l).name(), test, kind, a, points, pca, null, w.version());
            return drawing == null ? map : map.withStar(star(model, map, drawing, pool));
        }
    }

    /** Where {@code drawing} goes on {@code map}, through {@code w}. */
    public static float[] star(ModelWeights w, EmbeddingMap map, float[] drawing) {
        Sequential model = Sequential.build(w.spec(), 0);
        model.copyParamsFrom(w.params());
        try (WorkerPool pool = new WorkerPool(1)) {
            return star(model, map, drawing, pool);
        }
    }

    // PCA projects it; t-SNE has no projection, so it goes to the mean place of its nearest images in the layer
    private static float[] star(Sequential model, EmbeddingMap map, float[] drawing, WorkerPool pool) {
        float[] v = Activations.collect(model, ImageSource.of(model.inputShape(), drawing), 1, map.layer(), pool).row(0);
        if (map.pca() != null) return map.pca().project(v);
        Activations a = map.activations();
        int k = Math.min(STAR_NEIGHBOURS, a.count());
        int[] best = new int[k];
        double[] bestD = new double[k];
        java.util.Arrays.fill(bestD, Double.POSITIVE_INFINITY);
        for (int i = 0; i < a.count(); i++) {
            double d = 0;
            for (int j = 0; j < a.dims(); j++) {
                double diff = a.values()[i * a.dims() + j] - v[j];
                d += diff * diff;
            }
            for (int m = 0; m < k; m++) {
                if (d < bestD[m]) {
                    System.arraycopy(bestD, m, bestD, m + 1, k - m - 1);
                    System.arraycopy(best, m, best, m + 1, k - m - 1);
                    bestD[m] = d;
                    best[m] = i;
                    break;
                }
            }
        }
        float x = 0, y = 0;
        for (int i : best) {
            x += map.points()[2 * i];
            y += map.points()[2 * i + 1];
        }
        return new float[] {x / k, y / k};
    }
}
