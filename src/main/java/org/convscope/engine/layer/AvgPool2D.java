package org.convscope.engine.layer;

import java.util.Arrays;
import org.convscope.engine.layer.spec.Pool2DSpec;
import org.convscope.engine.tensor.Shape;
import org.convscope.engine.tensor.Tensor;

/** Average pooling: each output is the mean of its window; backward shares the gradient equally. */
public final class AvgPool2D extends Layer {
    private final Pool2DSpec spec;

    public AvgPool2D(Pool2DSpec spec, Shape in) {
        super(in, spec.outputShape(in));
        this.spec = spec;
    }

    @Override
    public Tensor forward(Tensor x, boolean training) {
        checkInput(x);
        input = x;
        int nb = x.batch(), c = inShape.channels(), w = inShape.width(), h = inShape.height();
        Tensor out = outputFor(nb);
        float[] xd = x.data(), od = out.data();
        float scale = 1f / (spec.sizeH() * spec.sizeW());
        int o = 0;
        for (int b = 0; b < nb; b++) {
            int xb = b * h * w * c;
            for (int oy = 0; oy < outShape.height(); oy++) {
                for (int ox = 0; ox < outShape.width(); ox++, o += c) {
                    int first = xb + (oy * spec.strideH() * w + ox * spec.strideW()) * c;
                    Arrays.fill(od, o, o + c, 0f);
                    for (int ky = 0; ky < spec.sizeH(); ky++) {
                        for (int kx = 0; kx < spec.sizeW(); kx++) {
                            int src = first + (ky * w + kx) * c;
                            for (int ch = 0; ch < c; ch++) od[o + ch] += xd[src + ch];
                        }
                    }
                    for (int ch = 0; ch < c; ch++) od[o + ch] *= scale;
                }
            }
        }
        return out;
    }

    @Override
    public Tensor backward(Tensor dy, boolean needInputGrad) {
        if (!needInputGrad) return null;
        int nb = dy.batch(), c = inShape.channels(), w = inShape.width(), h = inShape.height();
        Tensor dx = inputGradFor(nb);
        float[] dxd = dx.data(), dyd = dy.data();
        Arrays.fill(dxd, 0, dx.length(), 0f);
        float scale = 1f / (spec.sizeH() * spec.sizeW());
        int o = 0;
        for (int b = 0; b < nb; b++) {
            int xb = b * h * w * c;
            for (int oy = 0; oy < outShape.height(); oy++) {
                for (int ox = 0; ox < outShape.width(); ox++, o += c) {
                    int first = xb + (oy * spec.strideH() * w + ox * spec.strideW()) * c;
                    for (int ky = 0; ky < spec.sizeH(); ky++) {
                        for (int kx = 0; kx < spec.sizeW(); kx++) {
                            int dst = first + (ky * w + kx) * c;
                            for (int ch = 0; ch < c; ch++) dxd[dst + ch] += dyd[o + ch] * scale;
                        }
                    }
                }
            }
        }
        return dx;
    }

    public Pool2DSpec spec() {
        return spec;
    }

    @Override
    public Layer replicate() {
        return new AvgPool2D(spec, inShape);
    }

    @Override
    public String kind() {
        return "avg_pool2d";
    }
}
