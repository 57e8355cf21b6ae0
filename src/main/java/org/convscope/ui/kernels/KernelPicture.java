package org.convscope.ui.kernels;

import java.util.List;
import org.convscope.ui.common.ColorMap;
import org.convscope.ui.common.Normalization;
import org.convscope.ui.common.ValueRange;

/**
 * One layer's weights drawn for a mode and a colour scale: the images, and what the legend and
 * the hover read-out need to explain them. Made off the FX thread by {@link KernelPainter}.
 *
 * <p>The colour scales ({@link #range}): {@code PER_MAP} spans one filter's drawn values, {@code
 * PER_LAYER} all values drawn for the layer, {@code GLOBAL} every weight of every layer. Drawn
 * values are the weights, except in {@link KernelMode#PER_FILTER}, where they are channel means;
 * a mean never leaves the span of its weights, so the global scale stays honest there too.
 * Biases are never drawn and never widen a scale.
 *
 * @param filterRanges the span of each filter's drawn values
 * @param layerRange   the span of all values drawn for the layer
 */
public record KernelPicture(ModelKernels kernels, LayerWeights weights, KernelLayout layout, Normalization scope,
                            ColorMap map, List<Raster> images, List<ValueRange> filterRanges, ValueRange layerRange) {

    public KernelPicture {
        images = List.copyOf(images);
        filterRanges = List.copyOf(filterRanges);
    }

    public KernelMode mode() {
        return layout.mode();
    }

    public WeightLayer layer() {
        return weights.layer();
    }

    /** The values the colours of filter {@code f} run between (before a diverging map centres it on 0). */
    public ValueRange range(int filter) {
        return switch (scope) {
            case PER_MAP -> filterRanges.get(filter);
            case PER_LAYER -> layerRange;
            case GLOBAL -> kernels.globalRange();
        };
    }

    /** The value drawn for {@code cell}: a weight, or a channel mean. */
    public float value(Cell cell) {
        if (cell.channel() == Cell.MEAN) {
            return weights.channelMean(cell.filter())[cell.row() * layer().kw() + cell.col()];
        }
        return weights.weight(cell.filter(), cell.channel(), cell.row(), cell.col());
    }

    public float bias(int filter) {
        return weights.bias()[filter];
    }
}
