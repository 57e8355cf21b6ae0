package org.convscope.engine.reference;

import org.convscope.engine.layer.spec.Padding;
import org.convscope.engine.layer.spec.Pool2DSpec;
import org.convscope.engine.tensor.Shape;

/**
 * What max and average pooling share: windows of KH×KW every (SH, SW), always 'valid', so there
 * are floor((in − size)/stride) + 1 of them per axis (windows that do not fit are dropped); each
 * channel is pooled on its own, so the channels are unchanged.
 */
abstract sealed class ReferencePool2D implements ReferenceLayer permits ReferenceAvgPool2D, ReferenceMaxPool2D {
    protected final Pool2DSpec spec;
    protected final Nchw in;
    protected final Nchw out;

    ReferencePool2D(Pool2DSpec spec, Shape input) {
        this.spec = spec;
        this.in = Nchw.of(input);
        int oh = ReferencePadding.outputLength(Padding.VALID, in.height(), spec.sizeH(), spec.strideH());
        int ow = ReferencePadding.outputLength(Padding.VALID, in.width(), spec.sizeW(), spec.strideW());
        this.out = new Nchw(in.channels(), oh, ow);
    }

    @Override
    public Shape inputShape() {
        return in.shape();
    }

    @Override
    public Shape outputShape() {
        return out.shape();
    }

    /** Index into x of value (ky, kx) of output (b, c, oy, ox)'s window. */
    protected int inputIndex(int b, int c, int oy, int ox, int ky, int kx) {
        return in.at(b, c, oy * spec.strideH() + ky, ox * spec.strideW() + kx);
    }
}
