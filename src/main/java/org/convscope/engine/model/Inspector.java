package org.convscope.engine.model;

import java.util.ArrayList;
import java.util.List;
import org.convscope.engine.layer.Layer;
import org.convscope.engine.layer.MaxPool2D;
import org.convscope.engine.tensor.Shape;
import org.convscope.engine.tensor.Tensor;

/** Runs one image through a model in inference mode and copies out every layer's tap. */
public final class Inspector {
    private Inspector() {
    }

    /** image: [C,H,W] values of one example of the model's input shape. */
    public static Inspection inspect(Sequential model, float[] image) {
        Shape in = model.inputShape();
        if (image.length != in.size()) {
            throw new IllegalArgumentException("image has " + image.length + " values, the model takes " + in.toDisplay());
        }
        Tensor x = Tensor.fromNchw(1, in, image);
        Sequential.Output out = model.infer(x, 0);
        List<LayerTap> taps = new ArrayList<>();
        float[] exported = model.exportWeights();
        List<Layer> layers = model.layers();
        int offset = 0;
        for (int i = 0; i < layers.size(); i++) {
            Layer l = layers.get(i);
            float[] kernel = null, bias = null;
            int count = l.paramCount();
            if (count > 0) {
                int k = l.paramBlocks().get(0).length();
                kernel = java.util.Arrays.copyOfRange(exported, offset, offset + k);
                bias = java.util.Arrays.copyOfRange(exported, offset + k, offset + count);
            }
            offset += count;
            taps.add(new LayerTap(i, model.specIndexOf(i), l.kind(), l.inputShape(), l.outputShape(),
                    l.lastOutput().toNchw(), kernel, bias, l instanceof MaxPool2D p ? argmax(p) : null));
        }
        return new Inspection(model.spec(), image.clone(), taps, out.logits(), out.probabilities());
    }

    private static int[] argmax(MaxPool2D p) {
        Shape o = p.outputShape();
        int w = p.inputShape().width();
        int[] a = new int[o.size()];
        int i = 0;
        for (int c = 0; c < o.channels(); c++) {
            for (int y = 0; y < o.height(); y++) {
                for (int x = 0; x < o.width(); x++) {
                    int[] rc = p.argmaxPosition(0, c, y, x);
                    a[i++] = rc[0] * w + rc[1];
                }
            }
        }
        return a;
    }
}
