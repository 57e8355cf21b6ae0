package org.convscope.ui.learned;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.inspect.ProbeModel;
import org.convscope.ui.training.TrainingViewModel;

/** The "What it learned" view's state: which part is shown, and each part's own view-model. */
public final class LearnedViewModel {
    /** The view's two parts. */
    public enum Part { DREAM, EMBEDDING }

    private final ObjectProperty<Part> part = new SimpleObjectProperty<>(Part.DREAM);
    private final DreamViewModel dream;
    private final EmbeddingViewModel embedding;

    public LearnedViewModel(DreamViewModel dream, EmbeddingViewModel embedding) {
        this.dream = dream;
        this.embedding = embedding;
    }

    /** Follows {@code training} and the probe's drawing; the work (seconds at a time) goes to {@code slowTasks}. */
    public static LearnedViewModel of(TrainingViewModel training, ProbeModel probe, TaskRunner slowTasks) {
        return new LearnedViewModel(DreamViewModel.of(training, slowTasks), EmbeddingViewModel.of(training, probe, slowTasks));
    }

    public ObjectProperty<Part> partProperty() { return part; }
    public DreamViewModel dream() { return dream; }
    public EmbeddingViewModel embedding() { return embedding; }
}
