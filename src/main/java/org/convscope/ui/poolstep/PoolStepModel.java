package org.convscope.ui.poolstep;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import org.convscope.engine.model.Inspection;
import org.convscope.ui.stepper.LayerChoice;
import org.convscope.ui.stepper.Playback;

/**
 * The pooling stepper's state: which pooling layer (or the course's example), which channel, which
 * of the three modes is in front, and where the window is. New weights keep the position.
 */
public final class PoolStepModel {
    private final ObservableValue<Inspection> inspection;
    private final LayerChoice<PoolLayerTaps> layers = new LayerChoice<>(PoolLayerTaps::specIndex);
    private final BooleanProperty courseExample = new SimpleBooleanProperty(false);
    private final IntegerProperty channel = new SimpleIntegerProperty(0);
    private final ObjectProperty<PoolMode> mode = new SimpleObjectProperty<>(PoolMode.MAX);
    private final ReadOnlyObjectWrapper<PoolLayerTaps> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PoolStep> step = new ReadOnlyObjectWrapper<>();
    private final Playback playback = new Playback();
    private final PoolLayerTaps course = PoolLayerTaps.courseExample();

    public PoolStepModel(ObservableValue<Inspection> inspection) {
        this.inspection = inspection;
        inspection.addListener((o, a, b) -> reload());
        layers.chosenProperty().addListener((o, a, b) -> select());
        courseExample.addListener((o, a, b) -> select());
        channel.addListener((o, a, b) -> {
            int c = clamp(b.intValue(), current.get() == null ? 1 : current.get().window().channels());
            if (c != b.intValue()) channel.set(c);
            else recompute();
        });
        playback.positionProperty().addListener((o, a, b) -> recompute());
        reload();
    }

    private static int clamp(int v, int n) {
        return Math.max(0, Math.min(v, n - 1));
    }

    private void reload() {
        Inspection ins = inspection.getValue();
        layers.setLayers(ins == null ? List.of() : PoolLayerTaps.of(ins));
        select();
    }

    private void select() {
        PoolLayerTaps before = current.get();
        PoolLayerTaps now = courseExample.get() ? course
                : layers.chosenLayer();
        current.set(now);
        if (now == null) {
            playback.setCount(0);
            step.set(null);
            return;
        }
        if (before == null || before.specIndex() != now.specIndex() || !before.window().equals(now.window())) {
            playback.setCount(now.window().positions());
            playback.jump(0);
            channel.set(clamp(channel.get(), now.window().channels()));
        }
        recompute();
    }

    private void recompute() {
        PoolLayerTaps t = current.get();
        int p = playback.positionProperty().get();
        if (t == null || p >= t.window().positions()) return;
        int w = t.window().outWidth();
        step.set(t.arithmetic().at(clamp(channel.get(), t.window().channels()), p / w, p % w));
    }

    public void jumpToOutput(int row, int column) {
        PoolLayerTaps t = current.get();
        if (t == null || row < 0 || column < 0 || row >= t.window().outHeight() || column >= t.window().outWidth()) return;
        playback.jump(row * t.window().outWidth() + column);
    }

    /** Moves the window onto input (row, column): the first window that covers it, the nearest one if none does. */
    public void jumpToInput(int row, int column) {
        PoolLayerTaps t = current.get();
        if (t == null) return;
        PoolWindow w = t.window();
        int oy = clamp(Math.max(0, row - w.sizeH() + w.strideH()) / w.strideH(), w.outHeight());
        int ox = clamp(Math.max(0, column - w.sizeW() + w.strideW()) / w.strideW(), w.outWidth());
        oy = clamp(Math.min(oy, row / w.strideH()), w.outHeight());
        ox = clamp(Math.min(ox, column / w.strideW()), w.outWidth());
        playback.jump(oy * w.outWidth() + ox);
    }

    public ObservableValue<Inspection> inspection() { return inspection; }
    /** Spec indices of the model's pooling layers. */
    public ObservableList<Integer> layerChoices() { return layers.choices(); }
    public IntegerProperty layerProperty() { return layers.chosenProperty(); }
    /** Show the course's 4×4 example instead of a layer of the model. */
    public BooleanProperty courseExampleProperty() { return courseExample; }
    public IntegerProperty channelProperty() { return channel; }
    public ObjectProperty<PoolMode> modeProperty() { return mode; }
    public ReadOnlyObjectProperty<PoolLayerTaps> currentProperty() { return current.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<PoolStep> stepProperty() { return step.getReadOnlyProperty(); }
    public Playback playback() { return playback; }
}
