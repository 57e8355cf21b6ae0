package org.convscope.app;

import java.util.Locale;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.convscope.training.SessionState;
import org.convscope.ui.common.FxLater;
import org.convscope.ui.common.FxTicker;
import org.convscope.ui.shell.MainViewModel;

/**
 * For {@code bench/soak.sh} ({@code -Dconvscope.soak=true}): a class's hour, compressed. It resets to random
 * weights and trains for as long as the run lasts (the app's limit, 100 epochs, is some 10 minutes here: each time
 * a run finishes, a new one starts from random weights), switches to the next view every 10 s, and every minute
 * opens the draw pad and draws a digit on it, through the same events a mouse sends. Everything else (memory, frame
 * gaps, exceptions) is measured from outside.
 */
final class SoakDriver {
    private SoakDriver() {
    }

    static void start(MainViewModel vm, TabPane tabs) {
        vm.training().epochsProperty().set(100);
        vm.training().reset();
        FxLater.after(2_000, () -> vm.training().startOrPause());
        int[] runs = {1};
        vm.training().stateProperty().addListener((o, a, state) -> {
            if (state != SessionState.FINISHED) return;
            FxLater.after(1_000, () -> {
                vm.training().reset();
                vm.training().startOrPause();
                StartupClock.mark(String.format(Locale.ROOT, "soak: training run %d", ++runs[0]));
            });
        });
        // FxTickers, not endless Timelines: a running animation makes JavaFX pulse 60 times a second, and the
        // soak would then measure an app that never happens
        int[] next = {0};
        new FxTicker("convscope-soak-views", 10_000, () -> {
            next[0] = (next[0] + 1) % tabs.getTabs().size();
            tabs.getSelectionModel().select(next[0]);
            StartupClock.mark("soak: view " + tabs.getSelectionModel().getSelectedItem().getId());
        });
        int[] drawings = {0};
        new FxTicker("convscope-soak-drawings", 60_000, () -> {
            tabs.getTabs().stream().filter(t -> t.getId().equals("drawpadTab")).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
            Node pad = tabs.getScene().lookup("#drawPad");
            if (pad != null) drawSeven(pad, drawings[0]++);
        });
    }

    // a 7 (a bar, then a stroke down to the left), a little to the side each time
    private static void drawSeven(Node pad, int n) {
        double dx = (n % 5 - 2) * 8;
        double[][] stroke = {{80, 70}, {140, 70}, {200, 72}, {185, 120}, {165, 170}, {150, 220}};
        Event.fireEvent(pad, mouse(MouseEvent.MOUSE_PRESSED, stroke[0][0] + dx, stroke[0][1]));
        for (double[] p : stroke) Event.fireEvent(pad, mouse(MouseEvent.MOUSE_DRAGGED, p[0] + dx, p[1]));
        Event.fireEvent(pad, mouse(MouseEvent.MOUSE_RELEASED, stroke[stroke.length - 1][0] + dx, stroke[stroke.length - 1][1]));
        StartupClock.mark(String.format(Locale.ROOT, "soak: drawing %d", n + 1));
    }

    private static MouseEvent mouse(javafx.event.EventType<MouseEvent> type, double x, double y) {
        return new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, 1, false, false, false, false,
                true, false, false, true, false, false, null);
    }
}
