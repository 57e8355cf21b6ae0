package org.convscope.engine.layer;

import java.util.Arrays;
import org.convscope.engine.kernel.Vec;
import org.convscope.engine.layer.spec.Pool2DSpec;
import org.convscope.engine.tensor.Shape;
import org.convscope.engine.tensor.Tensor;

/**
 * Max pooling. The winner of each window is the first input, in window order, equal to the window's
 * maximum; backward sends the gradient there and the pooling view highlights it. Forward takes the
 * maxima with vector max along the channels and does not record winners: backward finds them again
 * by comparison, which is cheaper than tracking indices through every comparison.
 */
public final class MaxPool2D extends Pool2DLayer {
    private boolean afterRelu; // input is a ReLU's output: fold the ReLU's backward into this one

    public MaxPool2D(Pool2DSpec spec, Shape in) {
        super(spec, in);
    }

    // explicit loops, not forEachWindow: a capturing lambda per call would allocate in steady state
    @Override
    protected void pool(float[] xd, float[] od, int nb) {
        // xd: [nb, H, W, C] -> od: [nb, OH, OW, C]
        int c = inShape.channels(), w = inShape.width();
        int o = 0;
        for (int b = 0; b < nb; b++) {
            int xb = b * inShape.size();
            for (int oy = 0; oy < outShape.height(); oy++) {
                for (int ox = 0; ox < outShape.width(); ox++, o += c) {
                    Vec.maxWindow(xd, windowStart(xb, oy, ox), w * c, spec.sizeH(), spec.sizeW(), c, Float.NEGATIVE_INFINITY, od, o);
                }
            }
        }
    }

    @Override
    public Tensor backward(Tensor dy, boolean needInputGrad) {
        if (!needInputGrad) return null;
        int nb = dy.batch(), c = inShape.channels(), h = inShape.height(), w = inShape.width();
        Tensor dx = inputGradFor(nb);
        float[] dxd = dx.data(), dyd = dy.data(), xd = input.data(), yd = output.data();
        int vectorChannels = Vec.vectorPart(c);
        // windows that do not overlap write each dx at most once: no read-modify-write; and if they
        // tile the input exactly, every dx once: no zeroing either
        boolean apart = vectorChannels == c && spec.strideH() >= spec.sizeH() && spec.strideW() >= spec.sizeW();
        boolean tiles = apart && outShape.height() * spec.strideH() == h && outShape.width() * spec.strideW() == w
                && spec.strideH() == spec.sizeH() && spec.strideW() == spec.sizeW();
        boolean twoByTwo = apart && spec.sizeH() == 2 && spec.sizeW() == 2;
        if (!tiles) Arrays.fill(dxd, 0, dx.length(), 0f);
        int o = 0;
        for (int b = 0; b < nb; b++) {
            int xb = b * h * w * c;
            for (int oy = 0; oy < outShape.height(); oy++) {
                for (int ox = 0; ox < outShape.width(); ox++, o += c) {
                    int first = windowStart(xb, oy, ox);
                    if (twoByTwo) {
                        Vec.maxPoolBackward2x2(xd, yd, dyd, dxd, first, o, w * c, c, vectorChannels, afterRelu);
                    } else if (vectorChannels > 0) {
                        Vec.maxPoolBackwardWindow(xd, yd, dyd, dxd, first, o, spec.sizeH(), spec.sizeW(), w * c, c,
                                vectorChannels, afterRelu, apart);
                    }
                    for (int ch = vectorChannels; ch < c; ch++) {
                        float y = yd[o + ch];
                        if (afterRelu && !(y > 0f)) continue;
                        dxd[winner(xd, first + ch, y)] += dyd[o + ch];
                    }
                }
            }
        }
        return dx;
    }

    // The first position in window order (row-major) whose value equals the window's maximum.
    private int winner(float[] x, int first, float max) {
        int c = inShape.channels(), w = inShape.width();
        for (int ky = 0; ky < spec.sizeH(); ky++) {
            for (int kx = 0; kx < spec.sizeW(); kx++) {
                int i = first + (ky * w + kx) * c;
                if (x[i] == max) return i;
            }
        }
        return first; // only reachable with NaN in the window
    }

    /**
     * Where output (example {@code b}, channel {@code c}, row {@code oy}, column {@code ox}) of the
     * last forward took its maximum from, as {@code {row, column}} in the input map.
     */
    public int[] argmaxPosition(int b, int c, int oy, int ox) {
        int cs = inShape.channels(), w = inShape.width();
        int exampleBase = b * inShape.size();
        float max = output.data()[((b * outShape.height() + oy) * outShape.width() + ox) * cs + c];
        int idx = winner(input.data(), windowStart(exampleBase, oy, ox) + c, max) - exampleBase;
        int pos = idx / cs;
        return new int[] {pos / w, pos % w};
    }

    /**
     * Declares that this layer's input is the output of a ReLU, whose backward then becomes the
     * identity: an output of 0 means the whole window was 0 (ReLU's derivative there is 0) and a
     * positive output comes from a positive input (derivative 1), so masking here is exact.
     */
    void foldReluBackward() {
        afterRelu = true;
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
