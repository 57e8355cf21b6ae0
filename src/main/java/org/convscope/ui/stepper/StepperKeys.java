package org.convscope.ui.stepper;

import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.convscope.ui.common.TreeVisible;

/**
 * ← / → step, Space plays or pauses, Home / End jump, for a stepper view while it is shown and has
 * the keyboard: the focus is inside it, or on the tab pane whose selected tab shows it (just after
 * its tab was clicked). The main window steers training with Space and → from an event filter on
 * its root; a filter on the scene runs before any filter on a node, so this one consumes the keys
 * first and training never sees them. With the focus elsewhere (the control panel) or in a text
 * field, the keys are left alone.
 */
public final class StepperKeys {
    private StepperKeys() {
    }

    /**
     * Installs the keys on whichever scene {@code view} is in, for the playback {@code active} names
     * at the time of the key press, and makes a click in the view take the focus.
     */
    public static void install(Parent view, Supplier<Playback> active) {
        EventHandler<KeyEvent> filter = e -> {
            if (handles(view, e) && act(active.get(), e.getCode())) e.consume();
        };
        view.sceneProperty().addListener((o, old, now) -> {
            if (old != null) old.removeEventFilter(KeyEvent.KEY_PRESSED, filter);
            if (now != null) now.addEventFilter(KeyEvent.KEY_PRESSED, filter);
        });
        if (view.getScene() != null) view.getScene().addEventFilter(KeyEvent.KEY_PRESSED, filter);
        // canvases are not focusable: a click on a grid would leave the focus where it was
        view.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            Scene s = view.getScene();
            if (s == null) return;
            Node owner = s.getFocusOwner();
            if (owner == null || !within(owner, view)) view.requestFocus();
        });
    }

    static boolean handles(Node view, KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown() || !onScreen(view)) return false;
        Node focus = view.getScene().getFocusOwner();
        if (focus instanceof TextInputControl) return false;
        if (focus instanceof ComboBoxBase<?> combo && combo.isShowing()) return false;
        return focus == null || within(focus, view) || focus instanceof TabPane tabs && within(view, tabs);
    }

    private static boolean act(Playback p, KeyCode code) {
        switch (code) {
            case LEFT -> p.step(-1);
            case RIGHT -> p.step(1);
            case SPACE -> p.togglePlay();
            case HOME -> p.toStart();
            case END -> p.toEnd();
            default -> {
                return false;
            }
        }
        return true;
    }

    /** In a shown window, and neither it nor a parent hidden. */
    static boolean onScreen(Node n) {
        Scene s = n.getScene();
        return s != null && s.getWindow() != null && s.getWindow().isShowing() && TreeVisible.now(n);
    }

    private static boolean within(Node n, Node ancestor) {
        for (Node x = n; x != null; x = x.getParent()) if (x == ancestor) return true;
        return false;
    }

}
