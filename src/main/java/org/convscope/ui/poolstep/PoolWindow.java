package org.convscope.ui.poolstep;

import org.convscope.engine.layer.spec.Pool2DSpec;
import org.convscope.engine.tensor.Shape;

/**
 * Where a pooling layer's windows fall ('valid', as the engine pools: windows that do not fit are
 * dropped). Output (oy, ox) covers input rows oy·strideH … oy·strideH + sizeH − 1, columns likewise.
 */
public record PoolWindow(int channels, int height, int width, int sizeH, int sizeW, int strideH, int strideW) {

    public static PoolWindow of(Pool2DSpec spec, Shape in) {
        return new PoolWindow(in.channels(), in.height(), in.width(), spec.sizeH(), spec.sizeW(), spec.strideH(), spec.strideW());
    }

    public int outHeight() {
        return (height - sizeH) / strideH + 1;
    }

    public int outWidth() {
        return (width - sizeW) / strideW + 1;
    }

    public int positions() {
        return outHeight() * outWidth();
    }

    public int top(int oy) {
        return oy * strideH;
    }

    public int left(int ox) {
        return ox * strideW;
    }
}
