package org.convscope.training;

/** Where a {@link TrainingSession} is. */
public enum SessionState {
    /** A freshly initialised model (after launch or Reset); nothing trained yet. */
    READY,
    /** Training batches on the worker thread. */
    RUNNING,
    /** Stopped between two batches; Resume or Step continue exactly where it stopped. */
    PAUSED,
    /** All epochs done, or stopped by the user; the model is kept, Start trains more epochs. */
    FINISHED,
    /** The loss diverged or something failed; the message says what. Reset to try again. */
    FAILED;

    public boolean busy() {
        return this == RUNNING;
    }
}
