package org.convscope.engine.layer.spec;

import java.util.List;
import org.convscope.engine.tensor.Shape;

/** Conv2D(filters, (kh, kw), strides, padding, activation), Keras defaults: stride 1, valid, glorot-uniform. */
public record Conv2DSpec(int filters, int kernelH, int kernelW, int strideH, int strideW,
                         Padding padding, Activation activation) implements LayerSpec {

    public Conv2DSpec {
        if (filters < 1) throw new ArchitectureException("Conv2D needs at least 1 filter, got " + filters);
        if (kernelH < 1 || kernelW < 1) throw new ArchitectureException("Conv2D kernel must be at least 1×1, got " + kernelH + "×" + kernelW);
        if (strideH < 1 || strideW < 1) throw new ArchitectureException("Conv2D stride must be at least 1, got " + strideH + "×" + strideW);
        if (padding == null || activation == null) throw new ArchitectureException("Conv2D needs a padding and an activation");
    }

    /** Square kernel, stride 1, valid padding. */
    public Conv2DSpec(int filters, int kernel, Activation activation) {
        this(filters, kernel, kernel, 1, 1, Padding.VALID, activation);
    }

    @Override
    public Shape outputShape(Shape in) {
        if (!in.isImage()) {
            throw new ArchitectureException(ArchitectureException.Reason.NEEDS_IMAGE, List.of("Conv2D", in.channels()),
                    "Conv2D needs an image input (height × width × channels), but gets a flat vector of " + in.channels());
        }
        int oh = padding.outputLength(in.height(), kernelH, strideH);
        int ow = padding.outputLength(in.width(), kernelW, strideW);
        if (oh < 1 || ow < 1) {
            throw new ArchitectureException(ArchitectureException.Reason.KERNEL_TOO_LARGE,
                    List.of(kernelH, kernelW, in.height(), in.width()), "Conv2D kernel " + kernelH + "×" + kernelW + " is larger than its "
                    + in.height() + "×" + in.width() + " input (use padding 'same' or a smaller kernel)");
        }
        return Shape.image(filters, oh, ow);
    }

    @Override
    public ParamFormula formula(Shape in) {
        return ParamFormula.conv(in.channels(), kernelH, kernelW, filters);
    }

    @Override
    public String kerasType() {
        return "Conv2D";
    }

    @Override
    public long macs(Shape in) {
        Shape out = outputShape(in);
        return (long) out.size() * in.channels() * kernelH * kernelW;
    }

    @Override
    public String compact() {
        StringBuilder s = new StringBuilder("c").append(filters).append('k').append(kernelH);
        if (kernelW != kernelH) s.append('x').append(kernelW);
        if (strideH != 1 || strideW != 1) {
            s.append('s').append(strideH);
            if (strideW != strideH) s.append('x').append(strideW);
        }
        if (padding == Padding.SAME) s.append("same");
        if (activation != Activation.RELU) s.append(':').append(activation.kerasName());
        return s.toString();
    }
}
