package org.convscope.ui.kernels;

import java.util.ArrayList;
import java.util.List;
import org.convscope.engine.layer.spec.Conv2DSpec;
import org.convscope.engine.layer.spec.DenseSpec;
import org.convscope.engine.layer.spec.LayerInfo;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.tensor.Shape;

/**
 * A layer with weights, as the kernels view lays it out, known from the architecture alone. Its
 * weights are {@code filters × channels × kh × kw} values in the model file's order (PyTorch's):
 * a Conv2D's {@code [out][in][kh][kw]}; a Dense layer's {@code [out][in]}, where the inputs are
 * read as the {@code channels × kh × kw} feature maps they were flattened from (Flatten keeps
 * C,H,W order), or as one row of {@code kw} inputs when they were never an image.
 *
 * @param index     position among the model's layers with weights
 * @param specIndex position in the architecture
 * @param name      Keras' name, e.g. conv2d_1
 * @param offset    where its weights start in the model file's parameter array (its bias follows them)
 */
public record WeightLayer(int index, int specIndex, String name, boolean dense,
                          int filters, int channels, int kh, int kw, int offset) {

    /** Weights per filter (or per Dense unit). */
    public int fanIn() {
        return channels * kh * kw;
    }

    public int weightCount() {
        return filters * fanIn();
    }

    /** Position of W[f][c][i][j] among this layer's weights. */
    public int at(int filter, int channel, int row, int col) {
        return ((filter * channels + channel) * kh + row) * kw + col;
    }

    /** A Dense layer whose inputs are the flattened maps of an image-shaped layer. */
    public boolean reshaped() {
        return dense && kh > 1;
    }

    /** The layers with weights of {@code spec}, in order. */
    public static List<WeightLayer> of(ModelSpec spec) {
        List<LayerInfo> infos = spec.infer();
        List<WeightLayer> out = new ArrayList<>();
        long offset = 0;
        for (LayerInfo info : infos) {
            if (info.spec() instanceof Conv2DSpec c) {
                out.add(new WeightLayer(out.size(), info.index(), info.name(), false, c.filters(),
                        info.input().channels(), c.kernelH(), c.kernelW(), Math.toIntExact(offset)));
            } else if (info.spec() instanceof DenseSpec d) {
                Shape maps = flattenedFrom(infos, info.index());
                int n = info.input().size();
                out.add(maps == null
                        ? new WeightLayer(out.size(), info.index(), info.name(), true, d.units(), 1, 1, n, Math.toIntExact(offset))
                        : new WeightLayer(out.size(), info.index(), info.name(), true, d.units(),
                                maps.channels(), maps.height(), maps.width(), Math.toIntExact(offset)));
            }
            offset += info.params();
        }
        return out;
    }

    // The image a Dense layer's input vector was flattened from, looking back past layers that keep
    // its length (Dropout, activations); null if it never was an image.
    private static Shape flattenedFrom(List<LayerInfo> infos, int dense) {
        int n = infos.get(dense).input().size();
        for (int k = dense - 1; k >= 0; k--) {
            Shape in = infos.get(k).input();
            if (in.size() != n) return null;
            if (in.isImage()) return in;
        }
        return null;
    }
}
