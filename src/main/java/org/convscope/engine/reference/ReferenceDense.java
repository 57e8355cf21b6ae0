package org.convscope.engine.reference;

import org.convscope.engine.tensor.Shape;

/**
 * Fully connected layer: {@code y[n,u] = b[u] + Σ_i W[u,i] · x[n,i]}.
 * Parameters: W: [U,I] then b: [U] (PyTorch's nn.Linear layout).
 */
public final class ReferenceDense implements ReferenceLayer {
    private final int inputs;
    private final int units;

    public ReferenceDense(int units, Shape input) {
        if (!input.isVector()) throw new IllegalArgumentException("Dense needs a vector input, got " + input);
        this.inputs = input.size();
        this.units = units;
    }

    @Override
    public Shape inputShape() {
        return Shape.vector(inputs);
    }

    @Override
    public Shape outputShape() {
        return Shape.vector(units);
    }

    @Override
    public int paramCount() {
        return units * inputs + units;
    }

    private int weight(int u, int i) {
        return u * inputs + i;
    }

    private int bias(int u) {
        return units * inputs + u;
    }

    @Override
    public double[] forward(double[] x, int n, double[] params, int off) {
        double[] y = new double[n * units]; // y: [N,U]
        for (int b = 0; b < n; b++)
            for (int u = 0; u < units; u++) {
                double sum = params[off + bias(u)];
                for (int i = 0; i < inputs; i++) sum += params[off + weight(u, i)] * x[b * inputs + i];
                y[b * units + u] = sum;
            }
        return y;
    }

    // ∂y[n,u]/∂b[u] = 1, ∂y[n,u]/∂W[u,i] = x[n,i], ∂y[n,u]/∂x[n,i] = W[u,i]
    @Override
    public double[] backward(double[] x, int n, double[] params, int off, double[] dy, double[] grads) {
        double[] dx = new double[n * inputs]; // dx: [N,I]
        for (int b = 0; b < n; b++)
            for (int u = 0; u < units; u++) {
                double g = dy[b * units + u];
                grads[off + bias(u)] += g;
                for (int i = 0; i < inputs; i++) {
                    grads[off + weight(u, i)] += g * x[b * inputs + i];
                    dx[b * inputs + i] += g * params[off + weight(u, i)];
                }
            }
        return dx;
    }
}
