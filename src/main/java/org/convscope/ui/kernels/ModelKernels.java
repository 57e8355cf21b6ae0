package org.convscope.ui.kernels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.ui.common.ValueRange;

/** Every layer's weights of one model at one moment, with the span of all of them (for the global scale). */
public final class ModelKernels {
    private final ModelSpec spec;
    private final List<LayerWeights> layers;
    private final ValueRange global;

    private ModelKernels(ModelSpec spec, List<LayerWeights> layers) {
        this.spec = spec;
        this.layers = List.copyOf(layers);
        ValueRange all = null;
        for (LayerWeights l : layers) all = all == null ? l.range() : all.union(l.range());
        this.global = all == null ? new ValueRange(0, 0) : all;
    }

    /** Slices {@code file} (every parameter in the model file's layout, {@code Sequential.exportWeights()}). */
    public static ModelKernels fromFileLayout(ModelSpec spec, float[] file) {
        List<LayerWeights> out = new ArrayList<>();
        for (WeightLayer l : WeightLayer.of(spec)) {
            int w = l.offset(), b = w + l.weightCount();
            if (b + l.filters() > file.length) {
                throw new IllegalArgumentException("the weights end before " + l.name() + "'s (" + file.length + " values)");
            }
            out.add(new LayerWeights(l, Arrays.copyOfRange(file, w, b), Arrays.copyOfRange(file, b, b + l.filters())));
        }
        return new ModelKernels(spec, out);
    }

    public ModelSpec spec() {
        return spec;
    }

    public List<LayerWeights> layers() {
        return layers;
    }

    public LayerWeights layer(int index) {
        return layers.get(index);
    }

    /** The span of every weight of every layer (biases left out). */
    public ValueRange globalRange() {
        return global;
    }
}
