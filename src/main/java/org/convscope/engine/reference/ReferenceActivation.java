package org.convscope.engine.reference;

import org.convscope.engine.layer.spec.Activation;
import org.convscope.engine.tensor.Shape;

/**
 * An element-wise activation: relu, sigmoid, tanh (or linear, the identity). Softmax mixes the
 * values of an example and is {@link ReferenceSoftmax}.
 */
public final class ReferenceActivation implements ReferenceLayer {
    private final Activation fn;
    private final Shape shape;

    public ReferenceActivation(Activation fn, Shape shape) {
        if (fn == Activation.SOFTMAX) throw new IllegalArgumentException("softmax is not element-wise: use ReferenceSoftmax");
        this.fn = fn;
        this.shape = shape;
    }

    @Override
    public Shape inputShape() {
        return shape;
    }

    @Override
    public Shape outputShape() {
        return shape;
    }

    @Override
    public double[] forward(double[] x, int n, double[] params, int off) {
        double[] y = new double[x.length]; // y: same shape as x
        for (int i = 0; i < x.length; i++) y[i] = value(x[i]);
        return y;
    }

    @Override
    public double[] backward(double[] x, int n, double[] params, int off, double[] dy, double[] grads) {
        double[] dx = new double[x.length]; // dx: same shape as x
        for (int i = 0; i < x.length; i++) dx[i] = dy[i] * slope(x[i]);
        return dx;
    }

    double value(double x) {
        return switch (fn) {
            case RELU -> x > 0 ? x : 0;
            case SIGMOID -> 1 / (1 + Math.exp(-x));
            case TANH -> Math.tanh(x);
            case LINEAR -> x;
            case SOFTMAX -> throw new AssertionError();
        };
    }

    /** The derivative f'(x); relu's is taken as 0 at 0, as Keras and PyTorch do. */
    double slope(double x) {
        return switch (fn) {
            case RELU -> x > 0 ? 1 : 0;
            case SIGMOID -> value(x) * (1 - value(x));
            case TANH -> 1 - Math.tanh(x) * Math.tanh(x);
            case LINEAR -> 1;
            case SOFTMAX -> throw new AssertionError();
        };
    }
}
