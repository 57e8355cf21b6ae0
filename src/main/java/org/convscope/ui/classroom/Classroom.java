package org.convscope.ui.classroom;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Everything for teaching in a room: the theme, presentation mode and the lesson's hidden views and
 * controls. No window needed; {@link ClassroomShell} puts it on screen.
 */
public final class Classroom {
    private final Look look;
    private final PresentationMode presentation;
    private final LessonPlan lesson = new LessonPlan();
    private final BooleanProperty panelHidden = new SimpleBooleanProperty(false);

    /**
     * @param darkTheme the flag the window's theme follows; set here from the user's choice
     * @param settings  where the theme and presentation scale are remembered
     */
    public Classroom(BooleanProperty darkTheme, Settings settings) {
        this.look = new Look(darkTheme, settings, SystemTheme::prefersDark);
        this.presentation = new PresentationMode(settings);
    }

    public Look look() {
        return look;
    }

    public PresentationMode presentation() {
        return presentation;
    }

    public LessonPlan lesson() {
        return lesson;
    }

    /**
     * The teacher's quick switch (Ctrl+B) that gives the views the whole width, on a projector where
     * the control column costs the tabs their room. Not remembered: a student who starts the app next
     * must find the controls where the guide says they are.
     */
    public BooleanProperty panelHidden() {
        return panelHidden;
    }

    /** Whether {@code group} is hidden now: by the lesson, or (advanced settings) by presentation mode. */
    public BooleanBinding hidden(ControlGroup group) {
        BooleanBinding byLesson = Bindings.createBooleanBinding(() -> lesson.hiddenControls().contains(group), lesson.hiddenControls());
        return group == ControlGroup.ADVANCED ? byLesson.or(presentation.activeProperty()) : byLesson;
    }
}
