package org.convscope.engine.learned;

import java.util.List;
import org.convscope.engine.layer.spec.Conv2DSpec;
import org.convscope.engine.layer.spec.LayerInfo;
import org.convscope.engine.layer.spec.LayerSpec;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.layer.spec.Pool2DSpec;
import org.convscope.engine.tensor.Shape;

/**
 * The input pixels one position of a layer's output depends on: a {@code sizeH × sizeW} window whose top-left
 * corner, for output position (row, column), is at input pixel ({@code startH + row·jumpH}, {@code startW +
 * column·jumpW}). A start below 0 means the window begins in the zero padding.
 *
 * <p>Layer by layer (Araujo, Norris and Sim, Distill 2019): a window of k with stride s and p zeros before the
 * input gives {@code size' = size + (k−1)·jump}, {@code jump' = jump·s}, {@code start' = start − p·jump}.
 * Activations and dropout change nothing; past a flatten every output sees the whole input.
 */
public record ReceptiveField(int sizeH, int sizeW, int jumpH, int jumpW, int startH, int startW) {

    /** A pixel of the input itself. */
    public static final ReceptiveField PIXEL = new ReceptiveField(1, 1, 1, 1, 0, 0);

    /** The receptive field of architecture layer {@code layer}'s output; the layer must still be an image. */
    public static ReceptiveField of(ModelSpec spec, int layer) {
        List<LayerInfo> infos = spec.infer();
        if (layer < 0 || layer >= infos.size()) throw new IllegalArgumentException("no layer " + layer);
        ReceptiveField f = PIXEL;
        for (int i = 0; i <= layer; i++) {
            LayerInfo info = infos.get(i);
            if (!info.output().isImage()) {
                throw new IllegalArgumentException(info.name() + " outputs a vector: each of its values sees the whole image");
            }
            f = f.through(info.spec(), info.input());
        }
        return f;
    }

    /** This field carried through one more layer whose input is {@code in}. */
    public ReceptiveField through(LayerSpec layer, Shape in) {
        if (layer instanceof Conv2DSpec c) {
            return grow(c.kernelH(), c.kernelW(), c.strideH(), c.strideW(),
                    c.padding().padBefore(in.height(), c.kernelH(), c.strideH()),
                    c.padding().padBefore(in.width(), c.kernelW(), c.strideW()));
        }
        if (layer instanceof Pool2DSpec p) return grow(p.sizeH(), p.sizeW(), p.strideH(), p.strideW(), 0, 0);
        return this; // activations and dropout: position for position
    }

    private ReceptiveField grow(int kh, int kw, int sh, int sw, int padTop, int padLeft) {
        return new ReceptiveField(sizeH + (kh - 1) * jumpH, sizeW + (kw - 1) * jumpW, jumpH * sh, jumpW * sw,
                startH - padTop * jumpH, startW - padLeft * jumpW);
    }

    /** The input row where the window of output row {@code row} begins (may be negative: padding). */
    public int top(int row) {
        return startH + row * jumpH;
    }

    /** The input column where the window of output column {@code column} begins. */
    public int left(int column) {
        return startW + column * jumpW;
    }

    /**
     * The window of output position (row, column) cut out of {@code image} ([C,H,W] of shape {@code in}), zeros
     * where it lies outside the image (the zero padding). Returns [C, sizeH, sizeW].
     */
    public float[] crop(float[] image, Shape in, int row, int column) {
        int c = in.channels(), h = in.height(), w = in.width();
        float[] out = new float[c * sizeH * sizeW];
        int top = top(row), left = left(column);
        for (int ch = 0; ch < c; ch++) {
            for (int y = 0; y < sizeH; y++) {
                int iy = top + y;
                if (iy < 0 || iy >= h) continue;
                for (int x = 0; x < sizeW; x++) {
                    int ix = left + x;
                    if (ix >= 0 && ix < w) out[(ch * sizeH + y) * sizeW + x] = image[(ch * h + iy) * w + ix];
                }
            }
        }
        return out;
    }
}
