package org.convscope.engine.layer;

import java.util.List;
import org.convscope.engine.kernel.ConvPositions;
import org.convscope.engine.kernel.Im2Row;
import org.convscope.engine.kernel.Vec;
import org.convscope.engine.layer.spec.Activation;
import org.convscope.engine.tensor.Shape;
import org.convscope.engine.tensor.Tensor;

/**
 * A convolution, its ReLU (if any) and the max pooling after it, as one inference step without
 * taps: the convolution's output lives only in a small buffer, a band of rows of one image at a
 * time, which stays in cache (or, for a one-channel input and a 2×2 pooling, only in registers),
 * and only the rows and columns some pooling window reads are computed. Each output is the maximum of its window and 0, which is the maximum of the ReLUs;
 * the numbers are bit for bit those of the three layers run one after another.
 */
public final class ConvReluPool {
    /** Floats of convolution output kept per band: 32 KB, within the L1 cache. */
    private static final int BAND_BUDGET_FLOATS = 8 * 1024;

    private final Conv2D conv;
    private final float floor;          // 0 applies the ReLU, −∞ none
    private final MaxPool2D pool;
    private final boolean inRegisters;  // the convolution's outputs never leave registers (one channel, 2×2 pooling)
    private final Shape outShape;
    private final int bandPools;        // pooled rows per band
    private final ConvPositions band;   // convolution outputs of one band: the rows and columns pooling reads
    private final float[] buffer;       // buffer: [bandRows, OW, F]
    private Tensor out;

    private ConvReluPool(Conv2D conv, boolean relu, MaxPool2D pool) {
        this.conv = conv;
        this.floor = relu ? 0f : Float.NEGATIVE_INFINITY;
        this.pool = pool;
        this.inRegisters = conv.poolsInRegisters(pool.spec());
        this.outShape = pool.outputShape();
        Im2Row.Geometry g = conv.geometry();
        int sh = pool.spec().strideH(), ph = pool.spec().sizeH();
        int perBand = 1;
        while (perBand < outShape.height() && rowsFor(perBand + 1, sh, ph) * g.ow() * conv.spec().filters() <= BAND_BUDGET_FLOATS) perBand++;
        this.bandPools = perBand;
        int cols = (outShape.width() - 1) * pool.spec().strideW() + pool.spec().sizeW();
        this.band = new ConvPositions(g, conv.spec().filters(), rowsFor(perBand, sh, ph), cols);
        this.buffer = new float[band.rows() * g.ow() * conv.spec().filters()];
    }

    private static int rowsFor(int pooledRows, int stride, int size) {
        return (pooledRows - 1) * stride + size;
    }

    /**
     * The fused step for layers[i..]: a convolution whose rows can be computed alone, then a ReLU
     * or nothing, then a max pooling; null if layers[i..] do not start that way.
     */
    public static ConvReluPool startingAt(List<Layer> layers, int i, int end) {
        if (!(layers.get(i) instanceof Conv2D conv) || !conv.computesRows()) return null;
        boolean relu = i + 1 < end && layers.get(i + 1) instanceof ActivationLayer a
                && a.function() == Activation.RELU;
        int next = relu ? i + 2 : i + 1;
        if (next >= end || !(layers.get(next) instanceof MaxPool2D pool)) return null;
        return new ConvReluPool(conv, relu, pool);
    }

    /** How many runtime layers this step stands for (2 or 3). */
    public int layerCount() {
        return floor == 0f ? 3 : 2;
    }

    /** Pooled maps for a batch. x: [n,H,W,C] -> [n,PH,PW,F] (owned here, overwritten by the next call) */
    public Tensor forward(Tensor x) {
        int n = x.batch(), f = conv.spec().filters();
        Im2Row.Geometry g = conv.geometry();
        int sh = pool.spec().strideH(), sw = pool.spec().strideW(), ph = pool.spec().sizeH(), pw = pool.spec().sizeW();
        int pooledH = outShape.height(), pooledW = outShape.width(), rowStride = g.ow() * f;
        out = Tensor.reuse(out, n, outShape);
        float[] xd = x.data(), od = out.data();
        if (inRegisters) {
            for (int b = 0; b < n; b++) conv.forwardPooled(xd, b * g.inputSize(), pooledH, pooledW, floor, od, b * outShape.size());
            return out;
        }
        for (int b = 0; b < n; b++) {
            for (int py0 = 0; py0 < pooledH; py0 += bandPools) {
                int py1 = Math.min(pooledH, py0 + bandPools), oy0 = py0 * sh;
                conv.forwardRows(xd, b * g.inputSize(), oy0, rowsFor(py1, sh, ph), band, buffer);
                for (int py = py0; py < py1; py++) {
                    int o = ((b * pooledH + py) * pooledW) * f;
                    for (int px = 0; px < pooledW; px++, o += f) {
                        Vec.maxWindow(buffer, (py * sh - oy0) * rowStride + px * sw * f, rowStride, ph, pw, f, floor, od, o);
                    }
                }
            }
        }
        return out;
    }
}
