package org.convscope.engine.layer;

import java.util.Arrays;
import org.convscope.engine.layer.spec.Pool2DSpec;
import org.convscope.engine.tensor.Shape;
import org.convscope.engine.tensor.Tensor;

/**
 * Max pooling. Forward records, for every output value, which input won (the first maximum in
 * window order on ties): backward sends the gradient there, and the pooling view highlights it.
 */
public final class MaxPool2D extends Layer {
    private final Pool2DSpec spec;
    private int[] argmax; // argmax: [nb, OH, OW, C], index into the batch input tensor

    public MaxPool2D(Pool2DSpec spec, Shape in) {
        super(in, spec.outputShape(in));
        this.spec = spec;
    }

    @Override
    public Tensor forward(Tensor x, boolean training) {
        checkInput(x);
        input = x;
        int nb = x.batch(), c = inShape.channels(), h = inShape.height(), w = inShape.width();
        int oh = outShape.height(), ow = outShape.width();
        Tensor out = outputFor(nb);
        float[] xd = x.data(), od = out.data();
        if (argmax == null || argmax.length < out.length()) argmax = new int[out.length()];
        int o = 0;
        for (int b = 0; b < nb; b++) {
            int xb = b * h * w * c;
            for (int oy = 0; oy < oh; oy++) {
                for (int ox = 0; ox < ow; ox++, o += c) {
                    int first = xb + (oy * spec.strideH() * w + ox * spec.strideW()) * c;
                    for (int ch = 0; ch < c; ch++) {
                        od[o + ch] = xd[first + ch];
                        argmax[o + ch] = first + ch;
                    }
                    for (int ky = 0; ky < spec.sizeH(); ky++) {
                        for (int kx = 0; kx < spec.sizeW(); kx++) {
                            int src = first + (ky * w + kx) * c;
                            for (int ch = 0; ch < c; ch++) {
                                float v = xd[src + ch];
                                if (v > od[o + ch]) {
                                    od[o + ch] = v;
                                    argmax[o + ch] = src + ch;
                                }
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    @Override
    public Tensor backward(Tensor dy, boolean needInputGrad) {
        if (!needInputGrad) return null;
        Tensor dx = inputGradFor(dy.batch());
        float[] dxd = dx.data(), dyd = dy.data();
        Arrays.fill(dxd, 0, dx.length(), 0f);
        for (int i = 0, n = dy.length(); i < n; i++) dxd[argmax[i]] += dyd[i];
        return dx;
    }

    /**
     * Where output (example {@code b}, channel {@code c}, row {@code oy}, column {@code ox}) took its
     * maximum from, as {@code {row, column}} in the input map.
     */
    public int[] argmaxPosition(int b, int c, int oy, int ox) {
        int cs = inShape.channels(), w = inShape.width();
        int idx = argmax[((b * outShape.height() + oy) * outShape.width() + ox) * cs + c] - b * inShape.size();
        int pos = idx / cs;
        return new int[] {pos / w, pos % w};
    }

    public Pool2DSpec spec() {
        return spec;
    }

    @Override
    public Layer replicate() {
        return new MaxPool2D(spec, inShape);
    }

    @Override
    public String kind() {
        return "max_pool2d";
    }
}
