package org.convscope.engine.layer;

import org.convscope.engine.tensor.Layouts;
import org.convscope.engine.tensor.Shape;
import org.convscope.engine.tensor.Tensor;

/**
 * Flatten: [N,H,W,C] → [N, C·H·W] in channel-major (C,H,W) order, as PyTorch and the model file
 * expect; the Dense weights that follow therefore mean the same in every tool.
 */
public final class Flatten extends Layer {

    public Flatten(Shape in) {
        super(in, Shape.vector(in.size()));
    }

    @Override
    public Tensor forward(Tensor x, boolean training) {
        checkInput(x);
        input = x;
        Tensor out = outputFor(x.batch());
        if (inShape.isImage()) {
            Layouts.nhwcToNchw(x.data(), out.data(), x.batch(), inShape.channels(), inShape.height(), inShape.width());
        } else {
            System.arraycopy(x.data(), 0, out.data(), 0, x.length());
        }
        return out;
    }

    @Override
    public Tensor backward(Tensor dy, boolean needInputGrad) {
        if (!needInputGrad) return null;
        Tensor dx = inputGradFor(dy.batch());
        if (inShape.isImage()) {
            Layouts.nchwToNhwc(dy.data(), dx.data(), dy.batch(), inShape.channels(), inShape.height(), inShape.width());
        } else {
            System.arraycopy(dy.data(), 0, dx.data(), 0, dy.length());
        }
        return dx;
    }

    @Override
    public Layer replicate() {
        return new Flatten(inShape);
    }

    @Override
    public String kind() {
        return "flatten";
    }
}
