package org.convscope.engine.layer;

import java.util.Arrays;
import org.convscope.engine.layer.spec.Pool2DSpec;
import org.convscope.engine.tensor.Shape;
import org.convscope.engine.tensor.Tensor;

/** Average pooling: each output is the mean of its window; backward shares the gradient equally. */
public final class AvgPool2D extends Pool2DLayer {

    public AvgPool2D(Pool2DSpec spec, Shape in) {
        super(spec, in);
    }

    @Override
    protected void pool(float[] xd, float[] od, int n) {
        // xd: [n, H, W, C] -> od: [n, OH, OW, C]
        int c = inShape.channels(), w = inShape.width();
        float scale = 1f / (spec.sizeH() * spec.sizeW());
        forEachWindow(n, (first, o) -> {
            Arrays.fill(od, o, o + c, 0f);
            for (int ky = 0; ky < spec.sizeH(); ky++) {
                for (int kx = 0; kx < spec.sizeW(); kx++) {
                    int src = first + (ky * w + kx) * c;
                    for (int ch = 0; ch < c; ch++) od[o + ch] += xd[src + ch];
                }
            }
            for (int ch = 0; ch < c; ch++) od[o + ch] *= scale;
        });
    }

    @Override
    public Tensor backward(Tensor dy, boolean needInputGrad) {
        if (!needInputGrad) return null;
        int c = inShape.channels(), w = inShape.width();
        Tensor dx = inputGradFor(dy.batch()); // dx: [nb, H, W, C]
        float[] dxd = dx.data(), dyd = dy.data();
        Arrays.fill(dxd, 0, dx.length(), 0f);
        float scale = 1f / (spec.sizeH() * spec.sizeW());
        forEachWindow(dy.batch(), (first, o) -> {
            for (int ky = 0; ky < spec.sizeH(); ky++) {
                for (int kx = 0; kx < spec.sizeW(); kx++) {
                    int dst = first + (ky * w + kx) * c;
                    for (int ch = 0; ch < c; ch++) dxd[dst + ch] += dyd[o + ch] * scale;
                }
            }
        });
        return dx;
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
