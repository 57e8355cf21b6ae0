package org.convscope.engine.reference;

import org.convscope.engine.layer.spec.Pool2DSpec;
import org.convscope.engine.tensor.Shape;

/** Average pooling, 'valid': each output is the mean of its KH×KW window. */
public final class ReferenceAvgPool2D extends ReferencePool2D {

    public ReferenceAvgPool2D(Pool2DSpec spec, Shape input) {
        super(spec, input);
    }

    private int windowSize() {
        return spec.sizeH() * spec.sizeW();
    }

    @Override
    public double[] forward(double[] x, int n, double[] params, int off) {
        double[] y = new double[n * out.size()]; // y: [N,C,OH,OW]
        out.forEach(n, (b, c, oy, ox) -> {
            double sum = 0;
            for (int ky = 0; ky < spec.sizeH(); ky++)
                for (int kx = 0; kx < spec.sizeW(); kx++) sum += x[inputIndex(b, c, oy, ox, ky, kx)];
            y[out.at(b, c, oy, ox)] = sum / windowSize();
        });
        return y;
    }

    // every value of a window has slope 1/(KH·KW) on its output; overlapping windows add up
    @Override
    public double[] backward(double[] x, int n, double[] params, int off, double[] dy, double[] grads) {
        double[] dx = new double[n * in.size()]; // dx: [N,C,H,W]
        out.forEach(n, (b, c, oy, ox) -> {
            double g = dy[out.at(b, c, oy, ox)] / windowSize();
            for (int ky = 0; ky < spec.sizeH(); ky++)
                for (int kx = 0; kx < spec.sizeW(); kx++) dx[inputIndex(b, c, oy, ox, ky, kx)] += g;
        });
        return dx;
    }
}
