package org.convscope.ui.poolstep;

import static org.convscope.ui.stepper.SlidingWindow.clamp;

import org.convscope.engine.layer.spec.Pool2DSpec;
import org.convscope.engine.tensor.Shape;
import org.convscope.ui.stepper.SlidingWindow;

/**
 * Where a pooling layer's windows fall ('valid', as the engine pools: windows that do not fit are
 * dropped). Output (oy, ox) covers input rows oy·strideH … oy·strideH + sizeH − 1, columns likewise.
 */
public record PoolWindow(int channels, int height, int width, int sizeH, int sizeW, int strideH, int strideW)
        implements SlidingWindow {

    public static PoolWindow of(Pool2DSpec spec, Shape in) {
        return new PoolWindow(in.channels(), in.height(), in.width(), spec.sizeH(), spec.sizeW(), spec.strideH(), spec.strideW());
    }

    public int outHeight() {
        return (height - sizeH) / strideH + 1;
    }

    public int outWidth() {
        return (width - sizeW) / strideW + 1;
    }

    /** The first window that covers input (row, column), the nearest one if none does. */
    @Override
    public int positionNear(int row, int column) {
        int oy = clamp(Math.max(0, row - sizeH + strideH) / strideH, outHeight());
        int ox = clamp(Math.max(0, column - sizeW + strideW) / strideW, outWidth());
        oy = clamp(Math.min(oy, row / strideH), outHeight());
        ox = clamp(Math.min(ox, column / strideW), outWidth());
        return oy * outWidth() + ox;
    }

    public int top(int oy) {
        return oy * strideH;
    }

    public int left(int ox) {
        return ox * strideW;
    }
}
