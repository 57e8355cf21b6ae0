package org.convscope.ui.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The navigation draws a group per run of neighbouring tabs: a group split in two would show its name twice. */
class ViewGroupsOrderTest {

    @Test
    void everyGroupsViewsAreNeighboursInTheTabOrder() {
        Set<String> finished = new HashSet<>();
        String current = null;
        for (Views.ViewTab tab : Views.all()) {
            String g = ViewGroups.of(tab.id());
            if (g.equals(current)) continue;
            assertFalse(finished.contains(g), tab.id() + " comes after its group '" + g + "' was left: move it beside the others");
            if (current != null) finished.add(current);
            current = g;
        }
    }
}
