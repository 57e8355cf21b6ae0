package org.convscope.ui.files;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import org.convscope.ui.classroom.LessonPlan;
import org.convscope.ui.common.I18n;
import org.convscope.ui.editor.EditorViewModel;
import org.convscope.ui.inspect.ProbeModel;
import org.convscope.ui.training.TrainingViewModel;

/** Everything a session file saves and restores, as the app holds it. */
public record SessionParts(I18n i18n, TrainingViewModel training, ProbeModel probe, EditorViewModel editor,
                           BooleanProperty darkTheme, StringProperty selectedTab, LessonPlan lesson) {

    /** Without a lesson plan of the app's: a session's hidden views and controls are then read but not applied. */
    public SessionParts(I18n i18n, TrainingViewModel training, ProbeModel probe, EditorViewModel editor,
                        BooleanProperty darkTheme, StringProperty selectedTab) {
        this(i18n, training, probe, editor, darkTheme, selectedTab, new LessonPlan());
    }
}
