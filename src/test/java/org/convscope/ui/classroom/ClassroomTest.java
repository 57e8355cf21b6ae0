package org.convscope.ui.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

/** What is hidden: the lesson's groups, and the advanced settings in presentation mode. */
class ClassroomTest {
    private final Classroom classroom = new Classroom(new SimpleBooleanProperty(), Settings.inMemory());

    @Test
    void presentationModeHidesTheAdvancedSettingsOnly() {
        BooleanBinding advanced = classroom.hidden(ControlGroup.ADVANCED);
        BooleanBinding run = classroom.hidden(ControlGroup.RUN);
        assertFalse(advanced.get());
        classroom.presentation().toggle();
        assertTrue(advanced.get());
        assertFalse(run.get());
        classroom.presentation().toggle();
        assertFalse(advanced.get());
    }

    @Test
    void theLessonHidesItsGroups() {
        BooleanBinding run = classroom.hidden(ControlGroup.RUN);
        BooleanBinding advanced = classroom.hidden(ControlGroup.ADVANCED);
        classroom.lesson().set(List.of(), List.of(ControlGroup.RUN, ControlGroup.ADVANCED));
        assertTrue(run.get());
        assertTrue(advanced.get());
        classroom.presentation().toggle();
        classroom.presentation().toggle();
        assertTrue(advanced.get(), "leaving presentation mode keeps what the lesson hides");
        classroom.lesson().showEverything();
        assertFalse(run.get());
        assertFalse(advanced.get());
    }

    @Test
    void setHidesExactlyWhatItIsGiven() {
        LessonPlan plan = classroom.lesson();
        assertTrue(plan.isEmpty());
        plan.set(List.of("kernelsTab", "editorTab"), List.of(ControlGroup.DATASET));
        assertEquals(Set.of("kernelsTab", "editorTab"), plan.hiddenTabs());
        assertEquals(Set.of(ControlGroup.DATASET), plan.hiddenControls());
        plan.set(List.of("editorTab", "poolstepTab"), List.of(ControlGroup.MODEL, ControlGroup.MODEL));
        assertEquals(Set.of("editorTab", "poolstepTab"), plan.hiddenTabs());
        assertEquals(Set.of(ControlGroup.MODEL), plan.hiddenControls());
        assertFalse(plan.isEmpty());
        plan.showEverything();
        assertTrue(plan.isEmpty());
    }

    @Test
    void groupsParseCaseInsensitivelyAndUnknownNamesAreEmpty() {
        assertEquals(Optional.of(ControlGroup.ADVANCED), ControlGroup.parse("advanced"));
        assertEquals(Optional.of(ControlGroup.RUN), ControlGroup.parse("RUN"));
        assertEquals(Optional.of(ControlGroup.DATASET), ControlGroup.parse("DataSet"));
        assertEquals(Optional.empty(), ControlGroup.parse("lasers"));
        assertEquals(Optional.empty(), ControlGroup.parse(""));
        for (ControlGroup g : ControlGroup.values()) assertEquals(Optional.of(g), ControlGroup.parse(g.id()));
        assertEquals("advanced", ControlGroup.ADVANCED.styleClass());
        assertEquals("lesson-run", ControlGroup.RUN.styleClass());
        assertEquals("hide-model", ControlGroup.MODEL.hiddenPseudoClass());
    }
}
