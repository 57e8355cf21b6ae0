package org.convscope.ui.kernels;

import org.convscope.ui.common.ValueRange;

/**
 * One layer's weights and biases at one moment, in the model file's layout (see
 * {@link WeightLayer}). Never written after creation.
 */
public record LayerWeights(WeightLayer layer, float[] weights, float[] bias) {

    public LayerWeights {
        if (weights.length != layer.weightCount() || bias.length != layer.filters()) {
            throw new IllegalArgumentException(layer.name() + " has " + layer.weightCount() + " weights and "
                    + layer.filters() + " biases, got " + weights.length + " and " + bias.length);
        }
    }

    /** W[f][c][i][j]. */
    public float weight(int filter, int channel, int row, int col) {
        return weights[layer.at(filter, channel, row, col)];
    }

    /** The span of filter {@code f}'s weights (all its channels). */
    public ValueRange filterRange(int f) {
        int n = layer.fanIn();
        return ValueRange.of(weights, f * n, (f + 1) * n);
    }

    /** The span of all the layer's weights (biases left out: they are not drawn). */
    public ValueRange range() {
        return ValueRange.of(weights);
    }

    /** Filter {@code f}'s kernels averaged over its input channels: a kh×kw map, row by row. */
    public float[] channelMean(int f) {
        WeightLayer l = layer;
        int area = l.kh() * l.kw();
        float[] mean = new float[area];
        int base = f * l.fanIn();
        for (int c = 0; c < l.channels(); c++) {
            for (int p = 0; p < area; p++) mean[p] += weights[base + c * area + p];
        }
        for (int p = 0; p < area; p++) mean[p] /= l.channels();
        return mean;
    }
}
