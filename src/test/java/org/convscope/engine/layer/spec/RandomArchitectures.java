package org.convscope.engine.layer.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Random architectures that can be built, for 28×28×1 inputs and 10 classes; small enough to run fast. */
public final class RandomArchitectures {
    private static final Activation[] HIDDEN = {Activation.RELU, Activation.TANH, Activation.SIGMOID, Activation.LINEAR};

    private RandomArchitectures() {
    }

    public static ModelSpec next(SplittableRandom r) {
        List<LayerSpec> layers = new ArrayList<>();
        int h = 28, w = 28;
        int blocks = r.nextInt(4);
        for (int b = 0; b < blocks && h > 1; b++) {
            int k = 1 + r.nextInt(Math.min(7, h));
            int s = 1 + r.nextInt(2);
            Padding pad = r.nextBoolean() ? Padding.SAME : Padding.VALID;
            layers.add(new Conv2DSpec(1 + r.nextInt(8), k, k, s, s, pad, HIDDEN[r.nextInt(HIDDEN.length)]));
            h = pad.outputLength(h, k, s);
            w = pad.outputLength(w, k, s);
            if (r.nextBoolean() && h > 1) {
                int size = 1 + r.nextInt(Math.min(3, h));
                int stride = 1 + r.nextInt(size);
                layers.add(new Pool2DSpec(r.nextBoolean() ? Pool2DSpec.Kind.MAX : Pool2DSpec.Kind.AVERAGE, size, size, stride, stride));
                h = (h - size) / stride + 1;
                w = (w - size) / stride + 1;
            }
            if (r.nextInt(4) == 0) layers.add(new DropoutSpec(0.25));
            if (r.nextInt(4) == 0) layers.add(new ActivationSpec(Activation.RELU));
        }
        layers.add(new FlattenSpec());
        for (int d = r.nextInt(3); d > 0; d--) {
            layers.add(new DenseSpec(1 + r.nextInt(24), HIDDEN[r.nextInt(HIDDEN.length)]));
            if (r.nextInt(3) == 0) layers.add(new DropoutSpec(0.5));
        }
        layers.add(new DenseSpec(10, r.nextBoolean() ? Activation.SOFTMAX : Activation.LINEAR));
        if (r.nextInt(5) == 0) layers.add(new ActivationSpec(Activation.SOFTMAX));
        return new ModelSpec(ModelSpec.MNIST_INPUT, layers);
    }
}
