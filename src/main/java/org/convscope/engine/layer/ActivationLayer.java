package org.convscope.engine.layer;

import org.convscope.engine.kernel.Vec;
import org.convscope.engine.layer.spec.Activation;
import org.convscope.engine.tensor.Shape;
import org.convscope.engine.tensor.Tensor;

/** An element-wise activation (or softmax over each example's vector). Backward uses the output y. */
public final class ActivationLayer extends Layer {
    private final Activation fn;
    private boolean backwardFoldedIntoNext; // the next layer already applied this ReLU's mask

    public ActivationLayer(Activation fn, Shape in) {
        super(in, in);
        this.fn = fn;
    }

    public Activation function() {
        return fn;
    }

    @Override
    public Tensor forward(Tensor x, boolean training) {
        checkInput(x);
        input = x;
        Tensor out = outputFor(x.batch());
        float[] xd = x.data(), yd = out.data();
        int n = x.length();
        switch (fn) {
            case RELU -> Vec.relu(xd, yd, n);
            case SIGMOID -> {
                for (int i = 0; i < n; i++) yd[i] = (float) (1.0 / (1.0 + Math.exp(-xd[i])));
            }
            case TANH -> {
                for (int i = 0; i < n; i++) yd[i] = (float) Math.tanh(xd[i]);
            }
            case SOFTMAX -> softmax(xd, yd, x.batch(), inShape.size());
            case LINEAR -> System.arraycopy(xd, 0, yd, 0, n);
        }
        return out;
    }

    @Override
    public Tensor backward(Tensor dy, boolean needInputGrad) {
        if (!needInputGrad) return null;
        if (backwardFoldedIntoNext) return dy;
        Tensor dx = inputGradFor(dy.batch());
        float[] y = output.data(), g = dy.data(), d = dx.data();
        int n = dy.length();
        switch (fn) {
            case RELU -> Vec.reluBackward(y, g, d, n);
            case SIGMOID -> {
                for (int i = 0; i < n; i++) d[i] = g[i] * y[i] * (1f - y[i]);
            }
            case TANH -> {
                for (int i = 0; i < n; i++) d[i] = g[i] * (1f - y[i] * y[i]);
            }
            case SOFTMAX -> {
                // dx_i = y_i (dy_i − Σ_j dy_j y_j), per example
                int k = inShape.size();
                for (int b = 0; b < dy.batch(); b++) {
                    int o = b * k;
                    double dot = 0;
                    for (int j = 0; j < k; j++) dot += g[o + j] * y[o + j];
                    for (int j = 0; j < k; j++) d[o + j] = (float) (y[o + j] * (g[o + j] - dot));
                }
            }
            case LINEAR -> System.arraycopy(g, 0, d, 0, n);
        }
        return dx;
    }

    /**
     * If this is a ReLU feeding a max pooling, lets the pooling apply the ReLU's backward (see
     * {@link MaxPool2D#foldReluBackward}); returns whether it did.
     */
    public static boolean foldReluIntoPool(Layer relu, Layer next) {
        if (relu instanceof ActivationLayer a && a.fn == Activation.RELU && next instanceof MaxPool2D pool) {
            a.backwardFoldedIntoNext = true;
            pool.foldReluBackward();
            return true;
        }
        return false;
    }

    /** Numerically stable softmax of each row of {@code k} values. */
    public static void softmax(float[] x, float[] y, int rows, int k) {
        for (int b = 0; b < rows; b++) {
            int o = b * k;
            float max = Float.NEGATIVE_INFINITY;
            for (int j = 0; j < k; j++) max = Math.max(max, x[o + j]);
            double sum = 0;
            for (int j = 0; j < k; j++) {
                double e = Math.exp(x[o + j] - max);
                y[o + j] = (float) e;
                sum += e;
            }
            for (int j = 0; j < k; j++) y[o + j] = (float) (y[o + j] / sum);
        }
    }

    @Override
    public Layer replicate() {
        return new ActivationLayer(fn, inShape);
    }

    @Override
    public String kind() {
        return fn.kerasName();
    }
}
