package org.convscope.ui.convstep;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.convscope.engine.layer.spec.Activation;
import org.convscope.ui.stepper.SlidingWindow;
import org.convscope.ui.stepper.StepperModel;

/**
 * The sandbox: a small square input and kernel the student edits, with kernel size, stride,
 * padding and dilation. Invalid settings are kept (so they can be shown in red with the reason);
 * there is then nothing to step through.
 */
public final class SandboxModel extends StepperModel<ConvArithmetic, ConvStep> {
    public static final int MAX_INPUT = 16;
    public static final int MAX_KERNEL = 7;

    private final IntegerProperty n = new SimpleIntegerProperty(7);
    private final IntegerProperty k = new SimpleIntegerProperty(3);
    private final IntegerProperty s = new SimpleIntegerProperty(1);
    private final IntegerProperty p = new SimpleIntegerProperty(0);
    private final IntegerProperty d = new SimpleIntegerProperty(1);
    private final ObjectProperty<SandboxPresets.Kernel> kernelPreset = new SimpleObjectProperty<>(SandboxPresets.Kernel.VERTICAL_EDGE);
    private final ReadOnlyObjectWrapper<float[]> input = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<float[]> kernel = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<OutputSize> size = new ReadOnlyObjectWrapper<>();

    public SandboxModel() {
        input.set(SandboxPresets.input(SandboxPresets.Input.BAR, n.get()));
        kernel.set(SandboxPresets.kernel(kernelPreset.get(), k.get()));
        n.addListener((o, a, b) -> {
            input.set(resized(input.get(), a.intValue(), Math.max(0, b.intValue())));
            rebuild();
        });
        k.addListener((o, a, b) -> {
            kernel.set(SandboxPresets.kernel(kernelPreset.get(), Math.max(0, b.intValue())));
            rebuild();
        });
        kernelPreset.addListener((o, a, b) -> {
            kernel.set(SandboxPresets.kernel(b, Math.max(0, k.get())));
            rebuild();
        });
        s.addListener((o, a, b) -> rebuild());
        p.addListener((o, a, b) -> rebuild());
        d.addListener((o, a, b) -> rebuild());
        rebuild();
    }

    // keeps what was drawn where it still fits
    private static float[] resized(float[] old, int from, int to) {
        float[] v = new float[to * to];
        for (int r = 0; r < Math.min(from, to); r++) System.arraycopy(old, r * from, v, r * to, Math.min(from, to));
        return v;
    }

    private void rebuild() {
        OutputSize o = new OutputSize(n.get(), k.get(), s.get(), p.get(), d.get());
        size.set(o);
        // the window stays where it was if that cell is still there
        show(o.valid() ? new ConvArithmetic(ConvGeometry.square(o), input.get(), kernel.get(), null, Activation.LINEAR) : null, false);
    }

    @Override
    protected SlidingWindow window(ConvArithmetic a) {
        return a.geometry();
    }

    @Override
    protected ConvStep stepAt(ConvArithmetic a, int row, int column) {
        return a.at(0, row, column);
    }

    /** Sets input cell (row, column) to {@code value}, as a paint stroke does. */
    public void paint(int row, int column, float value) {
        int size = n.get();
        if (row < 0 || column < 0 || row >= size || column >= size || input.get()[row * size + column] == value) return;
        float[] v = input.get().clone();
        v[row * size + column] = value;
        input.set(v);
        rebuild();
    }

    /** Adds {@code delta} to input cell (row, column). */
    public void nudgeInput(int row, int column, int delta) {
        int size = n.get();
        if (row < 0 || column < 0 || row >= size || column >= size) return;
        paint(row, column, input.get()[row * size + column] + delta);
    }

    /** Adds {@code delta} to kernel weight (row, column). */
    public void nudgeKernel(int row, int column, int delta) {
        int size = k.get();
        if (row < 0 || column < 0 || row >= size || column >= size) return;
        float[] v = kernel.get().clone();
        v[row * size + column] += delta;
        kernel.set(v);
        rebuild();
    }

    public void loadInput(SandboxPresets.Input kind) {
        input.set(SandboxPresets.input(kind, n.get()));
        rebuild();
    }

    /** The output cell's value for the current input and kernel (for the filled output grid). */
    public double outputAt(int row, int column) {
        return currentProperty().get().at(0, row, column).z();
    }

    /** Input side n. */
    public IntegerProperty inputSizeProperty() { return n; }
    /** Kernel side k. */
    public IntegerProperty kernelSizeProperty() { return k; }
    public IntegerProperty strideProperty() { return s; }
    public IntegerProperty paddingProperty() { return p; }
    public IntegerProperty dilationProperty() { return d; }
    public ObjectProperty<SandboxPresets.Kernel> kernelPresetProperty() { return kernelPreset; }
    /** n×n values, row-major; replaced (never written) on every edit. */
    public ReadOnlyObjectProperty<float[]> inputProperty() { return input.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<float[]> kernelProperty() { return kernel.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<OutputSize> sizeProperty() { return size.getReadOnlyProperty(); }
    /** The convolution of the current settings, or null when they are invalid. */
    public ReadOnlyObjectProperty<ConvArithmetic> arithmeticProperty() { return currentProperty(); }
}
