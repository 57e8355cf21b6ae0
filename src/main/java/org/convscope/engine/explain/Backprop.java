package org.convscope.engine.explain;

import java.util.List;
import org.convscope.engine.layer.ActivationLayer;
import org.convscope.engine.layer.Layer;
import org.convscope.engine.layer.MaxPool2D;
import org.convscope.engine.layer.spec.Activation;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.tensor.Shape;
import org.convscope.engine.tensor.Tensor;

/**
 * The gradient of one class score per example with respect to the input, or to any runtime layer's output,
 * through the layers' own backward pass, in inference mode (dropout is the identity). No optimizer step is
 * taken: the parameter gradients the layers compute on the way go into a scratch array of this object's
 * model, which must be a model of its own (the {@link Explainer} builds one from a copy of the weights).
 *
 * <p>Not thread-safe; the tensors returned are the model's buffers, valid until the next call.
 */
public final class Backprop {
    private final Sequential model;
    private final List<Layer> layers;
    private final int logitLayers; // the runtime layers forward runs: all but a final softmax
    private Tensor dLogits;        // dLogits: [N,K]
    private Tensor routed;         // d(score)/d(input of a max pooling), routed by its winners: [N,H,W,C]
    private Tensor masked;         // a gradient at a ReLU's output, times its mask: [N,H,W,C]

    /** Takes over {@code model}'s gradient array: give it a model nobody trains. */
    public Backprop(Sequential model) {
        this.model = model;
        this.layers = model.layers();
        Layer last = layers.get(layers.size() - 1);
        boolean softmax = last instanceof ActivationLayer a && a.function() == Activation.SOFTMAX;
        this.logitLayers = softmax ? layers.size() - 1 : layers.size();
        model.bindGradients(new float[model.paramCount()]);
    }

    public Sequential model() {
        return model;
    }

    /** Logits of a batch in inference mode; every layer's tap is refreshed. x: [N,H,W,C]; returns [N,K]. */
    public Tensor forward(Tensor x) {
        return model.forward(x, false);
    }

    /**
     * After {@link #forward}: d(score of class {@code classes[n]})/d(output of runtime layer {@code layer})
     * for every example n, or d/d(input) for {@code layer} = −1. Returns [N, that layer's output shape],
     * NHWC for images.
     *
     * <p>A ReLU followed by max pooling shares its backward with the pooling (the engine folds the ReLU's
     * mask into it), so the gradient the pooling returns is the one at the ReLU's input. At the ReLU's
     * output the gradient is routed through the pooling's winners here instead, as Keras and the
     * reference compute it: a window whose values are all 0 passes its gradient on to its first 0.
     */
    public Tensor gradient(int[] classes, Target target, int layer) {
        if (layer < -1 || layer >= logitLayers) {
            throw new IllegalArgumentException("layer " + layer + " is not between -1 and " + (logitLayers - 1));
        }
        Tensor z = layers.get(logitLayers - 1).lastOutput(); // z: [N,K], the logits of the last forward
        int n = z.batch(), k = z.shape().size();
        if (classes.length != n) throw new IllegalArgumentException(classes.length + " classes for " + n + " examples");
        dLogits = Tensor.reuse(dLogits, n, z.shape());
        for (int b = 0; b < n; b++) {
            if (classes[b] < 0 || classes[b] >= k) throw new IllegalArgumentException("class " + classes[b] + " is not between 0 and " + (k - 1));
            target.seed(z.data(), b * k, k, classes[b], dLogits.data(), b * k);
        }
        model.zeroGrads(); // the scratch parameter gradients stay bounded; nobody reads them
        boolean throughPool = layer >= 0 && layer + 1 < logitLayers && layers.get(layer + 1) instanceof MaxPool2D;
        int stop = throughPool ? layer + 1 : layer;
        Tensor g = dLogits;
        for (int i = logitLayers - 1; i > stop; i--) g = layers.get(i).backward(g, true);
        return throughPool ? routeThroughWinners((MaxPool2D) layers.get(layer + 1), g) : g;
    }

    /**
     * After {@link #forward}: back-propagates {@code dOutput}, the gradient of some scalar with respect to the
     * output of runtime layer {@code layer}, down to the input (a filter's mean response, for feature
     * visualization). dOutput: [N, that layer's output shape], NHWC; returns d(scalar)/d(input): [N,H,W,C].
     */
    public Tensor inputGradient(int layer, Tensor dOutput) {
        if (layer < 0 || layer >= logitLayers) {
            throw new IllegalArgumentException("layer " + layer + " is not between 0 and " + (logitLayers - 1));
        }
        if (!dOutput.shape().equals(layers.get(layer).outputShape())) {
            throw new IllegalArgumentException("gradient of shape " + dOutput.shape() + " for an output of " + layers.get(layer).outputShape());
        }
        model.zeroGrads();
        Tensor g = dOutput;
        int from = layer;
        if (layer + 1 < logitLayers && layers.get(layer + 1) instanceof MaxPool2D
                && layers.get(layer) instanceof ActivationLayer a && a.function() == Activation.RELU) {
            g = reluMasked(a, dOutput); // the pooling applies this ReLU's mask in its backward, not the ReLU
            from = layer - 1;
        }
        for (int i = from; i >= 0; i--) g = layers.get(i).backward(g, true);
        return g;
    }

    // dy where the ReLU's output is positive, else 0. dy: [N,H,W,C]
    private Tensor reluMasked(ActivationLayer relu, Tensor dy) {
        masked = Tensor.reuse(masked, dy.batch(), dy.shape());
        float[] y = relu.lastOutput().data(), g = dy.data(), out = masked.data();
        for (int i = 0, n = dy.length(); i < n; i++) out[i] = y[i] > 0 ? g[i] : 0f;
        return masked;
    }

    // d/d(pool input) = dy at each window's first maximum, 0 elsewhere. dy: [N,OH,OW,C]; returns [N,H,W,C]
    private Tensor routeThroughWinners(MaxPool2D pool, Tensor dy) {
        Shape in = pool.inputShape(), out = pool.outputShape();
        int c = in.channels(), w = in.width();
        routed = Tensor.reuse(routed, dy.batch(), in);
        float[] dx = routed.data();
        java.util.Arrays.fill(dx, 0, routed.length(), 0f);
        float[] g = dy.data();
        for (int b = 0; b < dy.batch(); b++) {
            for (int oy = 0; oy < out.height(); oy++) {
                for (int ox = 0; ox < out.width(); ox++) {
                    for (int ch = 0; ch < c; ch++) {
                        int[] rc = pool.argmaxPosition(b, ch, oy, ox);
                        dx[b * in.size() + (rc[0] * w + rc[1]) * c + ch] += g[((b * out.height() + oy) * out.width() + ox) * c + ch];
                    }
                }
            }
        }
        return routed;
    }

    /** Runtime layers that forward runs (a final softmax is left to the score). */
    public int logitLayers() {
        return logitLayers;
    }
}
