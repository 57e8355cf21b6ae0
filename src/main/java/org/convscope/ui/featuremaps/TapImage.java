package org.convscope.ui.featuremaps;

import org.convscope.engine.tensor.Shape;
import org.convscope.ui.common.ColorMap;
import org.convscope.ui.common.ValueRange;

/**
 * One layer output ready to paint: the engine's values, the colour scale each map was painted
 * with, and the pixels (ARGB, in the values' own C·H·W order). Built off the FX thread; the view
 * only copies {@link #argb} into an image.
 *
 * @param tapIndex   the runtime layer in the {@code Inspection}, or {@link #INPUT} for the image
 * @param kind       the runtime layer's kind ({@code conv2d}, {@code relu}, …; {@code input})
 * @param shape      [C,H,W] or [N]
 * @param inputShape what the layer received (a Flatten's tells where each channel starts)
 * @param values     the tap's output itself, never a copy: what hover shows is the engine's number
 * @param ranges     per map (channel) of an image, or one for a vector: the span its colours cover
 * @param legendRange the span the row's legend shows
 * @param logits     whether this vector is the class scores fed to softmax
 */
public record TapImage(int tapIndex, String kind, Shape shape, Shape inputShape, ColorMap map, float[] values,
                       ValueRange[] ranges, ValueRange legendRange, int[] argb, boolean logits) {

    public static final int INPUT = -1;

    public boolean image() {
        return shape.isImage();
    }

    public boolean probabilities() {
        return kind.equals("softmax");
    }

    /** Number of maps (channels) of an image; 1 for a vector. */
    public int mapCount() {
        return shape.isImage() ? shape.channels() : 1;
    }

    /** Values in one map (H·W), or the whole vector. */
    public int mapSize() {
        return shape.isImage() ? shape.height() * shape.width() : shape.size();
    }

    /** The range map {@code channel} was painted with. */
    public ValueRange rangeOf(int channel) {
        return ranges[shape.isImage() ? channel : 0];
    }

    /** The value at (channel, row, column) of an image; for a vector, its element {@code column}. */
    public float valueAt(int channel, int row, int column) {
        if (!shape.isImage()) return values[column];
        return values[(channel * shape.height() + row) * shape.width() + column];
    }
}
