package org.convscope.ui.convstep;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import org.convscope.engine.model.Inspection;
import org.convscope.ui.stepper.LayerChoice;
import org.convscope.ui.stepper.Playback;

/**
 * The convolution stepper's state: which conv layer, which filter (output channel), which input
 * channel is drawn, and where the window is. Reads the probe's {@link Inspection}; when new weights
 * arrive mid-training the position, layer and filter stay and only the numbers change.
 */
public final class ConvStepModel {
    private final ObservableValue<Inspection> inspection;
    private final LayerChoice<ConvLayerTaps> layers = new LayerChoice<>(ConvLayerTaps::specIndex);
    private final IntegerProperty filter = new SimpleIntegerProperty(0);
    private final IntegerProperty channel = new SimpleIntegerProperty(0);
    private final ReadOnlyObjectWrapper<ConvLayerTaps> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ConvStep> step = new ReadOnlyObjectWrapper<>();
    private final Playback playback = new Playback();

    public ConvStepModel(ObservableValue<Inspection> inspection) {
        this.inspection = inspection;
        inspection.addListener((o, a, b) -> reload());
        layers.chosenProperty().addListener((o, a, b) -> select());
        filter.addListener((o, a, b) -> {
            int f = clamp(b.intValue(), current.get() == null ? 1 : current.get().filters());
            if (f != b.intValue()) filter.set(f);
            else recompute();
        });
        channel.addListener((o, a, b) -> {
            int c = clamp(b.intValue(), current.get() == null ? 1 : current.get().geometry().channels());
            if (c != b.intValue()) channel.set(c);
        });
        playback.positionProperty().addListener((o, a, b) -> recompute());
        reload();
    }

    private static int clamp(int v, int n) {
        return Math.max(0, Math.min(v, n - 1));
    }

    private void reload() {
        Inspection ins = inspection.getValue();
        layers.setLayers(ins == null ? List.of() : ConvLayerTaps.of(ins));
        select();
    }

    private void select() {
        ConvLayerTaps before = current.get();
        ConvLayerTaps now = layers.chosenLayer();
        current.set(now);
        if (now == null) {
            playback.setCount(0);
            step.set(null);
            return;
        }
        boolean sameLayer = before != null && before.specIndex() == now.specIndex() && before.geometry().equals(now.geometry())
                && before.filters() == now.filters();
        if (!sameLayer) {
            playback.setCount(now.geometry().positions());
            playback.jump(0);
            filter.set(clamp(filter.get(), now.filters()));
            channel.set(clamp(channel.get(), now.geometry().channels()));
        }
        recompute();
    }

    private void recompute() {
        ConvLayerTaps t = current.get();
        int p = playback.positionProperty().get();
        if (t == null || p >= t.geometry().positions()) return;
        int w = t.geometry().outWidth();
        step.set(t.arithmetic().at(clamp(filter.get(), t.filters()), p / w, p % w));
    }

    /** Moves the window to output cell (row, column) of the current filter. */
    public void jumpToOutput(int row, int column) {
        ConvLayerTaps t = current.get();
        if (t == null) return;
        ConvGeometry g = t.geometry();
        if (row < 0 || column < 0 || row >= g.outHeight() || column >= g.outWidth()) return;
        playback.jump(row * g.outWidth() + column);
    }

    /** Centres the window as near input (row, column) as it can go: a click on the input puts the kernel there. */
    public void jumpToInput(int row, int column) {
        ConvLayerTaps t = current.get();
        if (t == null) return;
        ConvGeometry g = t.geometry();
        int oy = nearestWindow(row + g.padTop() - g.dilation() * (g.kernelH() - 1) / 2.0, g.strideH(), g.outHeight());
        int ox = nearestWindow(column + g.padLeft() - g.dilation() * (g.kernelW() - 1) / 2.0, g.strideW(), g.outWidth());
        playback.jump(oy * g.outWidth() + ox);
    }

    /** The window whose start is nearest {@code start} (in padded coordinates), among {@code n} windows {@code stride} apart. */
    static int nearestWindow(double start, int stride, int n) {
        return clamp((int) Math.round(start / stride), n);
    }

    public ObservableValue<Inspection> inspection() {
        return inspection;
    }

    /** Spec indices of the model's conv layers. */
    public ObservableList<Integer> layerChoices() {
        return layers.choices();
    }

    public IntegerProperty layerProperty() {
        return layers.chosenProperty();
    }

    public IntegerProperty filterProperty() {
        return filter;
    }

    public IntegerProperty channelProperty() {
        return channel;
    }

    public ReadOnlyObjectProperty<ConvLayerTaps> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The arithmetic of the window's current cell, or null when there is no conv layer. */
    public ReadOnlyObjectProperty<ConvStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public Playback playback() {
        return playback;
    }
}
