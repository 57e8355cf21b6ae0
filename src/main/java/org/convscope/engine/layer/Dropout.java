package org.convscope.engine.layer;

import java.util.SplittableRandom;
import org.convscope.engine.tensor.Shape;
import org.convscope.engine.tensor.Tensor;

/**
 * Inverted dropout: in training each value is kept with probability 1−rate and scaled by
 * 1/(1−rate), so inference is the identity. The mask is drawn from a seeded generator.
 */
public final class Dropout extends Layer {
    private final double rate;
    private final SplittableRandom rng;
    private float[] mask;
    private boolean masked;

    public Dropout(double rate, Shape in, long seed) {
        super(in, in);
        this.rate = rate;
        this.rng = new SplittableRandom(seed);
    }

    @Override
    public Tensor forward(Tensor x, boolean training) {
        checkInput(x);
        input = x;
        Tensor out = outputFor(x.batch());
        int n = x.length();
        masked = training && rate > 0;
        if (!masked) {
            System.arraycopy(x.data(), 0, out.data(), 0, n);
            return out;
        }
        mask = ensure(mask, n);
        float keep = (float) (1.0 / (1.0 - rate));
        for (int i = 0; i < n; i++) {
            mask[i] = rng.nextDouble() < rate ? 0f : keep;
            out.data()[i] = x.data()[i] * mask[i];
        }
        return out;
    }

    @Override
    public Tensor backward(Tensor dy, boolean needInputGrad) {
        if (!needInputGrad) return null;
        Tensor dx = inputGradFor(dy.batch());
        int n = dy.length();
        for (int i = 0; i < n; i++) dx.data()[i] = masked ? dy.data()[i] * mask[i] : dy.data()[i];
        return dx;
    }

    @Override
    public Layer replicate() {
        return new Dropout(rate, inShape, rng.split().nextLong());
    }

    @Override
    public String kind() {
        return "dropout";
    }
}
