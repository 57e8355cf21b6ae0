package org.convscope.ui.classroom;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * What the teacher hid for a lesson: tabs (by their node id, e.g. {@code "kernelsTab"}) and groups
 * of controls. Saved in session files; empty means everything shows.
 */
public final class LessonPlan {
    private final ObservableSet<String> hiddenTabs = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObservableSet<ControlGroup> hiddenControls = FXCollections.observableSet(new LinkedHashSet<>());

    public ObservableSet<String> hiddenTabs() {
        return hiddenTabs;
    }

    public ObservableSet<ControlGroup> hiddenControls() {
        return hiddenControls;
    }

    /** Hides exactly these tabs and groups, shows the rest. */
    public void set(Collection<String> tabs, Collection<ControlGroup> controls) {
        Set<String> t = Set.copyOf(tabs);
        Set<ControlGroup> c = Set.copyOf(controls);
        hiddenTabs.retainAll(t);
        hiddenTabs.addAll(t);
        hiddenControls.retainAll(c);
        hiddenControls.addAll(c);
    }

    /** Shows every tab and control again. */
    public void showEverything() {
        set(Set.of(), Set.of());
    }

    public boolean isEmpty() {
        return hiddenTabs.isEmpty() && hiddenControls.isEmpty();
    }
}
