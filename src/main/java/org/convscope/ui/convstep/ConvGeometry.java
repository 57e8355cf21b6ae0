package org.convscope.ui.convstep;

import org.convscope.engine.layer.spec.Conv2DSpec;
import org.convscope.engine.tensor.Shape;
import org.convscope.ui.stepper.SlidingWindow;

/**
 * Where one convolution's windows fall: input size, kernel, stride, the zeros added before the
 * first row and column, dilation, and the output size. Output (oy, ox) reads input row
 * {@code oy·strideH − padTop + ky·dilation}, column likewise; positions outside the input are
 * padding zeros. Plain Java, so the arithmetic behind the stepper is testable without a window.
 */
public record ConvGeometry(int channels, int height, int width, int kernelH, int kernelW,
                           int strideH, int strideW, int padTop, int padLeft, int dilation,
                           int outHeight, int outWidth) implements SlidingWindow {

    /** The geometry the engine uses for {@code spec} on input {@code in} (TensorFlow's 'same': the odd zero goes after). */
    public static ConvGeometry of(Conv2DSpec spec, Shape in) {
        var pad = spec.padding();
        return new ConvGeometry(in.channels(), in.height(), in.width(), spec.kernelH(), spec.kernelW(),
                spec.strideH(), spec.strideW(),
                pad.padBefore(in.height(), spec.kernelH(), spec.strideH()),
                pad.padBefore(in.width(), spec.kernelW(), spec.strideW()), 1,
                pad.outputLength(in.height(), spec.kernelH(), spec.strideH()),
                pad.outputLength(in.width(), spec.kernelW(), spec.strideW()));
    }

    /** A square single-channel input of side n with p zeros on every side, as the sandbox builds it. */
    public static ConvGeometry square(OutputSize size) {
        if (!size.valid()) throw new IllegalArgumentException("no output for " + size);
        return new ConvGeometry(1, size.n(), size.n(), size.k(), size.k(), size.s(), size.s(), size.p(), size.p(),
                size.d(), size.size(), size.size());
    }

    public int inputRow(int oy, int ky) {
        return oy * strideH - padTop + ky * dilation;
    }

    public int inputColumn(int ox, int kx) {
        return ox * strideW - padLeft + kx * dilation;
    }

    public boolean inside(int row, int column) {
        return row >= 0 && column >= 0 && row < height && column < width;
    }

    /** Zeros after the last row that some window reaches (0 if none does). */
    public int padBottom() {
        return Math.max(0, inputRow(outHeight - 1, kernelH - 1) + 1 - height);
    }

    public int padRight() {
        return Math.max(0, inputColumn(outWidth - 1, kernelW - 1) + 1 - width);
    }

    public int taps() {
        return kernelH * kernelW;
    }

    /** Centres the window as near input (row, column) as it can go: a click on the input puts the kernel there. */
    @Override
    public int positionNear(int row, int column) {
        int oy = nearestWindow(row + padTop - dilation * (kernelH - 1) / 2.0, strideH, outHeight);
        int ox = nearestWindow(column + padLeft - dilation * (kernelW - 1) / 2.0, strideW, outWidth);
        return oy * outWidth + ox;
    }

    /** The window whose start is nearest {@code start} (in padded coordinates), among {@code n} windows {@code stride} apart. */
    private static int nearestWindow(double start, int stride, int n) {
        return SlidingWindow.clamp((int) Math.round(start / stride), n);
    }
}
