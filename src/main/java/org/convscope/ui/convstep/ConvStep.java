package org.convscope.ui.convstep;

/**
 * The arithmetic of one output cell, with the real numbers: for every input channel c and kernel
 * position t (row-major in the kernel), the input value x[c][t] (0 for padding) and weight
 * w[c][t]; their per-channel sums; the bias; z = Σ + b; and the activation's a = f(z).
 *
 * @param inside whether kernel position t lies on the input (false: a padding zero)
 */
public record ConvStep(int filter, int row, int column, float[][] inputs, float[][] weights, boolean[] inside,
                       double[] channelSums, double bias, double z, double a) {

    public double product(int channel, int tap) {
        return (double) inputs[channel][tap] * weights[channel][tap];
    }

    /** Σ over every channel, before the bias. */
    public double sum() {
        return z - bias;
    }

    public int channels() {
        return inputs.length;
    }
}
