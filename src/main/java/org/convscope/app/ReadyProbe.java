package org.convscope.app;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.drawpad.DrawPadViewModel;
import org.convscope.ui.training.ModelWeights;
import org.convscope.ui.training.TrainingViewModel;

/**
 * For {@code -Dconvscope.diagnostics=true}: measures when the app can answer a drawn digit. It draws a "1" on a
 * draw pad of its own (the pad's code, the app's weights and task runner) as soon as it starts, and prints
 * "ready at N ms" when the network's answer comes back: the pretrained model loaded, the stroke preprocessed
 * and classified. Then it lets go of the weights.
 */
final class ReadyProbe {
    private ReadyProbe() {
    }

    static void start(TrainingViewModel training, TaskRunner tasks) {
        ObjectProperty<ModelWeights> weights = new SimpleObjectProperty<>();
        weights.bind(training.weightsProperty());
        DrawPadViewModel pad = new DrawPadViewModel(weights, training.datasetProperty(), tasks);
        pad.resultProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends DrawPadViewModel.Result> o,
                                DrawPadViewModel.Result a, DrawPadViewModel.Result r) {
                if (r == null || r.blank() || r.probabilities() == null) return;
                o.removeListener(this);
                int top = r.ranked(0);
                StartupClock.mark(String.format(Locale.ROOT, "ready (a drawn 1 classified as %d, p = %.3f)",
                        top, r.probabilities()[top]));
                weights.unbind();
                weights.set(null);
            }
        });
        // drawn after the listener is in place: with the weights already there, the answer comes at once
        double size = DrawPadViewModel.padSize();
        pad.press(size / 2, size * 0.2);
        for (int i = 1; i <= 12; i++) pad.drag(size / 2, size * (0.2 + 0.6 * i / 12));
        pad.release();
    }
}
