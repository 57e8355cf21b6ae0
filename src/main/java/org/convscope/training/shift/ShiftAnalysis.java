package org.convscope.training.shift;

import java.util.ArrayList;
import java.util.List;
import org.convscope.engine.layer.spec.Conv2DSpec;
import org.convscope.engine.layer.spec.DropoutSpec;
import org.convscope.engine.layer.spec.FlattenSpec;
import org.convscope.engine.layer.spec.LayerInfo;
import org.convscope.engine.layer.spec.LayerSpec;
import org.convscope.engine.layer.spec.Pool2DSpec;
import org.convscope.engine.model.Inspection;
import org.convscope.engine.model.Inspector;
import org.convscope.engine.model.LayerTap;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.tensor.Shape;
import org.convscope.engine.tensor.Tensor;

/**
 * Runs Move it: shifted copies of one image through the model's own forward pass. The grid takes
 * one batch through {@link Sequential#probabilities}; the layer maps are {@link Inspector}'s taps,
 * the same every inside-the-network view shows.
 */
public final class ShiftAnalysis {
    /** −6 … +6 pixels, as the grid. */
    public static final int RADIUS = 6;
    /** The shifts whose effect is measured layer by layer. */
    public static final int[] SIZES = {1, 2, 3};
    private static final int[][] DIRECTIONS = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};

    private ShiftAnalysis() {
    }

    /** image: [C,H,W] of the model's input shape. Uses the model's buffers: one caller at a time. */
    public static ShiftReport analyse(Sequential model, float[] image) {
        return new ShiftReport(grid(model, image, RADIUS), SIZES.clone(), layers(model, image));
    }

    /** The image moved by (dx, dy) through the model, every layer's map kept. */
    public static Inspection shifted(Sequential model, float[] image, int dx, int dy) {
        return Inspector.inspect(model, ImageShift.shift(image, model.inputShape(), dx, dy));
    }

    static ShiftGrid grid(Sequential model, float[] image, int radius) {
        Shape in = model.inputShape();
        int side = 2 * radius + 1, n = side * side, size = in.size();
        float[] batch = new float[n * size]; // n shifted images, [N,C,H,W]
        for (int dy = -radius; dy <= radius; dy++) {
            for (int dx = -radius; dx <= radius; dx++) {
                float[] moved = ImageShift.shift(image, in, dx, dy);
                System.arraycopy(moved, 0, batch, ((dy + radius) * side + dx + radius) * size, size);
            }
        }
        Tensor p = model.probabilities(Tensor.fromNchw(n, in, batch)); // p: [N, classes]
        int k = model.classes();
        int[] predicted = new int[n];
        float[] confidence = new float[n];
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (int c = 1; c < k; c++) if (p.data()[i * k + c] > p.data()[i * k + best]) best = c;
            predicted[i] = best;
            confidence[i] = p.data()[i * k + best];
        }
        return new ShiftGrid(radius, predicted, confidence);
    }

    private static List<LayerShift> layers(Sequential model, float[] image) {
        List<LayerInfo> infos = model.spec().infer();
        Inspection still = Inspector.inspect(model, image);
        Inspection[][] moved = new Inspection[SIZES.length][DIRECTIONS.length];
        for (int s = 0; s < SIZES.length; s++) {
            for (int d = 0; d < DIRECTIONS.length; d++) {
                moved[s][d] = shifted(model, image, SIZES[s] * DIRECTIONS[d][0], SIZES[s] * DIRECTIONS[d][1]);
            }
        }
        List<LayerShift> out = new ArrayList<>();
        int strideY = 1, strideX = 1;
        for (LayerInfo info : infos) {
            LayerSpec spec = info.spec();
            if (spec instanceof Conv2DSpec c) {
                strideY *= c.strideH();
                strideX *= c.strideW();
            } else if (spec instanceof Pool2DSpec p) {
                strideY *= p.strideH();
                strideX *= p.strideW();
            }
            if (spec instanceof FlattenSpec || spec instanceof DropoutSpec) continue; // the map before them, unchanged
            int tap = lastTap(still, info.index());
            Shape shape = still.taps().get(tap).outputShape();
            double[] withInput = new double[SIZES.length], inPlace = new double[SIZES.length];
            for (int s = 0; s < SIZES.length; s++) {
                for (int d = 0; d < DIRECTIONS.length; d++) {
                    int[] dir = DIRECTIONS[d];
                    float[] a0 = still.taps().get(tap).output(), as = moved[s][d].taps().get(tap).output();
                    inPlace[s] += Distance.relative(as, a0) / DIRECTIONS.length;
                    if (shape.isImage()) {
                        int my = cells(SIZES[s] * dir[1], strideY), mx = cells(SIZES[s] * dir[0], strideX);
                        withInput[s] += Distance.relativeMoved(as, a0, shape, mx, my) / DIRECTIONS.length;
                    } else {
                        withInput[s] = Double.NaN;
                    }
                }
            }
            out.add(new LayerShift(info.name(), spec.kerasType(), info.index(), Math.max(strideY, strideX), withInput, inPlace));
        }
        return out;
    }

    // the map a spec layer hands on: its last runtime layer's (after the activation)
    private static int lastTap(Inspection inspection, int specIndex) {
        int last = -1;
        for (LayerTap t : inspection.taps()) if (t.specIndex() == specIndex) last = t.index();
        if (last < 0) throw new IllegalStateException("layer " + specIndex + " has no runtime layer");
        return last;
    }

    // pixels to whole cells of a map whose cells span `stride` pixels, rounded half away from zero alike both ways
    static int cells(int pixels, int stride) {
        return Integer.signum(pixels) * (int) Math.round(Math.abs(pixels) / (double) stride);
    }
}
