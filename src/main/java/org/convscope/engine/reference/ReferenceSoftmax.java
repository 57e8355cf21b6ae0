package org.convscope.engine.reference;

import org.convscope.engine.tensor.Shape;

/**
 * Softmax over each example's K values, y_j = e^{x_j} / Σ_k e^{x_k}. Backward multiplies dy by the
 * full K×K Jacobian ∂y_j/∂x_i = y_j (δ_ij − y_i), written out rather than simplified, so it is
 * checked independently of the fast engine's shortcut.
 */
public final class ReferenceSoftmax implements ReferenceLayer {
    private final int k;

    public ReferenceSoftmax(Shape shape) {
        if (!shape.isVector()) throw new IllegalArgumentException("softmax needs a vector input, got " + shape);
        this.k = shape.size();
    }

    @Override
    public Shape inputShape() {
        return Shape.vector(k);
    }

    @Override
    public Shape outputShape() {
        return Shape.vector(k);
    }

    @Override
    public double[] forward(double[] x, int n, double[] params, int off) {
        double[] y = new double[n * k]; // y: [N,K]
        for (int b = 0; b < n; b++) System.arraycopy(softmax(x, b * k, k), 0, y, b * k, k);
        return y;
    }

    /** softmax of x[from, from+k); the maximum is subtracted first so e^x cannot overflow. */
    static double[] softmax(double[] x, int from, int k) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < k; j++) max = Math.max(max, x[from + j]);
        double[] e = new double[k]; // e: [K]
        double sum = 0;
        for (int j = 0; j < k; j++) {
            e[j] = Math.exp(x[from + j] - max);
            sum += e[j];
        }
        for (int j = 0; j < k; j++) e[j] /= sum;
        return e;
    }

    @Override
    public double[] backward(double[] x, int n, double[] params, int off, double[] dy, double[] grads) {
        double[] dx = new double[n * k]; // dx: [N,K]
        for (int b = 0; b < n; b++) {
            double[][] jacobian = jacobian(softmax(x, b * k, k));
            for (int i = 0; i < k; i++)
                for (int j = 0; j < k; j++) dx[b * k + i] += dy[b * k + j] * jacobian[j][i];
        }
        return dx;
    }

    // jacobian: [K,K], jacobian[j][i] = ∂y_j/∂x_i
    private static double[][] jacobian(double[] y) {
        int k = y.length;
        double[][] jac = new double[k][k];
        for (int j = 0; j < k; j++)
            for (int i = 0; i < k; i++) jac[j][i] = y[j] * ((i == j ? 1 : 0) - y[i]);
        return jac;
    }
}
