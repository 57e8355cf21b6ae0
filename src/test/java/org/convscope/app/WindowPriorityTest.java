package org.convscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.convscope.engine.parallel.WorkerPool;
import org.convscope.ui.common.FxTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window's threads above the rest; the threads that compute keep their own priority when the window starts them. */
@ExtendWith(ApplicationExtension.class)
class WindowPriorityTest {
    private final Map<Thread, Integer> before = new HashMap<>();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Label("a frame"), 200, 100));
        stage.show();
    }

    @AfterEach
    void restore() {
        before.forEach(Thread::setPriority); // the tests after this one share the FX thread and the renderer
    }

    private static List<Thread> renderers() {
        List<Thread> found = new ArrayList<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) if (t.getName().startsWith(WindowPriority.RENDERER)) found.add(t);
        return found;
    }

    @Test
    void theApplicationThreadAndTheRendererGetTheHighestPriority(FxRobot robot) {
        List<Thread> renderers = renderers();
        assertFalse(renderers.isEmpty(), "Prism's renderer runs");
        renderers.forEach(t -> before.put(t, t.getPriority()));
        int[] raised = new int[1];
        Thread[] fx = new Thread[1];
        robot.interact(() -> {
            fx[0] = Thread.currentThread();
            before.put(fx[0], fx[0].getPriority());
            raised[0] = WindowPriority.raise();
        });
        assertEquals(1 + renderers.size(), raised[0]);
        assertEquals(Thread.MAX_PRIORITY, fx[0].getPriority());
        for (Thread t : renderers) assertEquals(Thread.MAX_PRIORITY, t.getPriority(), t.getName());
    }

    @Test
    void threadsThatComputeKeepTheirOwnPriorityWhenTheWindowStartsThem(FxRobot robot) throws Exception {
        CompletableFuture<Integer> task = new CompletableFuture<>();
        WorkerPool[] pool = new WorkerPool[1];
        FxTaskRunner runner = new FxTaskRunner();
        robot.interact(() -> {
            before.put(Thread.currentThread(), Thread.currentThread().getPriority());
            WindowPriority.raise();
            runner.run(() -> Thread.currentThread().getPriority(), task::complete, task::completeExceptionally);
            pool[0] = new WorkerPool(2);
        });
        try {
            assertEquals(Thread.NORM_PRIORITY - 1, task.get(10, TimeUnit.SECONDS), "the views' task runner");
            int[] worker = new int[1];
            pool[0].run(w -> {
                if (w == 1) worker[0] = Thread.currentThread().getPriority();
            });
            assertEquals(Thread.NORM_PRIORITY, worker[0], "a worker pool's threads");
        } finally {
            runner.close();
            pool[0].close();
        }
    }
}
