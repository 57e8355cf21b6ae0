package org.convscope.engine.reference;

import org.convscope.engine.layer.spec.Pool2DSpec;
import org.convscope.engine.tensor.Shape;

/** Average pooling, 'valid': each output is the mean of its KH×KW window. */
public final class ReferenceAvgPool2D implements ReferenceLayer {
    private final Pool2DSpec spec;
    private final Nchw in;
    private final Nchw out;

    public ReferenceAvgPool2D(Pool2DSpec spec, Shape input) {
        this.spec = spec;
        this.in = Nchw.of(input);
        this.out = PoolGeometry.output(spec, in);
    }

    @Override
    public Shape inputShape() {
        return in.shape();
    }

    @Override
    public Shape outputShape() {
        return out.shape();
    }

    private int windowSize() {
        return spec.sizeH() * spec.sizeW();
    }

    private int inputIndex(int b, int c, int oy, int ox, int ky, int kx) {
        return in.at(b, c, oy * spec.strideH() + ky, ox * spec.strideW() + kx);
    }

    @Override
    public double[] forward(double[] x, int n, double[] params, int off) {
        double[] y = new double[n * out.size()]; // y: [N,C,OH,OW]
        for (int b = 0; b < n; b++)
            for (int c = 0; c < out.channels(); c++)
                for (int oy = 0; oy < out.height(); oy++)
                    for (int ox = 0; ox < out.width(); ox++) {
                        double sum = 0;
                        for (int ky = 0; ky < spec.sizeH(); ky++)
                            for (int kx = 0; kx < spec.sizeW(); kx++) sum += x[inputIndex(b, c, oy, ox, ky, kx)];
                        y[out.at(b, c, oy, ox)] = sum / windowSize();
                    }
        return y;
    }

    // every value of a window has slope 1/(KH·KW) on its output; overlapping windows add up
    @Override
    public double[] backward(double[] x, int n, double[] params, int off, double[] dy, double[] grads) {
        double[] dx = new double[n * in.size()]; // dx: [N,C,H,W]
        for (int b = 0; b < n; b++)
            for (int c = 0; c < out.channels(); c++)
                for (int oy = 0; oy < out.height(); oy++)
                    for (int ox = 0; ox < out.width(); ox++) {
                        double g = dy[out.at(b, c, oy, ox)] / windowSize();
                        for (int ky = 0; ky < spec.sizeH(); ky++)
                            for (int kx = 0; kx < spec.sizeW(); kx++) dx[inputIndex(b, c, oy, ox, ky, kx)] += g;
                    }
        return dx;
    }
}
