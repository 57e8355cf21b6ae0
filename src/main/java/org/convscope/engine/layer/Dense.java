package org.convscope.engine.layer;

import java.util.List;
import org.convscope.engine.kernel.Gemm;
import org.convscope.engine.kernel.Transpose;
import org.convscope.engine.kernel.Vec;
import org.convscope.engine.tensor.Shape;
import org.convscope.engine.tensor.Tensor;

/** Fully connected layer: {@code y[B×U] = x[B×I] · W[I×U] + b} (W stored as Keras does, [in][out]). */
public final class Dense extends Layer {
    private final int in;
    private final int units;
    private float[] wT; // W transposed: [U, I]

    public Dense(int units, Shape inShape) {
        super(inShape, Shape.vector(units));
        if (!inShape.isVector()) throw new IllegalArgumentException("Dense needs a flat input, got " + inShape);
        this.in = inShape.size();
        this.units = units;
    }

    // weights: [I, U] at paramOffset, then bias: [U]
    private int biasOffset() {
        return paramOffset + in * units;
    }

    @Override
    public Tensor forward(Tensor x, boolean training) {
        checkInput(x);
        input = x;
        int nb = x.batch();
        Tensor out = outputFor(nb);
        Vec.broadcastRows(params, biasOffset(), units, out.data(), 0, nb);
        Gemm.gemm(nb, units, in, x.data(), 0, in, 1, params, paramOffset, units, out.data(), 0, units, true);
        return out;
    }

    @Override
    public Tensor backward(Tensor dy, boolean needInputGrad) {
        int nb = dy.batch();
        // dW[I×U] += x^T[I×B] · dy[B×U]
        Gemm.gemm(in, units, nb, input.data(), 0, 1, in, dy.data(), 0, units, grads, paramOffset, units, true);
        Vec.sumRowsInto(dy.data(), 0, nb, units, grads, biasOffset());
        if (!needInputGrad) return null;
        wT = ensure(wT, units * in);
        Transpose.of(params, paramOffset, in, units, wT, 0);
        Tensor dx = inputGradFor(nb);
        // dx[B×I] = dy[B×U] · W^T[U×I]
        Gemm.gemm(nb, in, units, dy.data(), 0, units, 1, wT, 0, in, dx.data(), 0, in, false);
        return dx;
    }

    @Override
    public List<ParamBlock> paramBlocks() {
        return List.of(
                new ParamBlock("kernel", new int[] {units, in}, in, units, false),
                new ParamBlock("bias", new int[] {units}, in, units, true));
    }

    // file: [U][I] then bias [U]; here: [I][U] then bias
    @Override
    public void exportParams(float[] dst, int off) {
        for (int u = 0; u < units; u++)
            for (int i = 0; i < in; i++) dst[off++] = params[paramOffset + i * units + u];
        System.arraycopy(params, biasOffset(), dst, off, units);
    }

    @Override
    public void importParams(float[] src, int off) {
        for (int u = 0; u < units; u++)
            for (int i = 0; i < in; i++) params[paramOffset + i * units + u] = src[off++];
        System.arraycopy(src, off, params, biasOffset(), units);
    }

    /** Weight from input {@code i} to unit {@code u}. */
    public float weight(int u, int i) {
        return params[paramOffset + i * units + u];
    }

    public float bias(int u) {
        return params[biasOffset() + u];
    }

    public int units() {
        return units;
    }

    @Override
    public Layer replicate() {
        return new Dense(units, inShape);
    }

    @Override
    public String kind() {
        return "dense";
    }
}
