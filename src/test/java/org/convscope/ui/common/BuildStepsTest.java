package org.convscope.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A view's parts for later run at once, unless the view is made ahead of need; then they wait, in order. */
class BuildStepsTest {
    @Test
    void outsideACollectionAPartRunsAtOnce() {
        List<String> ran = new ArrayList<>();
        BuildSteps.later(() -> ran.add("part"));
        assertEquals(List.of("part"), ran);
    }

    @Test
    void aCollectionKeepsThePartsInOrderWithoutRunningThem() {
        List<String> ran = new ArrayList<>();
        BuildSteps.Made<String> made = BuildSteps.collect(() -> {
            ran.add("view");
            BuildSteps.later(() -> ran.add("cards"));
            BuildSteps.later(() -> ran.add("code"));
            return "the view";
        });
        assertEquals("the view", made.made());
        assertEquals(List.of("view"), ran, "the parts wait");
        assertEquals(2, made.parts().size());
        made.parts().forEach(Runnable::run);
        assertEquals(List.of("view", "cards", "code"), ran);
        BuildSteps.later(() -> ran.add("after"));
        assertEquals("after", ran.get(3), "once collected, parts run at once again");
    }

    @Test
    void aCollectionInsideAnotherKeepsItsOwnPartsAndTheOuterGoesOn() {
        List<String> ran = new ArrayList<>();
        BuildSteps.Made<BuildSteps.Made<String>> outer = BuildSteps.collect(() -> {
            BuildSteps.later(() -> ran.add("outer 1"));
            BuildSteps.Made<String> inner = BuildSteps.collect(() -> {
                BuildSteps.later(() -> ran.add("inner"));
                return "inner view";
            });
            BuildSteps.later(() -> ran.add("outer 2"));
            return inner;
        });
        assertEquals(1, outer.made().parts().size());
        assertEquals(2, outer.parts().size());
        outer.parts().forEach(Runnable::run);
        assertEquals(List.of("outer 1", "outer 2"), ran);
    }

    @Test
    void aViewThatFailsToBeMadeEndsTheCollection() {
        assertThrows(IllegalStateException.class, () -> BuildSteps.collect(() -> {
            throw new IllegalStateException("impossible layer shape");
        }));
        List<String> ran = new ArrayList<>();
        BuildSteps.later(() -> ran.add("part"));
        assertEquals(List.of("part"), ran, "not collected by a making that failed");
    }
}
