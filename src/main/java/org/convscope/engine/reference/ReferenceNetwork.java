package org.convscope.engine.reference;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.convscope.engine.layer.spec.Activation;
import org.convscope.engine.layer.spec.ActivationSpec;
import org.convscope.engine.layer.spec.Conv2DSpec;
import org.convscope.engine.layer.spec.DenseSpec;
import org.convscope.engine.layer.spec.DropoutSpec;
import org.convscope.engine.layer.spec.FlattenSpec;
import org.convscope.engine.layer.spec.LayerInfo;
import org.convscope.engine.layer.spec.LayerSpec;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.layer.spec.Pool2DSpec;
import org.convscope.engine.tensor.Shape;

/**
 * A whole model in the reference engine, built from a {@link ModelSpec} the way the fast
 * {@code Sequential} builds it: a Conv2D or Dense spec becomes the layer followed by its
 * activation, and a final softmax is left to the loss, so {@link #logits} are what the fast
 * engine's forward returns. Dropout is an identity layer here (the network as inference sees
 * it), so compare against the fast engine in training mode only on models without dropout.
 *
 * <p>Parameters are one double array in the model file's layout, layers in order.
 */
public final class ReferenceNetwork {
    private final ModelSpec spec;
    private final List<ReferenceLayer> layers;
    private final int[] offsets; // offsets[i]: first parameter of layers.get(i)
    private final int paramCount;

    /** Loss, logits: [N,K], paramGrads: [P] (file layout), inputGrad: [N,C,H,W]. */
    public record Result(double loss, double[] logits, double[] paramGrads, double[] inputGrad) {
    }

    private ReferenceNetwork(ModelSpec spec, List<ReferenceLayer> layers) {
        this.spec = spec;
        this.layers = List.copyOf(layers);
        this.offsets = new int[layers.size()];
        int o = 0;
        for (int i = 0; i < layers.size(); i++) {
            offsets[i] = o;
            o += layers.get(i).paramCount();
        }
        this.paramCount = o;
    }

    public static ReferenceNetwork of(ModelSpec spec) {
        List<ReferenceLayer> layers = new ArrayList<>();
        for (LayerInfo info : spec.infer()) layers.addAll(expand(info.spec(), info.input()));
        if (layers.get(layers.size() - 1) instanceof ReferenceSoftmax) layers.remove(layers.size() - 1);
        return new ReferenceNetwork(spec, layers);
    }

    private static List<ReferenceLayer> expand(LayerSpec s, Shape in) {
        List<ReferenceLayer> out = new ArrayList<>();
        if (s instanceof Conv2DSpec c) out.add(new ReferenceConv2D(c, in));
        else if (s instanceof DenseSpec d) out.add(new ReferenceDense(d.units(), in));
        else if (s instanceof Pool2DSpec p) out.add(pool(p, in));
        else if (s instanceof FlattenSpec) out.add(new ReferenceFlatten(in));
        else if (s instanceof ActivationSpec a) out.add(activation(a.activation(), in));
        else if (s instanceof DropoutSpec) out.add(new ReferenceActivation(Activation.LINEAR, in)); // inference: identity
        else throw new IllegalArgumentException("no reference layer for " + s);
        if (s.activation() != Activation.LINEAR && !(s instanceof ActivationSpec)) {
            out.add(activation(s.activation(), out.get(0).outputShape()));
        }
        return out;
    }

    private static ReferenceLayer pool(Pool2DSpec p, Shape in) {
        return p.kind() == Pool2DSpec.Kind.MAX ? new ReferenceMaxPool2D(p, in) : new ReferenceAvgPool2D(p, in);
    }

    private static ReferenceLayer activation(Activation fn, Shape shape) {
        return fn == Activation.SOFTMAX ? new ReferenceSoftmax(shape) : new ReferenceActivation(fn, shape);
    }

    public ModelSpec spec() {
        return spec;
    }

    public List<ReferenceLayer> layers() {
        return Collections.unmodifiableList(layers);
    }

    public int paramCount() {
        return paramCount;
    }

    /** First parameter of layer {@code i} in the flat file-layout array. */
    public int paramOffset(int i) {
        return offsets[i];
    }

    /** params: [P] file layout; x: [N,C,H,W]. Returns logits: [N,K]. */
    public double[] logits(double[] params, double[] x, int n) {
        List<double[]> acts = activations(params, x, n);
        return acts.get(acts.size() - 1);
    }

    /** Loss and every gradient for a batch: params: [P] file layout, x: [N,C,H,W], labels[N]. */
    public Result evaluate(double[] params, double[] x, int n, int[] labels) {
        List<double[]> acts = activations(params, x, n); // acts[i] is layer i's input; the last is the logits
        double[] logits = acts.get(layers.size());
        double loss = ReferenceSoftmaxCrossEntropy.loss(logits, n, labels);
        double[] grads = new double[paramCount]; // grads: [P]
        double[] g = ReferenceSoftmaxCrossEntropy.gradient(logits, n, labels);
        for (int i = layers.size() - 1; i >= 0; i--) {
            g = layers.get(i).backward(acts.get(i), n, params, offsets[i], g, grads);
        }
        return new Result(loss, logits, grads, g);
    }

    /**
     * The gradient of the scalar Σ dLogits ⊙ logits (one class's logit for a one-hot dLogits) with respect to
     * the input and to every layer's output, with no parameter gradient kept: element 0 is d/dx [N,C,H,W],
     * element i + 1 is d/d(output of layer i), channels first. params: [P] file layout; x: [N,C,H,W].
     */
    public double[][] outputGradients(double[] params, double[] x, int n, double[] dLogits) {
        List<double[]> acts = activations(params, x, n);
        if (dLogits.length != acts.get(layers.size()).length) throw new IllegalArgumentException("dLogits has the wrong length");
        double[][] g = new double[layers.size() + 1][];
        double[] scratch = new double[paramCount]; // parameter gradients, dropped
        g[layers.size()] = dLogits;
        for (int i = layers.size() - 1; i >= 0; i--) {
            g[i] = layers.get(i).backward(acts.get(i), n, params, offsets[i], g[i + 1], scratch);
        }
        return g;
    }

    // [x, layer 0's output, layer 1's output, …, logits]
    private List<double[]> activations(double[] params, double[] x, int n) {
        checkSizes(params, x, n);
        List<double[]> acts = new ArrayList<>();
        acts.add(x);
        for (int i = 0; i < layers.size(); i++) {
            acts.add(layers.get(i).forward(acts.get(i), n, params, offsets[i]));
        }
        return acts;
    }

    private void checkSizes(double[] params, double[] x, int n) {
        if (params.length != paramCount) throw new IllegalArgumentException("expected " + paramCount + " parameters, got " + params.length);
        if (x.length != n * spec.input().size()) throw new IllegalArgumentException("expected " + n + " inputs of " + spec.input());
    }
}
