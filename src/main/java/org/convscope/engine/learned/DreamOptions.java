package org.convscope.engine.learned;

/**
 * How feature visualization grows its image: {@code steps} of normalised gradient ascent of size
 * {@code stepSize} (pixels are 0..1), from grey with seeded noise of deviation {@code noise}, with three
 * regularisers that keep the image natural (Olah, Mordvintsev and Schubert, Distill 2017): L2 decay pulls every
 * pixel toward 0 (the black background) by the fraction {@code decay} each step; jitter shifts the image by up to
 * {@code jitter} pixels at random before each gradient, so no single pixel pattern wins; a Gaussian blur of
 * {@code blurSigma} pixels every {@code blurEvery} steps smooths what the gradient sharpens. Pixels are kept in
 * 0..1. A frame is kept every {@code frameEvery} steps, and the last.
 */
public record DreamOptions(int steps, double stepSize, double decay, int jitter, double blurSigma, int blurEvery,
                           double noise, long seed, int frameEvery) {

    public DreamOptions {
        if (steps < 1) throw new IllegalArgumentException("at least one step");
        if (!(stepSize > 0)) throw new IllegalArgumentException("the step size must be positive");
        if (!(decay >= 0 && decay < 1)) throw new IllegalArgumentException("decay must be in [0, 1)");
        if (jitter < 0 || blurSigma < 0 || blurEvery < 1 || noise < 0 || frameEvery < 1) {
            throw new IllegalArgumentException("jitter, blur and noise cannot be negative; blur and frames every ≥ 1 step");
        }
    }

    /** 128 steps of 0.05, decay 0.01, jitter 1 px, blur σ 0.5 every 4 steps, noise 0.02, seed 1, a frame every 4 steps. */
    public static DreamOptions defaults() {
        return new DreamOptions(128, 0.05, 0.01, 1, 0.5, 4, 0.02, 1, 4);
    }

    public DreamOptions withSteps(int n) {
        return new DreamOptions(n, stepSize, decay, jitter, blurSigma, blurEvery, noise, seed, frameEvery);
    }

    public DreamOptions withDecay(double d) {
        return new DreamOptions(steps, stepSize, d, jitter, blurSigma, blurEvery, noise, seed, frameEvery);
    }

    public DreamOptions withJitter(int j) {
        return new DreamOptions(steps, stepSize, decay, j, blurSigma, blurEvery, noise, seed, frameEvery);
    }

    public DreamOptions withBlur(double sigma) {
        return new DreamOptions(steps, stepSize, decay, jitter, sigma, blurEvery, noise, seed, frameEvery);
    }

    public DreamOptions withSeed(long s) {
        return new DreamOptions(steps, stepSize, decay, jitter, blurSigma, blurEvery, noise, s, frameEvery);
    }

    public DreamOptions withFrameEvery(int f) {
        return new DreamOptions(steps, stepSize, decay, jitter, blurSigma, blurEvery, noise, seed, f);
    }
}
