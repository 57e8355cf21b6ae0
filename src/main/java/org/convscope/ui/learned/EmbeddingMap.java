package org.convscope.ui.learned;

import org.convscope.data.Dataset;
import org.convscope.data.DatasetKind;
import org.convscope.engine.learned.Activations;
import org.convscope.engine.learned.Pca;

/**
 * One embedding map: {@code count} test images placed in 2-D by their activations at one flat layer.
 *
 * @param points     [count, 2], the map's coordinates
 * @param pca        the PCA the points come from (null for t-SNE): it places a new image (the drawing) too
 * @param activations the layer's values the map was made from
 * @param star       the drawing's place on the map, or null
 * @param version    the weights' version
 */
public record EmbeddingMap(Projection method, int layer, String layerName, Dataset test, DatasetKind dataset,
                           Activations activations, float[] points, Pca.Result pca, float[] star, long version) {

    public int count() {
        return activations.count();
    }

    public int label(int i) {
        return test.label(i);
    }

    public int predicted(int i) {
        return activations.predicted()[i];
    }

    public boolean mistake(int i) {
        return label(i) != predicted(i);
    }

    /** How many of the images the network gets wrong. */
    public int mistakes() {
        int m = 0;
        for (int i = 0; i < count(); i++) if (mistake(i)) m++;
        return m;
    }

    /** The same map with the drawing at {@code star} (null: no drawing). */
    public EmbeddingMap withStar(float[] s) {
        return new EmbeddingMap(method, layer, layerName, test, dataset, activations, points, pca, s, version);
    }
}
