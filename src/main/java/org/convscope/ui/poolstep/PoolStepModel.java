package org.convscope.ui.poolstep;

import static org.convscope.ui.stepper.SlidingWindow.clamp;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.convscope.engine.model.Inspection;
import org.convscope.ui.stepper.LayerStepperModel;
import org.convscope.ui.stepper.SlidingWindow;

/**
 * The pooling stepper's state: which pooling layer (or the course's example), which channel, which
 * of the three modes is in front, and where the window is. New weights keep the position.
 */
public final class PoolStepModel extends LayerStepperModel<PoolLayerTaps, PoolStep> {
    private final BooleanProperty courseExample = new SimpleBooleanProperty(false);
    private final IntegerProperty channel = new SimpleIntegerProperty(0);
    private final ObjectProperty<PoolMode> mode = new SimpleObjectProperty<>(PoolMode.MAX);
    private final PoolLayerTaps course = PoolLayerTaps.courseExample();

    public PoolStepModel(ObservableValue<Inspection> inspection) {
        super(inspection, PoolLayerTaps::of, PoolLayerTaps::specIndex);
        courseExample.addListener((o, a, b) -> select());
        channel.addListener((o, a, b) -> {
            PoolLayerTaps t = currentProperty().get();
            int c = clamp(b.intValue(), t == null ? 1 : t.window().channels());
            if (c != b.intValue()) channel.set(c);
            else recompute();
        });
        reload();
    }

    @Override
    protected SlidingWindow window(PoolLayerTaps t) {
        return t.window();
    }

    @Override
    protected PoolStep stepAt(PoolLayerTaps t, int row, int column) {
        return t.arithmetic().at(clamp(channel.get(), t.window().channels()), row, column);
    }

    @Override
    protected PoolLayerTaps chosen() {
        return courseExample.get() ? course : super.chosen();
    }

    @Override
    protected void restarted(PoolLayerTaps now) {
        channel.set(clamp(channel.get(), now.window().channels()));
    }

    /** Show the course's 4×4 example instead of a layer of the model. */
    public BooleanProperty courseExampleProperty() { return courseExample; }
    public IntegerProperty channelProperty() { return channel; }
    public ObjectProperty<PoolMode> modeProperty() { return mode; }
}
