package org.convscope.engine.layer;

import org.convscope.engine.layer.spec.Pool2DSpec;
import org.convscope.engine.tensor.Shape;
import org.convscope.engine.tensor.Tensor;

/** What max and average pooling share: the spec and where each window starts in a channels-last input. */
public abstract sealed class Pool2DLayer extends Layer permits AvgPool2D, MaxPool2D {
    protected final Pool2DSpec spec;

    Pool2DLayer(Pool2DSpec spec, Shape in) {
        super(in, spec.outputShape(in));
        this.spec = spec;
    }

    public Pool2DSpec spec() {
        return spec;
    }

    @Override
    public final Tensor forward(Tensor x, boolean training) {
        checkInput(x);
        input = x;
        Tensor out = outputFor(x.batch());
        pool(x.data(), out.data(), x.batch());
        return out;
    }

    /** Pools each window of x: [n, H, W, C] into y: [n, OH, OW, C]. */
    protected abstract void pool(float[] x, float[] y, int n);

    // Index in the input of the first value of the window (channel 0) for output (oy, ox).
    protected int windowStart(int exampleBase, int oy, int ox) {
        return exampleBase + (oy * spec.strideH() * inShape.width() + ox * spec.strideW()) * inShape.channels();
    }

    /** Visits the windows of a batch of {@code n} in output order, the walk forward and backward share. */
    protected final void forEachWindow(int n, Window visit) {
        int c = inShape.channels();
        int o = 0;
        for (int b = 0; b < n; b++) {
            int exampleBase = b * inShape.size();
            for (int oy = 0; oy < outShape.height(); oy++) {
                for (int ox = 0; ox < outShape.width(); ox++, o += c) visit.at(windowStart(exampleBase, oy, ox), o);
            }
        }
    }

    /** One window: its first input value (channel 0, channels-last) and its first output value. */
    protected interface Window {
        void at(int first, int out);
    }
}
