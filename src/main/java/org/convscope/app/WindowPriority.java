package org.convscope.app;

/**
 * Puts the window's threads above everything else the app runs: the JavaFX application thread and Prism's renderer,
 * which the application thread waits for at every frame. Training already runs below normal priority
 * ({@code TrainingSession}); what still took the window's CPU in its first seconds was the JIT. With the
 * installers' {@code -XX:ThreadPriorityPolicy=1}, where the OS allows it (as root, the JIT's compiler threads get nice
 * -4 there), the window's threads at {@link Thread#MAX_PRIORITY} get nice -5 and win a core over the compiler threads;
 * beside them at nice 0 the window's thread had a third of a core, and a frame that takes 30 ms of CPU took 100 ms
 * (5 alternated starts of one image under Xvfb, training from the 1st second: frame gaps over 100 ms in the first
 * 22 s 4, 1, 2, 2, 1 without, none in any with). Where the OS refuses a higher priority, nothing changes.
 *
 * <p>Threads the application thread starts afterwards inherit its priority: those that compute set their own
 * (training and its workers, the views' task runners, experiments, class mode); those that only hand work to the
 * application thread (its timers) keep it, so they hand it on time.
 */
final class WindowPriority {
    /** The name of Prism's render thread, the one the application thread waits for. */
    static final String RENDERER = "QuantumRenderer";

    private WindowPriority() {
    }

    /** Raises the calling thread (the JavaFX application thread) and the renderer; returns how many threads it raised. */
    static int raise() {
        Thread.currentThread().setPriority(Thread.MAX_PRIORITY);
        int raised = 1;
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) root = root.getParent();
        Thread[] all = new Thread[root.activeCount() + 16];
        int n = root.enumerate(all, true);
        for (int i = 0; i < n; i++) {
            if (all[i].getName().startsWith(RENDERER)) {
                all[i].setPriority(Thread.MAX_PRIORITY);
                raised++;
            }
        }
        return raised;
    }
}
