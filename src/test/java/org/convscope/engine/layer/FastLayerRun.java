package org.convscope.engine.layer;

import org.convscope.engine.tensor.Tensor;

/**
 * One forward and one backward pass of a fast layer, with everything given and returned in the
 * reference engine's layouts: activations channels-first, parameters and their gradients in file
 * layout.
 *
 * @param y       [N, out...] channels-first
 * @param dx      [N, in...] channels-first
 * @param dParams [P] file layout
 */
record FastLayerRun(float[] y, float[] dx, float[] dParams) {

    /** x: [N, in...] NCHW, params: [P] file layout, dy: [N, out...] NCHW. */
    static FastLayerRun of(Layer layer, int n, float[] x, float[] params, float[] dy) {
        int p = layer.paramCount();
        layer.bind(new float[p], new float[p], 0);
        if (p > 0) layer.importParams(params, 0);
        float[] y = layer.forward(Tensor.fromNchw(n, layer.inputShape(), x), true).toNchw();
        Tensor dx = layer.backward(Tensor.fromNchw(n, layer.outputShape(), dy), true);
        return new FastLayerRun(y, dx.toNchw(), gradsInFileLayout(layer));
    }

    /** The layer's gradient slice, converted to file layout by the layer's own export. */
    static float[] gradsInFileLayout(Layer layer) {
        float[] out = new float[layer.paramCount()];
        if (out.length == 0) return out;
        Layer twin = layer.replicate();
        twin.bind(layer.grads, null, layer.paramOffset());
        twin.exportParams(out, 0);
        return out;
    }
}
