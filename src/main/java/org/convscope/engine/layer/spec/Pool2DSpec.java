package org.convscope.engine.layer.spec;

import java.util.List;
import org.convscope.engine.tensor.Shape;

/** MaxPooling2D or AveragePooling2D with 'valid' padding: windows that do not fit are dropped (floor). */
public record Pool2DSpec(Kind kind, int sizeH, int sizeW, int strideH, int strideW) implements WeightlessSpec {

    public enum Kind { MAX, AVERAGE }

    public Pool2DSpec {
        if (kind == null) throw new ArchitectureException("pooling needs a kind (max or average)");
        if (sizeH < 1 || sizeW < 1) throw new ArchitectureException("pooling window must be at least 1×1, got " + sizeH + "×" + sizeW);
        if (strideH < 1 || strideW < 1) throw new ArchitectureException("pooling stride must be at least 1, got " + strideH + "×" + strideW);
    }

    /** Square window whose stride equals its size, as Keras defaults it. */
    public Pool2DSpec(Kind kind, int size) {
        this(kind, size, size, size, size);
    }

    @Override
    public Shape outputShape(Shape in) {
        if (!in.isImage()) {
            throw new ArchitectureException(ArchitectureException.Reason.NEEDS_IMAGE, List.of(kerasType(), in.channels()),
                    kerasType() + " needs an image input, but gets a flat vector of " + in.channels());
        }
        if (sizeH > in.height() || sizeW > in.width()) {
            throw new ArchitectureException(ArchitectureException.Reason.WINDOW_TOO_LARGE,
                    List.of(kerasType(), sizeH, sizeW, in.height(), in.width()),
                    kerasType() + " window " + sizeH + "×" + sizeW + " is larger than its "
                    + in.height() + "×" + in.width() + " input");
        }
        int oh = (in.height() - sizeH) / strideH + 1;
        int ow = (in.width() - sizeW) / strideW + 1;
        return Shape.image(in.channels(), oh, ow);
    }

    @Override
    public String kerasType() {
        return kind == Kind.MAX ? "MaxPooling2D" : "AveragePooling2D";
    }

    @Override
    public String compact() {
        StringBuilder s = new StringBuilder(kind == Kind.MAX ? "p" : "ap").append(sizeH);
        if (sizeW != sizeH) s.append('x').append(sizeW);
        if (strideH != sizeH || strideW != sizeW) {
            s.append('s').append(strideH);
            if (strideW != strideH) s.append('x').append(strideW);
        }
        return s.toString();
    }
}
