package org.convscope.engine.layer;

import java.util.List;
import org.convscope.engine.tensor.Shape;
import org.convscope.engine.tensor.Tensor;

/**
 * A runtime layer: forward and backward side by side, as in ConvNetJS and llm.c.
 *
 * <p>Parameters live in one flat array owned by the model ({@link #bind}); replicas made for other
 * threads share that array and each accumulate into their own gradient array. The last input and
 * output are kept ("taps") so views can show what the layer made of an image. An inference pass
 * leaves every tap complete; a training pass may skip outputs that nothing after it reads (a
 * convolution's last rows that no pooling window covers).
 */
public abstract class Layer {
    protected final Shape inShape;
    protected final Shape outShape;
    protected Tensor input;   // tap: the last input (owned by the previous layer)
    protected Tensor output;  // tap: the last output (owned here, reused)
    protected Tensor inputGrad;
    protected float[] params;
    protected float[] grads;
    protected int paramOffset;
    private int paramCount = -1;

    protected Layer(Shape inShape, Shape outShape) {
        this.inShape = inShape;
        this.outShape = outShape;
    }

    /** Computes the output for a batch; {@code training} switches dropout and the like. */
    public abstract Tensor forward(Tensor x, boolean training);

    /**
     * Given dL/d(output) for the last forward batch, adds dL/d(params) into the gradient array and,
     * if {@code needInputGrad}, returns dL/d(input) (else null: the first layer skips that work).
     */
    public abstract Tensor backward(Tensor dy, boolean needInputGrad);

    /** A layer of the same configuration and parameter offset, with buffers of its own. */
    public abstract Layer replicate();

    /** Short name of the operation, for views: conv2d, relu, max_pool2d, … */
    public abstract String kind();

    /** The parameter tensors in the model file's (PyTorch) layout, in file order. */
    public List<ParamBlock> paramBlocks() {
        return List.of();
    }

    public final int paramCount() {
        // counted once: binding gradient buffers asks for it on every training chunk
        if (paramCount < 0) paramCount = paramBlocks().stream().mapToInt(ParamBlock::length).sum();
        return paramCount;
    }

    /** Points this layer at its slice of the model's flat parameter and gradient arrays. */
    public final void bind(float[] params, float[] grads, int offset) {
        this.params = params;
        this.grads = grads;
        this.paramOffset = offset;
    }

    /** Writes this layer's parameters in file layout into {@code dst} at {@code off}. */
    public void exportParams(float[] dst, int off) {
    }

    /** Reads this layer's parameters from file layout. */
    public void importParams(float[] src, int off) {
    }

    public int paramOffset() {
        return paramOffset;
    }

    public Shape inputShape() {
        return inShape;
    }

    public Shape outputShape() {
        return outShape;
    }

    /** The last input seen (a tap); null before the first forward. */
    public Tensor lastInput() {
        return input;
    }

    /** The last output produced (a tap); null before the first forward. */
    public Tensor lastOutput() {
        return output;
    }

    protected final Tensor outputFor(int batch) {
        output = Tensor.reuse(output, batch, outShape);
        return output;
    }

    protected final Tensor inputGradFor(int batch) {
        inputGrad = Tensor.reuse(inputGrad, batch, inShape);
        return inputGrad;
    }

    protected final void checkInput(Tensor x) {
        if (!x.shape().equals(inShape)) {
            throw new IllegalArgumentException(kind() + " expects input " + inShape + " but got " + x.shape());
        }
    }

    protected static float[] ensure(float[] buf, int n) {
        return buf != null && buf.length >= n ? buf : new float[n];
    }
}
