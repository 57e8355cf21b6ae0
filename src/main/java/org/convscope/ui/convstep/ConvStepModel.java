package org.convscope.ui.convstep;

import static org.convscope.ui.stepper.SlidingWindow.clamp;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;
import org.convscope.engine.model.Inspection;
import org.convscope.ui.stepper.LayerStepperModel;
import org.convscope.ui.stepper.SlidingWindow;

/**
 * The convolution stepper's state: which conv layer, which filter (output channel), which input
 * channel is drawn, and where the window is. Reads the probe's {@link Inspection}; when new weights
 * arrive mid-training the position, layer and filter stay and only the numbers change.
 */
public final class ConvStepModel extends LayerStepperModel<ConvLayerTaps, ConvStep> {
    private final IntegerProperty filter = new SimpleIntegerProperty(0);
    private final IntegerProperty channel = new SimpleIntegerProperty(0);

    public ConvStepModel(ObservableValue<Inspection> inspection) {
        super(inspection, ConvLayerTaps::of, ConvLayerTaps::specIndex);
        filter.addListener((o, a, b) -> {
            int f = clamp(b.intValue(), current() == null ? 1 : current().filters());
            if (f != b.intValue()) filter.set(f);
            else recompute();
        });
        channel.addListener((o, a, b) -> {
            int c = clamp(b.intValue(), current() == null ? 1 : current().geometry().channels());
            if (c != b.intValue()) channel.set(c);
        });
        reload();
    }

    private ConvLayerTaps current() {
        return currentProperty().get();
    }

    @Override
    protected SlidingWindow window(ConvLayerTaps t) {
        return t.geometry();
    }

    @Override
    protected ConvStep stepAt(ConvLayerTaps t, int row, int column) {
        return t.arithmetic().at(clamp(filter.get(), t.filters()), row, column);
    }

    // another filter count is another layer too: the filter index must fit it
    @Override
    protected boolean sameLayer(ConvLayerTaps before, ConvLayerTaps now) {
        return super.sameLayer(before, now) && before.filters() == now.filters();
    }

    @Override
    protected void restarted(ConvLayerTaps now) {
        filter.set(clamp(filter.get(), now.filters()));
        channel.set(clamp(channel.get(), now.geometry().channels()));
    }

    public IntegerProperty filterProperty() {
        return filter;
    }

    public IntegerProperty channelProperty() {
        return channel;
    }
}
