package org.convscope.engine.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.convscope.engine.layer.ActivationLayer;
import org.convscope.engine.layer.AvgPool2D;
import org.convscope.engine.layer.Conv2D;
import org.convscope.engine.layer.Dense;
import org.convscope.engine.layer.Dropout;
import org.convscope.engine.layer.Flatten;
import org.convscope.engine.layer.Layer;
import org.convscope.engine.layer.MaxPool2D;
import org.convscope.engine.layer.ParamBlock;
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
import org.convscope.engine.tensor.Tensor;

/**
 * A model built from a {@link ModelSpec}: runtime layers in order, all parameters in one flat array
 * (as llm.c keeps them), and a gradient array of its own. A Conv2D or Dense spec with an activation
 * becomes two runtime layers, so the maps before and after the activation are both taps.
 *
 * <p>{@link #forward} stops before a final softmax and returns logits: the loss fuses softmax and
 * cross-entropy. {@link #probabilities} runs the softmax too.
 */
public final class Sequential {
    private final ModelSpec spec;
    private final List<Layer> layers;
    private final List<Integer> specIndex; // runtime layer -> index of the spec it came from
    private final float[] params;
    private float[] grads;
    private final boolean finalSoftmax;

    private Sequential(ModelSpec spec, List<Layer> layers, List<Integer> specIndex, float[] params) {
        this.spec = spec;
        this.layers = layers;
        this.specIndex = specIndex;
        this.params = params;
        this.grads = new float[params.length];
        int offset = 0;
        for (Layer l : layers) {
            l.bind(params, grads, offset);
            offset += l.paramCount();
        }
        for (int i = 0; i + 1 < layers.size(); i++) ActivationLayer.foldReluIntoPool(layers.get(i), layers.get(i + 1));
        Conv2D.limitGradientsToPooledOutputs(layers);
        Layer last = layers.get(layers.size() - 1);
        this.finalSoftmax = last instanceof ActivationLayer a && a.function() == Activation.SOFTMAX;
    }

    /** Builds and initialises {@code spec} (Glorot-uniform kernels, zero biases), reproducibly from {@code seed}. */
    public static Sequential build(ModelSpec spec, long seed) {
        return build(spec, seed, Initializer.GLOROT_UNIFORM);
    }

    public static Sequential build(ModelSpec spec, long seed, Initializer init) {
        List<LayerInfo> infos = spec.infer();
        List<Layer> layers = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        SplittableRandom dropoutSeeds = new SplittableRandom(seed ^ 0x5DEECE66DL);
        for (LayerInfo info : infos) {
            for (Layer l : runtimeLayers(info.spec(), info.input(), dropoutSeeds)) {
                layers.add(l);
                index.add(info.index());
            }
        }
        int total = layers.stream().mapToInt(Layer::paramCount).sum();
        Sequential model = new Sequential(spec, layers, index, new float[total]);
        model.initialise(new SplittableRandom(seed), init);
        return model;
    }

    private static List<Layer> runtimeLayers(LayerSpec s, Shape in, SplittableRandom seeds) {
        List<Layer> out = new ArrayList<>();
        Shape outShape = s.outputShape(in);
        if (s instanceof Conv2DSpec c) {
            out.add(new Conv2D(c, in));
        } else if (s instanceof Pool2DSpec p) {
            out.add(p.kind() == Pool2DSpec.Kind.MAX ? new MaxPool2D(p, in) : new AvgPool2D(p, in));
        } else if (s instanceof FlattenSpec) {
            out.add(new Flatten(in));
        } else if (s instanceof DenseSpec d) {
            out.add(new Dense(d.units(), in));
        } else if (s instanceof DropoutSpec d) {
            out.add(new Dropout(d.rate(), in, seeds.nextLong()));
        } else if (s instanceof ActivationSpec a) {
            out.add(new ActivationLayer(a.activation(), in));
            return out;
        }
        if (s.activation() != Activation.LINEAR) out.add(new ActivationLayer(s.activation(), outShape));
        return out;
    }

    // Draws every weight in file order, so the same seed gives the same model whatever the memory layout.
    private void initialise(SplittableRandom rng, Initializer init) {
        for (Layer l : layers) {
            if (l.paramCount() == 0) continue;
            float[] file = new float[l.paramCount()];
            int o = 0;
            for (ParamBlock b : l.paramBlocks()) {
                for (int i = 0, n = b.length(); i < n; i++, o++) {
                    file[o] = b.bias() ? 0f : init.sample(rng, b.fanIn(), b.fanOut());
                }
            }
            l.importParams(file, 0);
        }
    }

    /** A model sharing this one's parameters, with its own gradients and buffers (for another thread). */
    public Sequential replica() {
        List<Layer> copies = new ArrayList<>();
        for (Layer l : layers) copies.add(l.replicate());
        return new Sequential(spec, copies, specIndex, params);
    }

    /** Logits for a batch: every layer but a final softmax. x: [N,H,W,C] */
    public Tensor forward(Tensor x, boolean training) {
        Tensor t = x;
        int end = finalSoftmax ? layers.size() - 1 : layers.size();
        for (int i = 0; i < end; i++) t = layers.get(i).forward(t, training);
        return t;
    }

    /** Class probabilities (inference mode); every layer's taps are refreshed. */
    public Tensor probabilities(Tensor x) {
        Tensor logits = forward(x, false);
        if (finalSoftmax) return layers.get(layers.size() - 1).forward(logits, false);
        Tensor p = new Tensor(logits.batch(), logits.shape());
        ActivationLayer.softmax(logits.data(), p.data(), logits.batch(), logits.shape().size());
        return p;
    }

    /** One example's raw scores and their softmax, copied out of the model's buffers. */
    public record Output(float[] logits, float[] probabilities) {
    }

    /** Logits and probabilities of example {@code b} of {@code x} (inference mode; taps refreshed). */
    public Output infer(Tensor x, int b) {
        Tensor p = probabilities(x);
        int k = classes();
        float[] probs = java.util.Arrays.copyOfRange(p.data(), b * k, (b + 1) * k);
        Tensor z = finalSoftmax ? layers.get(layers.size() - 1).lastInput() : layers.get(layers.size() - 1).lastOutput();
        float[] logits = java.util.Arrays.copyOfRange(z.data(), b * k, (b + 1) * k);
        return new Output(logits, probs);
    }

    /** Back-propagates dL/d(logits), adding into {@link #grads()}. The first layer's input gradient is skipped. */
    public void backward(Tensor dLogits) {
        Tensor g = dLogits;
        int end = finalSoftmax ? layers.size() - 1 : layers.size();
        for (int i = end - 1; i >= 0; i--) g = layers.get(i).backward(g, i > 0);
    }

    /**
     * Makes backward accumulate into {@code target} (same length as the parameters) from now on;
     * lets a worker keep one gradient buffer per piece of a batch, summed later in a fixed order.
     */
    public void bindGradients(float[] target) {
        if (target.length != params.length) {
            throw new IllegalArgumentException("gradient buffer has " + target.length + " values, expected " + params.length);
        }
        grads = target;
        int offset = 0;
        for (Layer l : layers) {
            l.bind(params, target, offset);
            offset += l.paramCount();
        }
    }

    public void zeroGrads() {
        java.util.Arrays.fill(grads, 0f);
    }

    /** All parameters, flat, in this engine's memory layout (shared with replicas). */
    public float[] params() {
        return params;
    }

    public float[] grads() {
        return grads;
    }

    public int paramCount() {
        return params.length;
    }

    /** Parameters in the model file's layout (PyTorch's: conv [out][in][kh][kw], dense [out][in], then bias). */
    public float[] exportWeights() {
        float[] out = new float[params.length];
        int o = 0;
        for (Layer l : layers) {
            l.exportParams(out, o);
            o += l.paramCount();
        }
        return out;
    }

    /** Loads parameters given in file layout; the length must match. */
    public void importWeights(float[] file) {
        if (file.length != params.length) {
            throw new IllegalArgumentException("expected " + params.length + " weights, got " + file.length);
        }
        int o = 0;
        for (Layer l : layers) {
            l.importParams(file, o);
            o += l.paramCount();
        }
    }

    /**
     * The gradients in the model file's layout, parameter for parameter as {@link #exportWeights()}
     * orders the weights (for comparing with other tools and the reference engine).
     */
    public float[] exportGrads() {
        float[] out = new float[grads.length];
        for (Layer l : layers) {
            if (l.paramCount() == 0) continue;
            // a gradient is laid out like its parameter, so a twin layer that reads the gradient
            // array as its "parameters" converts it with the layer's own export
            // (file and memory offsets coincide: same layers, same order, same sizes)
            Layer twin = l.replicate();
            twin.bind(grads, null, l.paramOffset());
            twin.exportParams(out, l.paramOffset());
        }
        return out;
    }

    /** Copies parameters from a model of the same spec (memory layout). */
    public void copyParamsFrom(float[] source) {
        System.arraycopy(source, 0, params, 0, params.length);
    }

    public ModelSpec spec() {
        return spec;
    }

    public List<Layer> layers() {
        return Collections.unmodifiableList(layers);
    }

    /** Which spec (architecture layer) runtime layer {@code i} belongs to. */
    public int specIndexOf(int runtimeLayer) {
        return specIndex.get(runtimeLayer);
    }

    public Shape inputShape() {
        return spec.input();
    }

    public int classes() {
        return layers.get(layers.size() - 1).outputShape().size();
    }
}
