package org.convscope.ui.shell;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.convscope.ui.common.BuildSteps;

/**
 * Puts a made view into the scene in parts, a slice a step, so that each pulse styles and lays out a slice of it
 * for the first time instead of all of it: on a 2-core machine a view's first styling ran to 150-450 ms in one pulse
 * (cold JavaFX code), a frame gap the first minute must not have.
 *
 * <p>At construction the parts are taken out: a part is a child of a plain layout pane (exactly a {@link VBox},
 * {@link HBox}, {@link GridPane}, ... not a subclass, whose layout might read its children by place or type) with
 * at least a few nodes in it, and an empty {@link Region} holds its place. Each {@link #step} puts the next ones
 * back, a slice's worth, where their placeholders are; a part the view has meanwhile replaced itself (its
 * placeholder gone) stays out. The view keeps every reference it holds, listeners and constraints included; only
 * its place in the scene waits.
 */
final class StagedAttach {
    /** The size of a slice, in nodes, a control counting as several (its skin, not made yet, adds its own). */
    static final int SLICE = 40;
    private static final int CONTROL_WEIGHT = 6;
    private static final int SMALLEST_PART = 8; // smaller children go in with their parent
    private static final Set<Class<?>> PLAIN = Set.of(VBox.class, HBox.class, FlowPane.class, GridPane.class,
            StackPane.class, TilePane.class, Pane.class);

    private record Part(int weight, Runnable putBack) { }

    private final Deque<Part> parts = new ArrayDeque<>();
    private final int slice;
    private final Map<Node, Integer> weights = new IdentityHashMap<>(); // of every node of the view as made

    /** Takes {@code view}'s parts out; {@code view} is not in a scene yet. */
    StagedAttach(Node view, int slice) {
        this.slice = slice;
        weigh(view);
        split(view);
    }

    /** How many parts wait. */
    int waiting() {
        return parts.size();
    }

    /** Puts the next parts back, a slice's worth (at least one); whether any still waits. */
    boolean step() {
        int put = 0;
        while (!parts.isEmpty() && (put == 0 || put + parts.peek().weight() <= slice)) {
            Part next = parts.poll();
            next.putBack().run();
            put += next.weight();
        }
        return !parts.isEmpty();
    }

    /** Puts every waiting part back at once (the view is wanted now). */
    void finish() {
        while (step()) {
            // each step puts a slice back
        }
    }

    /** Takes {@code node}'s parts out; how many. */
    private int split(Node node) {
        if (weight(node) <= slice) return 0;
        int before = parts.size();
        for (Node held : heldBySkin(node)) split(held);
        if (node instanceof Parent parent) {
            List<Node> children = parent.getChildrenUnmodifiable();
            boolean plain = plain(node);
            for (int i = 0; i < children.size(); i++) {
                Node child = children.get(i);
                int w = weight(child);
                if (!plain || w < SMALLEST_PART) {
                    split(child);
                } else if (w <= slice || !plain(child)) {
                    takeOut((Pane) parent, i, child, w);
                    split(child); // a big part not plain may still hold plain panes with parts
                } else if (split(child) == 0) {
                    takeOut((Pane) parent, i, child, w); // a big plain pane of small children: a part of its own
                }
            }
        }
        return parts.size() - before;
    }

    // the part's place holder stands in until its step; parts come back in the order they were taken out, so a
    // part inside another comes back after it
    private void takeOut(Pane parent, int index, Node part, int weight) {
        Region placeholder = new Region();
        parent.getChildren().set(index, placeholder);
        parts.add(new Part(weight, () -> {
            int at = parent.getChildren().indexOf(placeholder);
            if (at >= 0) parent.getChildren().set(at, part);
        }));
    }

    // a pane whose children may be taken out: exactly a plain pane, or a subclass marked as safe for it
    private static boolean plain(Node node) {
        return PLAIN.contains(node.getClass()) || BuildSteps.isSplittable(node);
    }

    /** Nodes that {@code node}'s skin will make its children once styled: a scroll pane's content, a tab pane's tabs'. */
    private static List<Node> heldBySkin(Node node) {
        if (node instanceof ScrollPane s && s.getContent() != null) return List.of(s.getContent());
        if (node instanceof TitledPane t && t.getContent() != null) return List.of(t.getContent());
        if (node instanceof SplitPane s) return s.getItems();
        if (node instanceof TabPane t) return t.getTabs().stream().map(Tab::getContent).filter(Objects::nonNull).toList();
        return List.of();
    }

    // once, before any part is taken out: split asks for the weight of each node at every level above it
    private int weigh(Node node) {
        int w = node instanceof Control ? CONTROL_WEIGHT : 1;
        for (Node held : heldBySkin(node)) w += weigh(held);
        if (node instanceof Parent p) for (Node c : p.getChildrenUnmodifiable()) w += weigh(c);
        weights.put(node, w);
        return w;
    }

    private int weight(Node node) {
        return weights.get(node);
    }
}
