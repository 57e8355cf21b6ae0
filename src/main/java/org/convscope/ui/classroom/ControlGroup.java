package org.convscope.ui.classroom;

import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;

/**
 * A group of controls a lesson may hide. Views mark their nodes with {@link #mark}; the main window's
 * style sheet hides every marked node of a hidden group, wherever it is and whenever it was built.
 */
public enum ControlGroup {
    /** The dataset chooser and its sample images. */
    DATASET("dataset"),
    /** The model chooser, its parameter count and where its weights come from. */
    MODEL("model"),
    /** Epochs and learning rate. */
    TRAINING("training"),
    /** Start/pause, step, reset and stop. */
    RUN("run"),
    /**
     * Settings a first lesson does without: batch size, optimizer, seed, chart smoothing, colour
     * scale normalisation. Presentation mode hides them too.
     */
    ADVANCED("advanced");

    private final String id;

    ControlGroup(String id) {
        this.id = id;
    }

    /** The name in session files and in the style class. */
    public String id() {
        return id;
    }

    /** The style class marked nodes carry: {@code advanced} for {@link #ADVANCED}, else {@code lesson-<id>}. */
    public String styleClass() {
        return this == ADVANCED ? "advanced" : "lesson-" + id;
    }

    /** The root's pseudo-class while this group is hidden: {@code hide-<id>}. */
    public String hiddenPseudoClass() {
        return "hide-" + id;
    }

    /** The i18n key of its name in the lesson dialog. */
    public String titleKey() {
        return "classroom.group." + id;
    }

    /**
     * Marks {@code node} as part of {@code group}: it takes no room while hidden. Its visibility is
     * then the style sheet's to set, so it must not be bound elsewhere; mark a container instead.
     */
    public static <N extends Node> N mark(N node, ControlGroup group) {
        node.getStyleClass().add(group.styleClass());
        if (!node.managedProperty().isBound()) node.managedProperty().bind(node.visibleProperty());
        return node;
    }

    /** The group named {@code id} in a session file, if this version knows it. */
    public static Optional<ControlGroup> parse(String id) {
        for (ControlGroup g : values()) {
            if (g.id.equals(id.toLowerCase(Locale.ROOT))) return Optional.of(g);
        }
        return Optional.empty();
    }
}
