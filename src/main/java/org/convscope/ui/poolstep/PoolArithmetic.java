package org.convscope.ui.poolstep;

/**
 * Pooling one window at a time over a feature map, all three ways at once so they can be compared
 * on the same numbers. The engine's max pooling keeps the first maximum in row-major window order;
 * so does this (a strict comparison), so the highlighted winner is the engine's argmax.
 */
public final class PoolArithmetic {
    private final PoolWindow g;
    private final float[] input;
    private final WeightMask mask;

    /** input: [C,H,W] */
    public PoolArithmetic(PoolWindow g, float[] input) {
        if (input.length != g.channels() * g.height() * g.width()) {
            throw new IllegalArgumentException("input has " + input.length + " values, the window geometry needs " + g.channels() * g.height() * g.width());
        }
        this.g = g;
        this.input = input;
        this.mask = WeightMask.forWindow(g.sizeH(), g.sizeW());
    }

    public PoolWindow window() {
        return g;
    }

    public WeightMask mask() {
        return mask;
    }

    public PoolStep at(int channel, int oy, int ox) {
        int top = g.top(oy), left = g.left(ox), n = g.sizeH() * g.sizeW();
        float[] v = new float[n];
        int winner = 0;
        double sum = 0, weighted = 0;
        for (int i = 0; i < n; i++) {
            v[i] = input[(channel * g.height() + top + i / g.sizeW()) * g.width() + left + i % g.sizeW()];
            if (v[i] > v[winner]) winner = i;
            sum += v[i];
            weighted += (double) mask.weight(i) * v[i];
        }
        return new PoolStep(channel, oy, ox, top, left, g.sizeH(), g.sizeW(), v, winner, v[winner], sum / n,
                weighted / mask.total(), mask);
    }

    /** The whole output map of one channel in {@code mode}, row-major. */
    public float[] map(int channel, PoolMode mode) {
        float[] out = new float[g.positions()];
        for (int i = 0; i < out.length; i++) out[i] = (float) at(channel, i / g.outWidth(), i % g.outWidth()).result(mode);
        return out;
    }
}
