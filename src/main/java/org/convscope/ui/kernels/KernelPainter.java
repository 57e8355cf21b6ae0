package org.convscope.ui.kernels;

import java.util.ArrayList;
import java.util.List;
import org.convscope.ui.common.ColorMap;
import org.convscope.ui.common.Normalization;
import org.convscope.ui.common.ValueRange;

/** Draws a layer's weights into pixels; proportional to the weights, so it runs off the FX thread. */
final class KernelPainter {
    private KernelPainter() {
    }

    static KernelPicture paint(ModelKernels kernels, int layerIndex, KernelMode mode, Normalization scope) {
        LayerWeights w = kernels.layer(layerIndex);
        WeightLayer l = w.layer();
        KernelLayout layout = new KernelLayout(l, mode);
        KernelMode shown = layout.mode();
        ColorMap map = shown == KernelMode.PATCHES ? ColorMap.GREYS : ColorMap.DIVERGING;

        float[][] means = null;
        List<ValueRange> filterRanges = new ArrayList<>(l.filters());
        if (shown == KernelMode.PER_FILTER) {
            means = new float[l.filters()][];
            for (int f = 0; f < l.filters(); f++) {
                means[f] = w.channelMean(f);
                filterRanges.add(ValueRange.of(means[f]));
            }
        } else {
            for (int f = 0; f < l.filters(); f++) filterRanges.add(w.filterRange(f));
        }
        ValueRange layerRange = filterRanges.stream().reduce(ValueRange::union).orElse(new ValueRange(0, 0));
        KernelPicture scales = new KernelPicture(kernels, w, layout, scope, map, List.of(), filterRanges, layerRange);

        List<Raster> images = new ArrayList<>();
        if (shown.tiled()) {
            for (int f = 0; f < l.filters(); f++) {
                ValueRange r = scales.range(f);
                Raster img = new Raster(l.kw(), l.kh());
                for (int i = 0; i < l.kh(); i++) {
                    for (int j = 0; j < l.kw(); j++) {
                        float v = means != null ? means[f][i * l.kw() + j] : w.weight(f, 0, i, j);
                        img.set(i, j, map.argb(v, r.lo(), r.hi()));
                    }
                }
                images.add(img);
            }
        } else {
            Raster img = new Raster(layout.width(), layout.height()); // zeros: transparent gaps
            for (int f = 0; f < l.filters(); f++) {
                ValueRange r = scales.range(f);
                for (int c = 0; c < l.channels(); c++) {
                    for (int i = 0; i < l.kh(); i++) {
                        for (int j = 0; j < l.kw(); j++) {
                            int[] p = layout.pixelOf(f, c, i, j);
                            img.set(p[0], p[1], map.argb(w.weight(f, c, i, j), r.lo(), r.hi()));
                        }
                    }
                }
            }
            images.add(img);
        }
        return new KernelPicture(kernels, w, layout, scope, map, images, filterRanges, layerRange);
    }
}
