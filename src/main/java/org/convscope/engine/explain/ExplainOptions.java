package org.convscope.engine.explain;

/**
 * What to explain and how. {@code classIndex} −1 explains the predicted class; {@code layer} is the
 * architecture layer (from 0) whose maps Grad-CAM weighs, −1 for the last convolution.
 *
 * @param patch   occlusion: side of the square blanked out, in pixels
 * @param stride  occlusion: step between patches
 * @param fill    occlusion: the value the patch is filled with (0: black, the background of MNIST)
 * @param samples SmoothGrad: number of noisy copies
 * @param sigma   SmoothGrad: standard deviation of the noise, in pixel units (the images run 0..1)
 * @param seed    SmoothGrad: the noise's seed; the same seed gives the same map
 */
public record ExplainOptions(Method method, int classIndex, Target target, int layer, int patch, int stride, float fill,
                             int samples, double sigma, long seed) {

    public static final int PREDICTED = -1;
    public static final int LAST_CONV = -1;

    public ExplainOptions {
        if (method == null || target == null) throw new IllegalArgumentException("a method and a target are needed");
        if (classIndex < PREDICTED) throw new IllegalArgumentException("class must be 0 or more, got " + classIndex);
        if (patch < 1) throw new IllegalArgumentException("patch must be at least 1 pixel, got " + patch);
        if (stride < 1) throw new IllegalArgumentException("stride must be at least 1, got " + stride);
        if (samples < 1) throw new IllegalArgumentException("samples must be at least 1, got " + samples);
        if (!(sigma >= 0) || Double.isInfinite(sigma)) throw new IllegalArgumentException("sigma must be 0 or more, got " + sigma);
        if (!Float.isFinite(fill)) throw new IllegalArgumentException("fill must be a number, got " + fill);
    }

    /**
     * {@code method} on the predicted class's logit, Grad-CAM on the last convolution, 4×4 occlusion
     * patches at stride 1 filled with 0, SmoothGrad with 50 copies at σ = 0.15 (15% of the pixel range,
     * in the 10–20% the SmoothGrad paper recommends) and seed 1.
     */
    public static ExplainOptions of(Method method) {
        return new ExplainOptions(method, PREDICTED, Target.LOGIT, LAST_CONV, 4, 1, 0f, 50, 0.15, 1);
    }

    public ExplainOptions withMethod(Method m) {
        return new ExplainOptions(m, classIndex, target, layer, patch, stride, fill, samples, sigma, seed);
    }

    public ExplainOptions withClass(int c) {
        return new ExplainOptions(method, c, target, layer, patch, stride, fill, samples, sigma, seed);
    }

    public ExplainOptions withTarget(Target t) {
        return new ExplainOptions(method, classIndex, t, layer, patch, stride, fill, samples, sigma, seed);
    }

    public ExplainOptions withLayer(int l) {
        return new ExplainOptions(method, classIndex, target, l, patch, stride, fill, samples, sigma, seed);
    }

    public ExplainOptions withPatch(int size, int step) {
        return new ExplainOptions(method, classIndex, target, layer, size, step, fill, samples, sigma, seed);
    }

    public ExplainOptions withNoise(int n, double sd, long noiseSeed) {
        return new ExplainOptions(method, classIndex, target, layer, patch, stride, fill, n, sd, noiseSeed);
    }
}
