package org.convscope.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.convscope.engine.layer.spec.Preset;
import org.convscope.training.SessionState;
import org.convscope.ui.common.I18n;
import org.convscope.ui.editor.LayerKind;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * 2,000 random things a class might do to the window, fast, in a seeded order: start, pause, step, reset, stop,
 * switch the dataset, edit the architecture, switch the language, go in and out of presentation mode, open views,
 * draw on the pad, four at a time between frames. After each one the app holds together: nothing threw, the run buttons and the status bar say
 * what the training's state is, and the view on screen exists. A failure names the seed and the action number.
 */
class MonkeyWindowTest extends WindowTest {
    private static final int ACTIONS = 2_000;
    /** Actions per turn of the FX thread: between turns it lays out, styles and renders what they changed. */
    private static final int PER_TURN = 4;
    private final List<Throwable> thrown = Collections.synchronizedList(new ArrayList<>());

    private interface Action {
        void run(SplittableRandom r);
    }

    @Test
    void twoThousandRandomActionsLeaveTheAppWhole(FxRobot robot) {
        long seed = Long.getLong("convscope.monkey.seed", 20261205L);
        SplittableRandom random = new SplittableRandom(seed);
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> thrown.add(e)));
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> thrown.add(e));
        List<String> names = new ArrayList<>();
        List<Action> actions = new ArrayList<>();
        add(names, actions, "start/pause", 6, r -> fire("#startButton"));
        add(names, actions, "step", 6, r -> fire("#stepButton"));
        add(names, actions, "reset", 2, r -> fire("#resetButton"));
        add(names, actions, "stop", 1, r -> fire("#stopButton"));
        add(names, actions, "dataset", 1, r -> {
            javafx.scene.control.ChoiceBox<?> box = (javafx.scene.control.ChoiceBox<?>) lookup("#datasetChoice");
            box.getSelectionModel().select(r.nextInt(box.getItems().size()));
        });
        add(names, actions, "architecture", 2, r -> {
            Preset[] presets = Preset.values();
            if (r.nextBoolean()) app.vm.editor().usePreset(presets[r.nextInt(presets.length)]);
            else app.vm.editor().add(LayerKind.values()[r.nextInt(LayerKind.values().length)]);
            app.vm.editor().apply(); // refused while a run is in progress, or for an impossible draft
        });
        add(names, actions, "language", 2, r -> app.vm.i18n().localeProperty().set(r.nextBoolean() ? I18n.KOREAN : java.util.Locale.ENGLISH));
        add(names, actions, "presentation", 1, r -> app.vm.classroom().presentation().toggle());
        add(names, actions, "side panel", 1, r -> app.vm.classroom().panelHidden().set(!app.vm.classroom().panelHidden().get()));
        add(names, actions, "view", 6, r -> tabs().getSelectionModel().select(tabs().getTabs().get(r.nextInt(tabs().getTabs().size()))));
        add(names, actions, "learning rate", 1, r -> app.vm.training().learningRateProperty().set(Math.pow(10, -1 - 3 * r.nextDouble())));
        add(names, actions, "draw", 4, r -> draw(r));
        add(names, actions, "frame", 4, r -> app.vm.pulse()); // what the frame timer does between actions

        try {
            for (int turn = 0; turn < ACTIONS / PER_TURN; turn++) {
                int first = turn * PER_TURN;
                SplittableRandom r = random.split();
                onFx("turn " + turn + " (seed " + seed + ")", () -> {
                    for (int i = first; i < first + PER_TURN; i++) {
                        int pick = r.nextInt(actions.size());
                        String what = "action " + i + " (" + names.get(pick) + ", seed " + seed + ")";
                        try {
                            actions.get(pick).run(r);
                        } catch (RuntimeException e) {
                            thrown.add(e);
                        }
                        checkInvariants(what);
                    }
                });
            }
            // and it still trains: a fresh model (the monkey may have left a learning rate that diverges) takes a step
            robot.interact(() -> {
                if (app.vm.training().stateProperty().get() == SessionState.RUNNING) fire("#startButton");
                app.vm.training().learningRateProperty().set(1e-3);
                fire("#resetButton");
            });
            WindowFixture.waitFor(() -> {
                robot.interact(app.vm::pulse);
                return app.vm.training().stateProperty().get() == SessionState.READY && app.vm.training().stepProperty().get() == 0;
            }, "a fresh model");
            robot.interact(() -> fire("#stepButton"));
            WindowFixture.waitFor(() -> {
                robot.interact(app.vm::pulse);
                return app.vm.training().stepProperty().get() == 1;
            }, "one step of it");
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
        assertTrue(thrown.isEmpty(), "thrown: " + thrown);
    }

    // the action and the check in one turn of the FX thread, which must answer within 10 s; between turns the
    // frame timer and the background tasks' results run as they would in the app
    private static void onFx(String what, Runnable r) {
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        Throwable[] failed = new Throwable[1];
        Platform.runLater(() -> {
            try {
                r.run();
            } catch (Throwable t) {
                failed[0] = t;
            } finally {
                done.countDown();
            }
        });
        try {
            assertTrue(done.await(10, java.util.concurrent.TimeUnit.SECONDS), what + ": the window did not answer within 10 s");
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        if (failed[0] instanceof Error e) throw e;
        if (failed[0] instanceof RuntimeException e) throw e;
    }

    private static void add(List<String> names, List<Action> actions, String name, int weight, Action a) {
        for (int i = 0; i < weight; i++) {
            names.add(name);
            actions.add(a);
        }
    }

    private Node lookup(String selector) {
        Node n = app.stage.getScene().lookup(selector);
        assertNotNull(n, selector);
        return n;
    }

    private void fire(String selector) {
        ((Button) lookup(selector)).fire(); // a disabled button does nothing, as a click would
    }

    // a stroke on the pad, when the Draw view exists
    private void draw(SplittableRandom r) {
        Node pad = app.stage.getScene().lookup("#drawPad");
        if (pad == null || !pad.isVisible()) return;
        double x = r.nextDouble(40, 260), y = r.nextDouble(40, 260);
        Event.fireEvent(pad, mouse(MouseEvent.MOUSE_PRESSED, x, y));
        for (int k = 0; k < 5; k++) {
            x += r.nextDouble(-20, 20);
            y += r.nextDouble(-20, 20);
            Event.fireEvent(pad, mouse(MouseEvent.MOUSE_DRAGGED, x, y));
        }
        Event.fireEvent(pad, mouse(MouseEvent.MOUSE_RELEASED, x, y));
    }

    private static MouseEvent mouse(javafx.event.EventType<MouseEvent> type, double x, double y) {
        return new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, 1, false, false, false, false,
                true, false, false, true, false, false, null);
    }

    private void checkInvariants(String after) {
        assertTrue(Platform.isFxApplicationThread());
        if (!thrown.isEmpty()) {
            java.io.StringWriter trace = new java.io.StringWriter();
            thrown.get(0).printStackTrace(new java.io.PrintWriter(trace));
            throw new AssertionError("after " + after + ": " + thrown + "\n" + trace);
        }
        SessionState state = app.vm.training().stateProperty().get();
        I18n i18n = app.vm.i18n();
        Button start = (Button) lookup("#startButton");
        Button step = (Button) lookup("#stepButton");
        Button stop = (Button) lookup("#stopButton");
        assertEquals(state == SessionState.FAILED, start.isDisabled(), after + ": Start is usable unless training failed");
        if (state == SessionState.RUNNING) assertEquals(i18n.get("action.pause"), start.getText(), after + ": a running training offers Pause");
        else assertFalse(start.getText().equals(i18n.get("action.pause")), after + ": only a running training offers Pause");
        assertEquals(state == SessionState.RUNNING || state == SessionState.FAILED, step.isDisabled(), after + ": Step only when still");
        assertEquals(state == SessionState.RUNNING || state == SessionState.PAUSED, !stop.isDisabled(), after + ": Stop only mid-run");
        assertEquals(i18n.get("state." + state.name().toLowerCase(java.util.Locale.ROOT)), ((Label) lookup("#stateLabel")).getText(),
                after + ": the status bar names the state");
        Tab tab = tabs().getSelectionModel().getSelectedItem();
        assertNotNull(tab, after + ": a view is selected");
        assertNotNull(tab.getContent(), after + ": the view on screen is built");
    }
}
