package org.convscope.engine.reference;

import org.convscope.engine.layer.spec.Pool2DSpec;
import org.convscope.engine.tensor.Shape;

/**
 * Max pooling, 'valid' (windows that do not fit are dropped): each output is the largest value of
 * its window. On ties the first maximum in row-major window order wins, and only it receives the
 * gradient — the convention the pooling view shows, so the engines must agree on it exactly.
 */
public final class ReferenceMaxPool2D extends ReferencePool2D {

    public ReferenceMaxPool2D(Pool2DSpec spec, Shape input) {
        super(spec, input);
    }

    @Override
    public double[] forward(double[] x, int n, double[] params, int off) {
        double[] y = new double[n * out.size()]; // y: [N,C,OH,OW]
        out.forEach(n, (b, c, oy, ox) -> y[out.at(b, c, oy, ox)] = x[argmax(x, b, c, oy, ox)]);
        return y;
    }

    /** Index into x of the first maximum of output (b, c, oy, ox)'s window. */
    public int argmax(double[] x, int b, int c, int oy, int ox) {
        int best = -1;
        for (int ky = 0; ky < spec.sizeH(); ky++)
            for (int kx = 0; kx < spec.sizeW(); kx++) {
                int i = inputIndex(b, c, oy, ox, ky, kx);
                if (best < 0 || x[i] > x[best]) best = i; // strict: an equal later value does not win
            }
        return best;
    }

    // y = x[argmax]: slope 1 for the winner, 0 for the rest of the window
    @Override
    public double[] backward(double[] x, int n, double[] params, int off, double[] dy, double[] grads) {
        double[] dx = new double[n * in.size()]; // dx: [N,C,H,W]
        out.forEach(n, (b, c, oy, ox) -> dx[argmax(x, b, c, oy, ox)] += dy[out.at(b, c, oy, ox)]);
        return dx;
    }
}
