package org.convscope.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;

/**
 * Whether a node is in a scene and it and every parent of it are visible (a tab pane hides the content of
 * unselected tabs). The steppers redraw only while visible, so a hidden tab costs the FX thread nothing when
 * new weights arrive ten times a second, and view-models work only for a visible view. A window is not
 * required: a view snapshotted offscreen for the render CLI is visible.
 *
 * <p>A node in no scene is not visible: a view being made has no parent yet, and was taken for visible while
 * its constructor ran, so every view made in idle time started its work at once, hidden (the top patches over
 * 10,000 test images, feature visualization, a test-set evaluation...): seconds of CPU in the app's first
 * 20 s, beside the window's first frames and training's first epoch, for views nobody had opened.
 */
public final class TreeVisible {
    private final Node node;
    private final ReadOnlyBooleanWrapper visible = new ReadOnlyBooleanWrapper();
    private final List<Observable> watched = new ArrayList<>();
    private final InvalidationListener recheck = o -> update();
    private final InvalidationListener rewire = o -> wire();

    private TreeVisible(Node node) {
        this.node = node;
        wire();
    }

    public static ReadOnlyBooleanProperty of(Node node) {
        return new TreeVisible(node).visible.getReadOnlyProperty();
    }

    // a parent can be replaced: listen to every link of the chain, and rewire when one changes
    private void wire() {
        for (Observable o : watched) {
            o.removeListener(recheck);
            o.removeListener(rewire);
        }
        watched.clear();
        for (Node x = node; x != null; x = x.getParent()) {
            watch(x.visibleProperty(), recheck);
            watch(x.parentProperty(), rewire);
        }
        watch(node.sceneProperty(), recheck); // changes with any ancestor's
        update();
    }

    private void update() {
        visible.set(now(node));
    }

    private void watch(Observable o, InvalidationListener l) {
        o.addListener(l);
        watched.add(o);
    }

    /** The same question asked once, without listening. */
    public static boolean now(Node n) {
        for (Node x = n; x != null; x = x.getParent()) if (!x.isVisible()) return false;
        return n.getScene() != null;
    }
}
