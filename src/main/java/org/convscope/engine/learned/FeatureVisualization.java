package org.convscope.engine.learned;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.convscope.engine.explain.Backprop;
import org.convscope.engine.explain.Target;
import org.convscope.engine.layer.spec.Activation;
import org.convscope.engine.layer.spec.Conv2DSpec;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.tensor.Shape;
import org.convscope.engine.tensor.Tensor;

/**
 * Feature visualization: the input a filter or a class likes most, grown by gradient ascent from grey (Erhan et
 * al. 2009; Olah et al. 2017) with the regularisers of {@link DreamOptions}. The gradients are the layers' own
 * backward pass ({@link Backprop}), on a model of this object's own loaded with a copy of the weights, so a
 * training snapshot can be visualised while training goes on. Several targets of one kind (and, for filters, of
 * one layer) grow together as one batch; each draws its noise and shifts from the seed and itself, so it grows
 * the same alone or among others. Deterministic for a seed. One instance per thread.
 */
public final class FeatureVisualization {
    private final Sequential model;
    private final Backprop backprop;

    /** For {@code spec}; its weights are random until {@link #load}. */
    public FeatureVisualization(ModelSpec spec) {
        this.model = Sequential.build(spec, 0);
        this.backprop = new Backprop(model);
    }

    /** For {@code spec} with a copy of {@code params} (engine memory layout). */
    public static FeatureVisualization of(ModelSpec spec, float[] params) {
        FeatureVisualization v = new FeatureVisualization(spec);
        v.load(params);
        return v;
    }

    /** Copies {@code params} (engine memory layout, as training snapshots hold them). */
    public void load(float[] params) {
        if (params.length != model.paramCount()) {
            throw new IllegalArgumentException("expected " + model.paramCount() + " parameters, got " + params.length);
        }
        model.copyParamsFrom(params);
    }

    public ModelSpec spec() {
        return model.spec();
    }

    /** Grows one image per target, all of one kind (and layer). */
    public List<Dream> run(List<DreamTarget> targets, DreamOptions o) {
        Objective objective = objective(targets);
        Shape in = model.inputShape();
        int n = targets.size(), size = in.size();
        SplittableRandom[] rng = new SplittableRandom[n]; // one per target: its image does not depend on the others
        Tensor x = new Tensor(n, in); // x: [n,H,W,C]
        float[] xd = x.data();
        for (int b = 0; b < n; b++) {
            rng[b] = new SplittableRandom(seedOf(o.seed(), targets.get(b)));
            for (int i = b * size; i < (b + 1) * size; i++) xd[i] = clip((float) (0.5 + o.noise() * gaussian(rng[b])));
        }
        List<float[]> frameScores = new ArrayList<>(List.of(objective.scores(x.copy()))); // per frame: [n]
        Tensor shifted = new Tensor(n, in);
        float[] grad = new float[n * size];
        float[][] history = new float[n][o.steps()];
        List<List<float[]>> frames = new ArrayList<>();
        for (int b = 0; b < n; b++) frames.add(new ArrayList<>(List.of(toChw(xd, b, in))));
        List<Integer> frameSteps = new ArrayList<>(List.of(0));
        int[] dy = new int[n], dx = new int[n];
        for (int step = 0; step < o.steps(); step++) {
            for (int b = 0; b < n; b++) {
                dy[b] = o.jitter() == 0 ? 0 : rng[b].nextInt(2 * o.jitter() + 1) - o.jitter();
                dx[b] = o.jitter() == 0 ? 0 : rng[b].nextInt(2 * o.jitter() + 1) - o.jitter();
            }
            Images.roll(xd, shifted.data(), n, in, dy, dx, 1);
            float[] scores = objective.scores(shifted);
            Tensor g = objective.gradient(); // g: [n,H,W,C] for the shifted images
            Images.roll(g.data(), grad, n, in, dy, dx, -1);
            for (int b = 0; b < n; b++) {
                history[b][step] = scores[b];
                ascend(xd, grad, b * size, size, o.stepSize());
            }
            float keep = (float) (1 - o.decay());
            for (int i = 0; i < n * size; i++) xd[i] *= keep;
            if (o.blurSigma() > 0 && (step + 1) % o.blurEvery() == 0) Images.blur(xd, n, in, o.blurSigma());
            for (int i = 0; i < n * size; i++) xd[i] = clip(xd[i]);
            if ((step + 1) % o.frameEvery() == 0 || step == o.steps() - 1) {
                frameSteps.add(step + 1);
                for (int b = 0; b < n; b++) frames.get(b).add(toChw(xd, b, in));
                frameScores.add(objective.scores(x));
            }
        }
        int[] at = frameSteps.stream().mapToInt(Integer::intValue).toArray();
        List<Dream> out = new ArrayList<>();
        for (int b = 0; b < n; b++) {
            float[] perFrame = new float[at.length];
            for (int f = 0; f < at.length; f++) perFrame[f] = frameScores.get(f)[b];
            out.add(new Dream(targets.get(b), in, frames.get(b), at, perFrame, history[b]));
        }
        return out;
    }

    /** The target's value for one image ([C,H,W]): a filter's mean activation, or a class's logit. */
    public float score(DreamTarget target, float[] image) {
        Shape in = model.inputShape();
        if (image.length != in.size()) throw new IllegalArgumentException("image has " + image.length + " values, the model takes " + in.toDisplay());
        return objective(List.of(target)).scores(Tensor.fromNchw(1, in, image))[0];
    }

    // x += step · g / rms(g) for one example (the normalised step keeps its size whatever the gradient's scale)
    private static void ascend(float[] x, float[] g, int off, int size, double step) {
        double ss = 0;
        for (int i = 0; i < size; i++) ss += (double) g[off + i] * g[off + i];
        double rms = Math.sqrt(ss / size);
        if (rms == 0) return;
        float k = (float) (step / rms);
        for (int i = 0; i < size; i++) x[off + i] += k * g[off + i];
    }

    private static float clip(float v) {
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }

    private static float[] toChw(float[] nhwc, int b, Shape s) {
        int c = s.channels(), hw = s.height() * s.width(), off = b * s.size();
        float[] out = new float[s.size()];
        for (int p = 0; p < hw; p++) for (int ch = 0; ch < c; ch++) out[ch * hw + p] = nhwc[off + p * c + ch];
        return out;
    }

    // the seed and the target, mixed (SplitMix64's finaliser), so each target draws its own noise and shifts
    private static long seedOf(long seed, DreamTarget t) {
        long z = seed + 0x9E3779B97F4A7C15L * (1 + t.index() + 4096L * (t.layer() + 2) + (t.kind() == DreamTarget.Kind.CLASS ? 1L << 40 : 0));
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static double gaussian(SplittableRandom rng) {
        double u = rng.nextDouble(), v = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }

    /** The scalar to raise for each example of a batch, and its gradient at the input after {@link #scores}. */
    private interface Objective {
        float[] scores(Tensor x);

        Tensor gradient();
    }

    private Objective objective(List<DreamTarget> targets) {
        if (targets.isEmpty()) throw new IllegalArgumentException("no targets");
        DreamTarget first = targets.get(0);
        for (DreamTarget t : targets) {
            if (t.kind() != first.kind() || t.layer() != first.layer()) throw new IllegalArgumentException("targets grown together share a kind and a layer");
        }
        int[] index = targets.stream().mapToInt(DreamTarget::index).toArray();
        return first.kind() == DreamTarget.Kind.CLASS ? classObjective(index) : filterObjective(first.layer(), index);
    }

    private Objective classObjective(int[] classes) {
        for (int c : classes) {
            if (c >= model.classes()) throw new IllegalArgumentException("class " + c + " is not between 0 and " + (model.classes() - 1));
        }
        return new Objective() {
            @Override
            public float[] scores(Tensor x) {
                float[] z = backprop.forward(x).data(); // z: [n,K]
                float[] s = new float[classes.length];
                for (int b = 0; b < s.length; b++) s[b] = z[b * model.classes() + classes[b]];
                return s;
            }

            @Override
            public Tensor gradient() {
                return backprop.gradient(classes, Target.LOGIT, -1);
            }
        };
    }

    private Objective filterObjective(int layer, int[] filters) {
        if (layer < 0 || layer >= model.spec().layers().size() || !(model.spec().layers().get(layer) instanceof Conv2DSpec conv)) {
            throw new IllegalArgumentException("layer " + layer + " is not a convolution");
        }
        for (int f : filters) {
            if (f >= conv.filters()) throw new IllegalArgumentException("filter " + f + " is not between 0 and " + (conv.filters() - 1));
        }
        int runtime = 0;
        while (model.specIndexOf(runtime) != layer) runtime++; // the convolution itself, before its activation
        int r = runtime;
        boolean activated = r + 1 < backprop.logitLayers() && model.specIndexOf(r + 1) == layer;
        Activation fn = conv.activation();
        Shape out = model.layers().get(r).outputShape();
        int positions = out.height() * out.width(), f = out.channels();
        return new Objective() {
            private Tensor dOut;

            @Override
            public float[] scores(Tensor x) {
                backprop.forward(x);
                float[] y = model.layers().get(activated ? r + 1 : r).lastOutput().data(); // y: [n,OH,OW,F]
                float[] s = new float[filters.length];
                for (int b = 0; b < s.length; b++) {
                    double sum = 0;
                    for (int p = 0; p < positions; p++) sum += y[(b * positions + p) * f + filters[b]];
                    s[b] = (float) (sum / positions);
                }
                return s;
            }

            // d(mean activation)/dz at the convolution's output; where the activation passes no gradient at all
            // (a ReLU off everywhere), d(mean response)/dz instead, so the image can start to move
            @Override
            public Tensor gradient() {
                float[] z = model.layers().get(r).lastOutput().data(); // z: [n,OH,OW,F]
                float[] y = model.layers().get(activated ? r + 1 : r).lastOutput().data();
                dOut = Tensor.reuse(dOut, filters.length, out);
                float[] d = dOut.data();
                java.util.Arrays.fill(d, 0, dOut.length(), 0f);
                for (int b = 0; b < filters.length; b++) {
                    boolean any = false;
                    for (int p = 0; p < positions; p++) {
                        int i = (b * positions + p) * f + filters[b];
                        float slope = activated ? slope(fn, z[i], y[i]) : 1f;
                        d[i] = slope / positions;
                        any |= slope != 0;
                    }
                    if (!any) for (int p = 0; p < positions; p++) d[(b * positions + p) * f + filters[b]] = 1f / positions;
                }
                return backprop.inputGradient(r, dOut);
            }
        };
    }

    // the activation's derivative at z, from its output y
    private static float slope(Activation fn, float z, float y) {
        return switch (fn) {
            case RELU -> z > 0 ? 1f : 0f;
            case TANH -> 1f - y * y;
            case SIGMOID -> y * (1f - y);
            case LINEAR, SOFTMAX -> 1f;
        };
    }
}
