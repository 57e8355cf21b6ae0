package org.convscope.engine.reference;

import org.convscope.engine.tensor.Shape;

/**
 * Flatten in C,H,W order. In channels-first memory an example [C,H,W] already is that vector, so
 * both directions are copies: the point of this layer is the shape, not the numbers.
 */
public final class ReferenceFlatten implements ReferenceLayer {
    private final Shape input;

    public ReferenceFlatten(Shape input) {
        this.input = input;
    }

    @Override
    public Shape inputShape() {
        return input;
    }

    @Override
    public Shape outputShape() {
        return Shape.vector(input.size());
    }

    @Override
    public double[] forward(double[] x, int n, double[] params, int off) {
        return x.clone(); // [N,C,H,W] -> [N, C·H·W]
    }

    @Override
    public double[] backward(double[] x, int n, double[] params, int off, double[] dy, double[] grads) {
        return dy.clone(); // [N, C·H·W] -> [N,C,H,W]
    }
}
