package org.convscope.ui.convstep;

import org.convscope.engine.layer.spec.Activation;

/**
 * One convolution's arithmetic, cell by cell, from the numbers the engine used (its input map,
 * kernel and bias, as the probe's taps hold them): what the stepper shows. Cheap per cell
 * (channels × kernel size products), so the animation can ask for a cell on every frame.
 */
public final class ConvArithmetic {
    private final ConvGeometry g;
    private final float[] input;
    private final float[] kernel;
    private final float[] bias;
    private final Activation activation;

    /**
     * @param input  [C,H,W]
     * @param kernel [F][C][kh][kw]
     * @param bias   [F], or null for none
     */
    public ConvArithmetic(ConvGeometry g, float[] input, float[] kernel, float[] bias, Activation activation) {
        if (input.length != g.channels() * g.height() * g.width()) {
            throw new IllegalArgumentException("input has " + input.length + " values, the geometry needs " + g.channels() * g.height() * g.width());
        }
        if (kernel.length % (g.channels() * g.taps()) != 0) throw new IllegalArgumentException("kernel size does not fit the geometry");
        this.g = g;
        this.input = input;
        this.kernel = kernel;
        this.bias = bias;
        this.activation = activation;
    }

    public ConvGeometry geometry() {
        return g;
    }

    public int filters() {
        return kernel.length / (g.channels() * g.taps());
    }

    /** The engine's kernel, [F][C][kh][kw]; shared, not to be written. */
    public float[] kernel() {
        return kernel;
    }

    public Activation activation() {
        return activation;
    }

    public ConvStep at(int filter, int oy, int ox) {
        int channels = g.channels(), taps = g.taps();
        float[][] x = new float[channels][taps], w = new float[channels][taps];
        boolean[] inside = new boolean[taps];
        double[] sums = new double[channels];
        for (int ky = 0; ky < g.kernelH(); ky++) {
            for (int kx = 0; kx < g.kernelW(); kx++) {
                int t = ky * g.kernelW() + kx, r = g.inputRow(oy, ky), c = g.inputColumn(ox, kx);
                inside[t] = g.inside(r, c);
            }
        }
        double total = 0;
        for (int ch = 0; ch < channels; ch++) {
            int wOff = (filter * channels + ch) * taps;
            double s = 0;
            for (int t = 0; t < taps; t++) {
                w[ch][t] = kernel[wOff + t];
                if (inside[t]) {
                    int r = g.inputRow(oy, t / g.kernelW()), c = g.inputColumn(ox, t % g.kernelW());
                    x[ch][t] = input[(ch * g.height() + r) * g.width() + c];
                }
                s += (double) x[ch][t] * w[ch][t];
            }
            sums[ch] = s;
            total += s;
        }
        double b = bias == null ? 0 : bias[filter];
        double z = total + b;
        return new ConvStep(filter, oy, ox, x, w, inside, sums, b, z, activate(activation, z));
    }

    /** The element-wise activation; softmax is not element-wise and, like linear, leaves z as it is. */
    public static double activate(Activation f, double z) {
        return switch (f) {
            case RELU -> Math.max(0, z);
            case SIGMOID -> 1 / (1 + Math.exp(-z));
            case TANH -> Math.tanh(z);
            case LINEAR, SOFTMAX -> z;
        };
    }

    /** Whether the stepper shows an "f(z) = a" step for {@code f}. */
    public static boolean elementWise(Activation f) {
        return f == Activation.RELU || f == Activation.SIGMOID || f == Activation.TANH;
    }
}
