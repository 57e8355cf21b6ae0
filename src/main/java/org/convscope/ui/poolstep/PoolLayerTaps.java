package org.convscope.ui.poolstep;

import java.util.ArrayList;
import java.util.List;
import org.convscope.engine.layer.spec.Pool2DSpec;
import org.convscope.engine.model.Inspection;
import org.convscope.engine.model.LayerTap;

/**
 * One pooling layer of an inspection: the feature map it pooled, the engine's output and (max
 * pooling) the engine's winners, with the arithmetic over the same map. Or the course's example,
 * which has no engine behind it ({@code output} and {@code argmax} null).
 *
 * @param runtimeIndex the tap's index, −1 for the course example
 * @param argmax       for each output (C,OH,OW order), the winner as row·W + column; null unless max pooling
 */
public record PoolLayerTaps(int runtimeIndex, int specIndex, Pool2DSpec spec, float[] input, float[] output,
                            int[] argmax, PoolArithmetic arithmetic) {

    public static List<PoolLayerTaps> of(Inspection inspection) {
        List<PoolLayerTaps> out = new ArrayList<>();
        List<LayerTap> taps = inspection.taps();
        for (int i = 0; i < taps.size(); i++) {
            LayerTap t = taps.get(i);
            if (!(inspection.spec().layers().get(t.specIndex()) instanceof Pool2DSpec spec)) continue;
            float[] input = inspection.inputOf(i);
            out.add(new PoolLayerTaps(i, t.specIndex(), spec, input, t.output(), t.argmax(),
                    new PoolArithmetic(PoolWindow.of(spec, t.inputShape()), input)));
        }
        return out;
    }

    public static PoolLayerTaps courseExample() {
        float[] map = CourseExample.map();
        return new PoolLayerTaps(-1, -1, new Pool2DSpec(Pool2DSpec.Kind.MAX, CourseExample.WINDOW), map, null, null,
                new PoolArithmetic(CourseExample.window(), map));
    }

    public boolean isCourseExample() {
        return runtimeIndex < 0;
    }

    public PoolWindow window() {
        return arithmetic.window();
    }

    /** The mode the layer itself pools with. */
    public PoolMode engineMode() {
        return spec.kind() == Pool2DSpec.Kind.MAX ? PoolMode.MAX : PoolMode.AVERAGE;
    }

    /** The engine's value at (channel, row, column), or NaN for the course example. */
    public double engineOutput(int channel, int row, int column) {
        if (output == null) return Double.NaN;
        PoolWindow w = window();
        return output[(channel * w.outHeight() + row) * w.outWidth() + column];
    }

    /** The engine's winner as row·W + column, or −1 when it did not record one. */
    public int engineWinner(int channel, int row, int column) {
        if (argmax == null) return -1;
        PoolWindow w = window();
        return argmax[(channel * w.outHeight() + row) * w.outWidth() + column];
    }
}
