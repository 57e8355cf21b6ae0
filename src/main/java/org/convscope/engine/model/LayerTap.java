package org.convscope.engine.model;

import org.convscope.engine.tensor.Shape;

/**
 * What one runtime layer made of one image, copied out of the engine (so it can be shown while
 * training goes on): its output in channel-first order, and for layers with weights, the kernel
 * and bias as the model file stores them. Max pooling also tells which input won each window.
 *
 * @param output    [C,H,W] for images, [N] for vectors
 * @param kernel    Conv2D [out][in][kh][kw] or Dense [out][in]; null if the layer has no weights
 * @param bias      [out], or null
 * @param argmax    max pooling only: for each output value (C,OH,OW order), the winning input as
 *                  row·W + column in its channel's map; else null
 */
public record LayerTap(int index, int specIndex, String kind, Shape inputShape, Shape outputShape,
                       float[] output, float[] kernel, float[] bias, int[] argmax) {

    /** Value at (channel, row, column) of an image-shaped output. */
    public float at(int channel, int row, int column) {
        return output[(channel * outputShape.height() + row) * outputShape.width() + column];
    }
}
