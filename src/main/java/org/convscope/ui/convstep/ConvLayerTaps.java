package org.convscope.ui.convstep;

import java.util.ArrayList;
import java.util.List;
import org.convscope.engine.layer.spec.Conv2DSpec;
import org.convscope.engine.model.Inspection;
import org.convscope.engine.model.LayerTap;

/**
 * One Conv2D layer of an inspection, as the stepper reads it: its input, the engine's output before
 * the activation (z) and after it (a, from the activation layer the spec's activation became), and
 * the arithmetic over the same numbers. Nothing is copied: the arrays are the inspection's own.
 *
 * @param runtimeIndex the conv layer's index among the runtime layers (its tap)
 * @param specIndex    the layer's index in the model spec (what the user numbered)
 * @param z            [F,OH,OW], the engine's pre-activation output
 * @param a            [F,OH,OW] after the activation, or null if the layer has none
 */
public record ConvLayerTaps(int runtimeIndex, int specIndex, Conv2DSpec spec, ConvGeometry geometry,
                            float[] input, float[] z, float[] a, ConvArithmetic arithmetic) {

    /** Every Conv2D layer of {@code inspection}, in order. */
    public static List<ConvLayerTaps> of(Inspection inspection) {
        List<ConvLayerTaps> out = new ArrayList<>();
        List<LayerTap> taps = inspection.taps();
        for (int i = 0; i < taps.size(); i++) {
            LayerTap t = taps.get(i);
            if (!(inspection.spec().layers().get(t.specIndex()) instanceof Conv2DSpec spec) || t.kernel() == null) continue;
            ConvGeometry g = ConvGeometry.of(spec, t.inputShape());
            float[] input = inspection.inputOf(i);
            boolean activated = i + 1 < taps.size() && taps.get(i + 1).specIndex() == t.specIndex();
            float[] a = activated ? taps.get(i + 1).output() : null;
            out.add(new ConvLayerTaps(i, t.specIndex(), spec, g, input, t.output(), a,
                    new ConvArithmetic(g, input, t.kernel(), t.bias(), spec.activation())));
        }
        return out;
    }

    public int filters() {
        return spec.filters();
    }

    /** What the next layer receives at (filter, row, column): a, or z when there is no activation. */
    public float output(int filter, int row, int column) {
        float[] map = a != null ? a : z;
        return map[(filter * geometry.outHeight() + row) * geometry.outWidth() + column];
    }

    public float zAt(int filter, int row, int column) {
        return z[(filter * geometry.outHeight() + row) * geometry.outWidth() + column];
    }
}
