package org.convscope.engine.explain;

import java.util.ArrayList;
import java.util.List;
import org.convscope.engine.layer.ActivationLayer;
import org.convscope.engine.layer.spec.Conv2DSpec;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.tensor.Shape;
import org.convscope.engine.tensor.Tensor;

/**
 * Explains a model's answer for one image with any {@link Method}. It runs on a model of its own, built
 * here and loaded with a copy of the weights ({@link #load}), so a training snapshot can be explained on
 * one thread while training goes on in another, and the same image and weights always give the same map.
 * One explainer per thread; load new weights as often as they come.
 */
public final class Explainer {
    private final Sequential model;
    private final Backprop backprop;
    private final List<Integer> convLayers;
    private final int occlusionBatch;
    private Occlusion occlusion;

    /** An explainer for {@code spec}; its weights are random until {@link #load}. */
    public Explainer(ModelSpec spec) {
        this(spec, Occlusion.BATCH);
    }

    /** With the number of occluded copies run per inference call (1: one image at a time). */
    public Explainer(ModelSpec spec, int occlusionBatch) {
        this.model = Sequential.build(spec, 0);
        this.backprop = new Backprop(model);
        this.occlusionBatch = occlusionBatch;
        List<Integer> convs = new ArrayList<>();
        for (int i = 0; i < spec.layers().size(); i++) if (spec.layers().get(i) instanceof Conv2DSpec) convs.add(i);
        this.convLayers = List.copyOf(convs);
    }

    /** An explainer of {@code spec} with a copy of {@code params} (engine memory layout). */
    public static Explainer of(ModelSpec spec, float[] params) {
        Explainer e = new Explainer(spec);
        e.load(params);
        return e;
    }

    /** Copies {@code params} (engine memory layout, as {@link Sequential#params()} and training snapshots hold them). */
    public void load(float[] params) {
        if (params.length != model.paramCount()) {
            throw new IllegalArgumentException("expected " + model.paramCount() + " parameters, got " + params.length);
        }
        model.copyParamsFrom(params);
    }

    public ModelSpec spec() {
        return model.spec();
    }

    /** The architecture layers (from 0) that are convolutions: Grad-CAM's choices, in order. */
    public List<Integer> convLayers() {
        return convLayers;
    }

    /** The gradients behind the maps, for this explainer's model. */
    public Backprop backprop() {
        return backprop;
    }

    /** Explains the model's answer for {@code image}: [C,H,W] values of the model's input shape. */
    public Explanation explain(float[] image, ExplainOptions o) {
        Shape in = model.inputShape();
        if (image.length != in.size()) {
            throw new IllegalArgumentException("image has " + image.length + " values, the model takes " + in.toDisplay());
        }
        Tensor x = Tensor.fromNchw(1, in, image); // x: [1,H,W,C]
        int k = model.classes();
        float[] logits = java.util.Arrays.copyOf(backprop.forward(x).data(), k); // logits: [K]
        float[] probabilities = new float[k];
        ActivationLayer.softmax(logits, probabilities, 1, k);
        int predicted = 0;
        for (int j = 1; j < k; j++) if (probabilities[j] > probabilities[predicted]) predicted = j;
        int cls = o.classIndex() == ExplainOptions.PREDICTED ? predicted : o.classIndex();
        if (cls >= k) throw new IllegalArgumentException("class " + cls + " is not between 0 and " + (k - 1));
        int layer = -1;
        float[] map = switch (o.method()) {
            case SALIENCY -> GradientMaps.saliency(backprop.gradient(new int[] {cls}, o.target(), -1).data(), 0, in);
            case GRADXINPUT -> GradientMaps.gradTimesInput(backprop.gradient(new int[] {cls}, o.target(), -1).data(), x.data(), in);
            case SMOOTHGRAD -> GradientMaps.saliency(SmoothGrad.meanGradient(backprop, x.data(), in, cls, o.target(),
                    o.samples(), o.sigma(), o.seed()), 0, in);
            case GRADCAM -> {
                layer = gradCamLayer(o.layer());
                yield gradCam(layer, cls, o.target(), in);
            }
            case OCCLUSION -> occlusion().map(x.data(), in, cls, o.patch(), o.stride(), o.fill());
        };
        return new Explanation(o.method(), o.target(), cls, predicted, layer, in.width(), in.height(), map, logits, probabilities);
    }

    private int gradCamLayer(int asked) {
        if (convLayers.isEmpty()) throw new IllegalArgumentException("Grad-CAM needs a convolution layer, and this model has none");
        if (asked == ExplainOptions.LAST_CONV) return convLayers.get(convLayers.size() - 1);
        if (!convLayers.contains(asked)) {
            throw new IllegalArgumentException("Grad-CAM needs a convolution layer; layer " + asked + " is not one (convolutions: "
                    + convLayers + ")");
        }
        return asked;
    }

    // after explain's forward on the one image: the layer's output A after its activation and dScore/dA
    private float[] gradCam(int specLayer, int cls, Target target, Shape in) {
        int runtime = -1;
        for (int i = 0; i < model.layers().size(); i++) if (model.specIndexOf(i) == specLayer) runtime = i;
        Tensor a = model.layers().get(runtime).lastOutput(); // a: [1,h,w,K]
        Tensor dA = backprop.gradient(new int[] {cls}, target, runtime);
        Shape s = a.shape();
        return Bilinear.resize(GradCam.map(a, dA), s.height(), s.width(), in.height(), in.width());
    }

    private Occlusion occlusion() {
        if (occlusion == null) occlusion = new Occlusion(model, occlusionBatch);
        return occlusion;
    }
}
