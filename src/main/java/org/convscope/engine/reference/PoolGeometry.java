package org.convscope.engine.reference;

import org.convscope.engine.layer.spec.Padding;
import org.convscope.engine.layer.spec.Pool2DSpec;

/** Pooling is always 'valid': floor((in − size)/stride) + 1 windows per axis, channels unchanged. */
final class PoolGeometry {
    private PoolGeometry() {
    }

    static Nchw output(Pool2DSpec spec, Nchw in) {
        int oh = ReferencePadding.outputLength(Padding.VALID, in.height(), spec.sizeH(), spec.strideH());
        int ow = ReferencePadding.outputLength(Padding.VALID, in.width(), spec.sizeW(), spec.strideW());
        return new Nchw(in.channels(), oh, ow);
    }
}
