package org.convscope.ui.convstep;

import java.util.function.Consumer;
import java.util.function.Function;
import org.convscope.ui.common.TaskRunner;

/** Runs one job at a time off the FX thread; of the requests that arrive meanwhile only the newest waits. */
final class Latest<T, R> {
    private final TaskRunner tasks;
    private final Function<T, R> work;
    private final Consumer<R> done;
    private boolean running;
    private T pending;
    private boolean hasPending;

    Latest(TaskRunner tasks, Function<T, R> work, Consumer<R> done) {
        this.tasks = tasks;
        this.work = work;
        this.done = done;
    }

    void submit(T request) {
        if (running) {
            pending = request;
            hasPending = true;
            return;
        }
        running = true;
        try {
            tasks.run(() -> work.apply(request), r -> {
                done.accept(r);
                next();
            }, e -> next());
        } catch (java.util.concurrent.RejectedExecutionException e) {
            running = false; // the runner is shutting down with the window: nothing left to draw
        }
    }

    private void next() {
        running = false;
        if (!hasPending) return;
        T r = pending;
        pending = null;
        hasPending = false;
        submit(r);
    }
}
