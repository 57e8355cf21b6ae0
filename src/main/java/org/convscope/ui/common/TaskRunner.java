package org.convscope.ui.common;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs work away from the FX thread and hands the result back on it. View-models depend on this
 * interface so tests can run everything at once, in order ({@link #immediate()}).
 */
public interface TaskRunner {

    <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onError);

    /** Runs work and callbacks on the calling thread, for tests. */
    static TaskRunner immediate() {
        return new TaskRunner() {
            @Override
            public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
                T result;
                try {
                    result = work.get();
                } catch (RuntimeException e) {
                    onError.accept(e);
                    return;
                }
                onDone.accept(result);
            }
        };
    }
}
