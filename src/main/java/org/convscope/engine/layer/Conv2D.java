package org.convscope.engine.layer;

import java.util.List;
import org.convscope.engine.kernel.ConvPositions;
import org.convscope.engine.kernel.DirectConv;
import org.convscope.engine.kernel.Gemm;
import org.convscope.engine.kernel.Im2Row;
import org.convscope.engine.kernel.SingleChannelConv;
import org.convscope.engine.kernel.Transpose;
import org.convscope.engine.kernel.Vec;
import org.convscope.engine.layer.spec.Activation;
import org.convscope.engine.layer.spec.Conv2DSpec;
import org.convscope.engine.layer.spec.Pool2DSpec;
import org.convscope.engine.tensor.Shape;
import org.convscope.engine.tensor.Tensor;

/**
 * 2-D convolution as im2row + one matrix product: {@code out[P×F] = rows[P×K] · W[K×F] + b},
 * with P = batch·OH·OW output positions and K = KH·KW·C window values. The activation is a
 * separate layer, so both the pre- and post-activation maps are taps.
 *
 * <p>The batch is processed a few images at a time so the unfolded rows stay in the L2 cache: a
 * whole batch of rows (4.4 MB for 32 images of the course model's second conv) would be written to
 * and read back from memory. Backward unfolds each chunk again, which costs less than the misses.
 *
 * <p>Wide layers (see {@link DirectConv#applies}) skip the unfolding altogether: their kernels read
 * each window where it lies in the input. One-channel inputs are convolved directly too
 * ({@link SingleChannelConv}).
 */
public final class Conv2D extends Layer {
    private final Conv2DSpec spec;
    private final Im2Row.Geometry g;
    private final int k;        // window length KH·KW·C
    private final int filters;
    private float[] rows;       // rows: [P, K], kept from forward for the weight gradient
    private float[] rowGrads;   // drows: [P, K]
    private float[] wT;         // W transposed: [F, K] (windowed: in DirectConv's blocks)
    private final int chunk;    // images per im2row chunk
    private boolean rowsHoldWholeBatch; // forward's rows are still valid for backward (one chunk)
    private final boolean direct;       // one input channel: convolve directly, no rows (see SingleChannelConv)
    private final int[] taps;           // direct: where each window value lies relative to the window's first
    private final boolean windowed;     // wide layer: DirectConv reads windows in place, no rows
    private final ConvPositions allPositions;
    private ConvPositions gradientPositions; // the outputs that can receive a gradient (all, unless a pooling reads fewer)
    private float[] scratch;
    private float[] windowGrads;      // windowed: the window gradients of one image, [positions + 1, K]

    public Conv2D(Conv2DSpec spec, Shape in) {
        super(in, spec.outputShape(in));
        this.spec = spec;
        int padTop = spec.padding().padBefore(in.height(), spec.kernelH(), spec.strideH());
        int padLeft = spec.padding().padBefore(in.width(), spec.kernelW(), spec.strideW());
        this.g = new Im2Row.Geometry(in.height(), in.width(), in.channels(), spec.kernelH(), spec.kernelW(),
                spec.strideH(), spec.strideW(), padTop, padLeft, outShape.height(), outShape.width());
        this.k = g.rowLength();
        this.filters = spec.filters();
        this.chunk = Math.max(1, ROWS_BUDGET_FLOATS / (g.oh() * g.ow() * k));
        this.direct = SingleChannelConv.applies(g);
        this.taps = direct ? SingleChannelConv.tapOffsets(g) : null;
        this.windowed = !direct && DirectConv.applies(g, filters);
        this.allPositions = windowed || direct ? ConvPositions.all(g, filters) : null;
        this.gradientPositions = allPositions;
    }

    /**
     * For each convolution whose output a pooling reads (directly or through an element-wise
     * activation), limits its backward pass to the outputs some pooling window covers: with
     * 'valid' pooling the last rows or columns may be read by no window (conv2 of the course
     * model: 11×11 outputs, a 2×2 pooling reads 10×10).
     */
    public static void limitGradientsToPooledOutputs(List<Layer> layers) {
        for (int i = 0; i + 1 < layers.size(); i++) {
            if (!(layers.get(i) instanceof Conv2D conv)) continue;
            Layer next = layers.get(i + 1);
            if (next instanceof ActivationLayer a && a.function() != Activation.SOFTMAX && i + 2 < layers.size()) {
                next = layers.get(i + 2);
            }
            Pool2DSpec pool = next instanceof MaxPool2D m ? m.spec() : next instanceof AvgPool2D a ? a.spec() : null;
            if (pool == null) continue;
            Shape po = next.outputShape();
            conv.limitGradientTo((po.height() - 1) * pool.strideH() + pool.sizeH(), (po.width() - 1) * pool.strideW() + pool.sizeW());
        }
    }

    /**
     * Declares that only outputs in rows [0, rows) × columns [0, cols) reach the loss (a pooling
     * that follows reads no others): the others get a gradient of exactly zero, which backward then
     * skips instead of multiplying through.
     */
    void limitGradientTo(int rows, int cols) {
        if ((windowed || direct) && (rows < g.oh() || cols < g.ow())) gradientPositions = new ConvPositions(g, filters, rows, cols);
    }

    /** Unfolded rows kept per chunk: 1.25 MB, so a training chunk of 8 images keeps its rows for backward in a 2 MB L2. */
    private static final int ROWS_BUDGET_FLOATS = 320 * 1024;

    public Conv2DSpec spec() {
        return spec;
    }

    public Im2Row.Geometry geometry() {
        return g;
    }

    // weights: [KH, KW, C, F] at paramOffset, then bias: [F]
    private int weightOffset() {
        return paramOffset;
    }

    private int biasOffset() {
        return paramOffset + k * filters;
    }

    @Override
    public Tensor forward(Tensor x, boolean training) {
        checkInput(x);
        input = x;
        int nb = x.batch();
        int perImage = g.oh() * g.ow();
        Tensor out = outputFor(nb); // out: [nb, OH, OW, F]
        if (windowed) {
            // training computes only the outputs that reach the loss (the rest are never read);
            // the taps the views show come from inference passes, which compute them all
            ConvPositions positions = training ? gradientPositions : allPositions;
            int count = positions.ensure(nb);
            DirectConv.forward(x.data(), 0, g, params, weightOffset(), biasOffset(), filters,
                    positions.in(), positions.out(), 0, count, out.data(), 0);
            return out;
        }
        if (direct) {
            SingleChannelConv.forward(x.data(), 0, nb, g, taps, params, weightOffset(), biasOffset(), filters, out.data(), 0);
            return out;
        }
        Vec.broadcastRows(params, biasOffset(), filters, out.data(), 0, nb * perImage);
        rows = ensure(rows, Math.min(nb, chunk) * perImage * k);
        for (int b0 = 0; b0 < nb; b0 += chunk) {
            int n = Math.min(chunk, nb - b0), positions = n * perImage;
            Im2Row.im2row(x.data(), b0 * g.inputSize(), n, g, rows, 0);
            Gemm.gemm(positions, filters, k, rows, 0, k, 1, params, weightOffset(), filters,
                    out.data(), b0 * perImage * filters, filters, true);
        }
        rowsHoldWholeBatch = nb <= chunk;
        return out;
    }

    /**
     * Outputs per image that a training pass (and a fused inference step) computes: those a
     * following pooling reads, else all of them.
     */
    public int computedOutputs() {
        return gradientPositions != null ? gradientPositions.perImage() : g.oh() * g.ow();
    }

    /** Whether {@link #forwardRows} can compute part of an image (the direct kernels can; im2row cannot). */
    boolean computesRows() {
        return direct || windowed;
    }

    /** Whether {@link #forwardPooled} can run this layer with {@code pool} after it. */
    boolean poolsInRegisters(Pool2DSpec pool) {
        return direct && SingleChannelConv.poolsInRegisters(g, filters, pool.sizeH(), pool.sizeW(), pool.strideH(), pool.strideW());
    }

    /**
     * One image through this layer and a 2×2 max pooling of stride 2 (see {@link #poolsInRegisters}):
     * out = max(floor, the window's four outputs as {@link #forward} computes them). x: the image at
     * imageOff; out: [pooledH, pooledW, F] at outOff.
     */
    void forwardPooled(float[] x, int imageOff, int pooledH, int pooledW, float floor, float[] out, int outOff) {
        SingleChannelConv.forwardPooled(x, imageOff, g, taps, 0, pooledH, pooledW, params, weightOffset(), biasOffset(),
                filters, floor, out, outOff);
    }

    /**
     * Output rows [oy0, oy1) of one image, columns [0, band.cols()), exactly as {@link #forward}
     * computes them. x: the image at imageOff; out: [oy1 − oy0, OW, F]; band: positions of this
     * layer covering at least oy1 − oy0 rows.
     */
    void forwardRows(float[] x, int imageOff, int oy0, int oy1, ConvPositions band, float[] out) {
        if (windowed) {
            int count = (oy1 - oy0) * band.cols();
            band.ensure(1);
            DirectConv.forward(x, imageOff + oy0 * g.sh() * g.w() * g.c(), g, params, weightOffset(), biasOffset(), filters,
                    band.in(), band.out(), 0, count, out, 0);
            return;
        }
        SingleChannelConv.forwardRows(x, imageOff, g, taps, oy0, oy1, params, weightOffset(), biasOffset(), filters, out, 0);
    }

    @Override
    public Tensor backward(Tensor dy, boolean needInputGrad) {
        int nb = dy.batch();
        int perImage = g.oh() * g.ow();
        if (needInputGrad) {
            wT = ensure(wT, filters * k);
            if (windowed) {
                DirectConv.packTransposed(params, weightOffset(), k, filters, wT);
            } else {
                Transpose.of(params, weightOffset(), k, filters, wT, 0);
                rowGrads = ensure(rowGrads, Math.min(nb, chunk) * perImage * k);
            }
        }
        Tensor dx = needInputGrad ? inputGradFor(nb) : null;
        Vec.sumRowsInto(dy.data(), 0, nb * perImage, filters, grads, biasOffset());
        if (windowed) {
            windowedBackward(dy, dx, nb);
            return dx;
        }
        if (direct) {
            int count = gradientPositions.ensure(nb);
            scratch = ensure(scratch, SingleChannelConv.scratchSize());
            SingleChannelConv.weightGradient(input.data(), g, taps, gradientPositions.in(), gradientPositions.out(), count,
                    dy.data(), filters, grads, weightOffset(), scratch);
            if (!needInputGrad) return null;
            rows = ensure(rows, Math.min(nb, chunk) * perImage * k);
            rowsHoldWholeBatch = false;
        }
        for (int b0 = 0; b0 < nb; b0 += chunk) {
            int n = Math.min(chunk, nb - b0), positions = n * perImage;
            int dyOff = b0 * perImage * filters;
            if (!direct) {
                if (!rowsHoldWholeBatch) Im2Row.im2row(input.data(), b0 * g.inputSize(), n, g, rows, 0);
                // dW[K×F] += rows^T[K×P] · dy[P×F]
                Gemm.gemm(k, filters, positions, rows, 0, 1, k, dy.data(), dyOff, filters,
                        grads, weightOffset(), filters, true);
            }
            if (!needInputGrad) continue;
            // drows[P×K] = dy[P×F] · W^T[F×K]
            Gemm.gemm(positions, k, filters, dy.data(), dyOff, filters, 1, wT, 0, k, rowGrads, 0, k, false);
            Im2Row.row2im(rowGrads, 0, n, g, dx.data(), b0 * g.inputSize());
        }
        return dx;
    }

    // dW += windowsᵀ·dy and dx = dy·Wᵀ scattered onto the windows, over the outputs that get a gradient
    private void windowedBackward(Tensor dy, Tensor dx, int nb) {
        int count = gradientPositions.ensure(nb);
        int[] in = gradientPositions.in(), out = gradientPositions.out();
        scratch = ensure(scratch, DirectConv.scratchSize(count, filters));
        DirectConv.weightGradient(input.data(), 0, g, in, out, count, dy.data(), 0, filters, grads, weightOffset(), true, scratch);
        if (dx == null) return;
        windowGrads = ensure(windowGrads, DirectConv.rowsScratchSize(gradientPositions, g));
        DirectConv.inputGradient(dy.data(), 0, g, gradientPositions, nb, wT, filters, windowGrads, dx.data(), 0);
    }

    @Override
    public List<ParamBlock> paramBlocks() {
        int fanIn = g.c() * g.kh() * g.kw();
        int fanOut = filters * g.kh() * g.kw();
        return List.of(
                new ParamBlock("kernel", new int[] {filters, g.c(), g.kh(), g.kw()}, fanIn, fanOut, false),
                new ParamBlock("bias", new int[] {filters}, fanIn, fanOut, true));
    }

    // file: [F][C][KH][KW] then bias [F]; here: [KH][KW][C][F] then bias
    @Override
    public void exportParams(float[] dst, int off) {
        int c = g.c(), kh = g.kh(), kw = g.kw();
        for (int f = 0; f < filters; f++)
            for (int ch = 0; ch < c; ch++)
                for (int y = 0; y < kh; y++)
                    for (int x = 0; x < kw; x++)
                        dst[off++] = params[weightOffset() + ((y * kw + x) * c + ch) * filters + f];
        System.arraycopy(params, biasOffset(), dst, off, filters);
    }

    @Override
    public void importParams(float[] src, int off) {
        int c = g.c(), kh = g.kh(), kw = g.kw();
        for (int f = 0; f < filters; f++)
            for (int ch = 0; ch < c; ch++)
                for (int y = 0; y < kh; y++)
                    for (int x = 0; x < kw; x++)
                        params[weightOffset() + ((y * kw + x) * c + ch) * filters + f] = src[off++];
        System.arraycopy(src, off, params, biasOffset(), filters);
    }

    /** Kernel weight W[f][c][ky][kx] as the user thinks of it. */
    public float weight(int f, int c, int ky, int kx) {
        return params[weightOffset() + ((ky * g.kw() + kx) * g.c() + c) * filters + f];
    }

    public float bias(int f) {
        return params[biasOffset() + f];
    }

    @Override
    public Layer replicate() {
        return new Conv2D(spec, inShape);
    }

    @Override
    public String kind() {
        return "conv2d";
    }
}
