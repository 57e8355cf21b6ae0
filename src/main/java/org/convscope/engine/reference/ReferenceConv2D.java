package org.convscope.engine.reference;

import org.convscope.engine.layer.spec.Conv2DSpec;
import org.convscope.engine.tensor.Shape;

/**
 * Convolution (cross-correlation, as every DL library means it), straight from the definition:
 * <pre>
 *   y[n,f,oy,ox] = b[f] + Σ_c Σ_ky Σ_kx w[f,c,ky,kx] · x[n, c, oy·sh − top + ky, ox·sw − left + kx]
 * </pre>
 * where x outside the image counts as zero. The activation is not part of it.
 * Parameters: w: [F,C,KH,KW] then b: [F].
 */
public final class ReferenceConv2D implements ReferenceLayer {
    private final Conv2DSpec spec;
    private final Nchw in;
    private final Nchw out;
    private final int top;
    private final int left;

    public ReferenceConv2D(Conv2DSpec spec, Shape input) {
        this.spec = spec;
        this.in = Nchw.of(input);
        int oh = ReferencePadding.outputLength(spec.padding(), in.height(), spec.kernelH(), spec.strideH());
        int ow = ReferencePadding.outputLength(spec.padding(), in.width(), spec.kernelW(), spec.strideW());
        this.out = new Nchw(spec.filters(), oh, ow);
        this.top = ReferencePadding.before(spec.padding(), in.height(), spec.kernelH(), spec.strideH());
        this.left = ReferencePadding.before(spec.padding(), in.width(), spec.kernelW(), spec.strideW());
    }

    @Override
    public Shape inputShape() {
        return in.shape();
    }

    @Override
    public Shape outputShape() {
        return out.shape();
    }

    @Override
    public int paramCount() {
        return weightCount() + spec.filters();
    }

    private int weightCount() {
        return spec.filters() * in.channels() * spec.kernelH() * spec.kernelW();
    }

    // index of w[f,c,ky,kx] relative to the layer's first parameter
    private int weight(int f, int c, int ky, int kx) {
        return ((f * in.channels() + c) * spec.kernelH() + ky) * spec.kernelW() + kx;
    }

    private int bias(int f) {
        return weightCount() + f;
    }

    private int inputRow(int oy, int ky) {
        return oy * spec.strideH() - top + ky;
    }

    private int inputColumn(int ox, int kx) {
        return ox * spec.strideW() - left + kx;
    }

    @Override
    public double[] forward(double[] x, int n, double[] params, int off) {
        double[] y = new double[n * out.size()]; // y: [N,F,OH,OW]
        out.forEach(n, (b, f, oy, ox) -> y[out.at(b, f, oy, ox)] = params[off + bias(f)] + window(x, b, f, oy, ox, params, off));
        return y;
    }

    // Σ over one window of w·x, zeros outside the image contributing nothing
    private double window(double[] x, int b, int f, int oy, int ox, double[] params, int off) {
        double sum = 0;
        for (int c = 0; c < in.channels(); c++)
            for (int ky = 0; ky < spec.kernelH(); ky++)
                for (int kx = 0; kx < spec.kernelW(); kx++) {
                    int iy = inputRow(oy, ky), ix = inputColumn(ox, kx);
                    if (in.inside(iy, ix)) sum += params[off + weight(f, c, ky, kx)] * x[in.at(b, c, iy, ix)];
                }
        return sum;
    }

    /**
     * Each output y[n,f,oy,ox] depends on b[f] with slope 1, on w[f,c,ky,kx] with slope x[…], and on
     * x[…] with slope w[f,c,ky,kx]; the chain rule sums dy times these slopes over all outputs.
     */
    @Override
    public double[] backward(double[] x, int n, double[] params, int off, double[] dy, double[] grads) {
        double[] dx = new double[n * in.size()]; // dx: [N,C,H,W]
        out.forEach(n, (b, f, oy, ox) -> {
            double g = dy[out.at(b, f, oy, ox)];
            grads[off + bias(f)] += g;
            windowBackward(x, b, f, oy, ox, g, params, off, grads, dx);
        });
        return dx;
    }

    private void windowBackward(double[] x, int b, int f, int oy, int ox, double g,
                                double[] params, int off, double[] grads, double[] dx) {
        for (int c = 0; c < in.channels(); c++)
            for (int ky = 0; ky < spec.kernelH(); ky++)
                for (int kx = 0; kx < spec.kernelW(); kx++) {
                    int iy = inputRow(oy, ky), ix = inputColumn(ox, kx);
                    if (!in.inside(iy, ix)) continue;
                    int xi = in.at(b, c, iy, ix), wi = off + weight(f, c, ky, kx);
                    grads[wi] += g * x[xi];
                    dx[xi] += g * params[wi];
                }
    }
}
