package org.convscope.ui.featuremaps;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Whether a node can be seen: it is in a showing window and neither it nor any ancestor is hidden
 * (a tab pane hides the content of the tabs not selected). Lets a view skip work nobody sees.
 */
final class TreeShowing {
    private final Node node;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper();
    private final List<Observable> watched = new ArrayList<>();
    private final InvalidationListener update = o -> update();

    private TreeShowing(Node node) {
        this.node = node;
        update();
    }

    static ReadOnlyBooleanProperty of(Node node) {
        return new TreeShowing(node).showing.getReadOnlyProperty();
    }

    private void update() {
        watched.forEach(o -> o.removeListener(update));
        watched.clear();
        boolean visible = true;
        for (Node n = node; n != null; n = n.getParent()) {
            watch(n.visibleProperty());
            watch(n.parentProperty());
            visible &= n.isVisible();
        }
        watch(node.sceneProperty());
        Scene scene = node.getScene();
        boolean windowShowing = false;
        if (scene != null) {
            watch(scene.windowProperty());
            if (scene.getWindow() != null) {
                watch(scene.getWindow().showingProperty());
                windowShowing = scene.getWindow().isShowing();
            }
        }
        showing.set(visible && windowShowing);
    }

    private void watch(Observable o) {
        o.addListener(update);
        watched.add(o);
    }
}
