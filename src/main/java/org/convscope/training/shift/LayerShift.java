package org.convscope.training.shift;

/**
 * How much one layer's map changes when the input moves by 1, 2, 3… pixels (the mean over moving
 * right, left, down and up), as the root of the summed squared differences over that of the
 * unshifted map: 0 is unchanged, 1 is as large as the map itself.
 *
 * @param name       Keras' name of the layer ({@code conv2d_1})
 * @param kind       {@code "Conv2D"}, {@code "MaxPooling2D"}, {@code "Dense"}, …
 * @param stride     how many input pixels one cell of this map spans (1 until the first pooling, then 2, 4)
 * @param withInput  per shift size: against the unshifted map moved alike (by size ÷ stride cells, rounded);
 *                   NaN for a flat layer, which has no place to move to
 * @param inPlace    per shift size: against the unshifted map where it is
 */
public record LayerShift(String name, String kind, int specIndex, int stride, double[] withInput, double[] inPlace) {

    /** Whether the map has rows and columns (a convolution's or a pooling's), so that it can move. */
    public boolean spatial() {
        return !Double.isNaN(withInput[0]);
    }
}
