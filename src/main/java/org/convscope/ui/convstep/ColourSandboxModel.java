package org.convscope.ui.convstep;

import java.util.Arrays;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import org.convscope.data.ColourImage;
import org.convscope.engine.layer.spec.Activation;
import org.convscope.ui.stepper.SlidingWindow;
import org.convscope.ui.stepper.StepperModel;

/**
 * The colour sandbox: a 32 × 32 photo as its red, green and blue planes, and 8 filters of 3 × 5 × 5
 * weights and a bias each, the course's example (3 channels in, 8 out, 5 × 5 kernels: (3 × 5×5 + 1) × 8
 * = 608 parameters). Each output value is the sum of the filter's three channel convolutions plus its
 * bias; the stepper walks one filter's output cell by cell. Every weight and bias can be changed.
 */
public final class ColourSandboxModel extends StepperModel<ConvArithmetic, ConvStep> {
    public static final int SIDE = 32, FILTERS = 8;
    private static final int PER_FILTER = ColourFilters.CHANNELS * ColourFilters.TAPS;
    static final ConvGeometry GEOMETRY = new ConvGeometry(ColourFilters.CHANNELS, SIDE, SIDE, ColourFilters.SIZE, ColourFilters.SIZE,
            1, 1, 0, 0, 1, SIDE - ColourFilters.SIZE + 1, SIDE - ColourFilters.SIZE + 1);

    private final ReadOnlyObjectWrapper<ColourImage> photo = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<float[]> kernels = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<float[]> biases = new ReadOnlyObjectWrapper<>(new float[FILTERS]);
    private final ReadOnlyObjectWrapper<ColourFilters.Kind[]> kinds = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty filter = new SimpleIntegerProperty(0);

    public ColourSandboxModel() {
        ColourFilters.Kind[] start = ColourFilters.Kind.values();
        float[] k = new float[FILTERS * PER_FILTER];
        for (int f = 0; f < FILTERS; f++) System.arraycopy(ColourFilters.weights(start[f]), 0, k, f * PER_FILTER, PER_FILTER);
        kernels.set(k);
        kinds.set(start.clone());
        photo.set(rainbow());
        filter.addListener((o, a, b) -> recompute());
        rebuild(true);
    }

    // until a photo is opened: colours running across and brightness down, so every filter has something to find
    private static ColourImage rainbow() {
        float[] p = new float[ColourFilters.CHANNELS * SIDE * SIDE];
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                double hue = x / (double) SIDE, light = 0.25 + 0.75 * y / (SIDE - 1.0);
                for (int c = 0; c < 3; c++) {
                    double v = Math.max(0, Math.cos(2 * Math.PI * (hue - c / 3.0)));
                    p[(c * SIDE + y) * SIDE + x] = (float) (light * v);
                }
            }
        }
        return new ColourImage(SIDE, SIDE, p);
    }

    private void rebuild(boolean restart) {
        show(new ConvArithmetic(GEOMETRY, photo.get().planes(), kernels.get(), biases.get(), Activation.LINEAR), restart);
    }

    @Override
    protected SlidingWindow window(ConvArithmetic a) {
        return a.geometry();
    }

    @Override
    protected ConvStep stepAt(ConvArithmetic a, int row, int column) {
        return a.at(filter.get(), row, column);
    }

    /** Shows {@code image}, its middle square scaled to 32 × 32; the window starts again at the first cell. */
    public void setPhoto(ColourImage image) {
        photo.set(image.width() == SIDE && image.height() == SIDE ? image : image.square(SIDE));
        rebuild(true);
    }

    /** Adds {@code delta} to weight (row, column) of channel {@code channel} of the chosen filter. */
    public void nudgeWeight(int channel, int row, int column, int delta) {
        if (channel < 0 || channel >= ColourFilters.CHANNELS || row < 0 || column < 0 || row >= ColourFilters.SIZE || column >= ColourFilters.SIZE) return;
        float[] k = kernels.get().clone();
        k[filter.get() * PER_FILTER + channel * ColourFilters.TAPS + row * ColourFilters.SIZE + column] += delta;
        kernels.set(k);
        rebuild(false);
    }

    /** Adds {@code delta} to the chosen filter's bias. */
    public void nudgeBias(int delta) {
        float[] b = biases.get().clone();
        b[filter.get()] += delta;
        biases.set(b);
        rebuild(false);
    }

    /** Replaces the chosen filter with a preset of {@code kind} (bias 0). */
    public void usePreset(ColourFilters.Kind kind) {
        float[] k = kernels.get().clone();
        System.arraycopy(ColourFilters.weights(kind), 0, k, filter.get() * PER_FILTER, PER_FILTER);
        kernels.set(k);
        float[] b = biases.get().clone();
        b[filter.get()] = 0;
        biases.set(b);
        ColourFilters.Kind[] now = kinds.get().clone();
        now[filter.get()] = kind;
        kinds.set(now);
        rebuild(false);
    }

    /** Sets every weight and bias at once (tests, and a random case): kernel [F][C][5][5], bias [F]. */
    public void setFilters(float[] kernel, float[] bias) {
        if (kernel.length != FILTERS * PER_FILTER || bias.length != FILTERS) {
            throw new IllegalArgumentException("8 filters of 3 × 5 × 5 weights and 8 biases are needed");
        }
        kernels.set(kernel.clone());
        biases.set(bias.clone());
        rebuild(false);
    }

    /** Output value (row, column) of filter {@code f}: Σ over channels and kernel positions of x·w, plus the bias. */
    public double outputAt(int f, int row, int column) {
        return currentProperty().get().at(f, row, column).z();
    }

    /** Filter {@code f}'s whole output map, 28 × 28, row by row. */
    public float[] outputMap(int f) {
        float[] out = new float[GEOMETRY.positions()];
        for (int i = 0; i < out.length; i++) out[i] = (float) outputAt(f, i / GEOMETRY.outWidth(), i % GEOMETRY.outWidth());
        return out;
    }

    /** The chosen filter's weights for {@code channel}, 5 × 5 row by row (a copy). */
    public float[] channelKernel(int channel) {
        int from = filter.get() * PER_FILTER + channel * ColourFilters.TAPS;
        return Arrays.copyOfRange(kernels.get(), from, from + ColourFilters.TAPS);
    }

    public ConvGeometry geometry() {
        return GEOMETRY;
    }

    /** The photo as the filters see it: 32 × 32 × 3, replaced (never written) when another is opened. */
    public ReadOnlyObjectProperty<ColourImage> photoProperty() { return photo.getReadOnlyProperty(); }
    /** Every filter's weights, [F][C][5][5]; replaced on every edit. */
    public ReadOnlyObjectProperty<float[]> kernelsProperty() { return kernels.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<float[]> biasesProperty() { return biases.getReadOnlyProperty(); }
    /** The preset each filter was last set from (edits since are not tracked). */
    public ReadOnlyObjectProperty<ColourFilters.Kind[]> kindsProperty() { return kinds.getReadOnlyProperty(); }
    /** The filter being stepped through, 0..7. */
    public IntegerProperty filterProperty() { return filter; }
    public ReadOnlyObjectProperty<ConvArithmetic> arithmeticProperty() { return currentProperty(); }
}
