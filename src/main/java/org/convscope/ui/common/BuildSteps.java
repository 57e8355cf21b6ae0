package org.convscope.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

/**
 * Lets a view leave parts of its own making for later, when it is made ahead of need: the shell makes the views
 * no one has opened yet between frames, and on a 2-core machine in the first seconds (cold code, the JIT busy) a
 * view like the editor took 80-120 ms to make, a frame gap by itself. Made that way, a view's {@link #later} parts
 * each run in an idle step of their own, before the view goes into the scene; made any other way (opened by a
 * click, in a test, for a rendering) they run at once, in order, so a view never sees the difference.
 *
 * <p>A part must still be right when it runs after the view has moved on (e.g. rebuilt for a new model meanwhile):
 * check what it was made for, or make it from the view's state when it runs. FX thread only.
 */
public final class BuildSteps {
    private static Deque<Runnable> collecting; // while a view is made ahead of need: its parts for later

    private BuildSteps() {
    }

    /** Runs {@code part} now, or, while a view is being made ahead of need, in a later idle step. */
    public static void later(Runnable part) {
        if (collecting == null) part.run();
        else collecting.add(part);
    }

    private static final Object SPLITTABLE = new Object(); // the key of a pane's mark, see splittable

    /**
     * Marks {@code pane}, a subclass of a plain layout pane whose layout reads its children neither by place nor
     * by type, as one whose children may wait outside the scene behind placeholders while it is put in by parts
     * (the shell does that only for exactly plain panes, unless marked); returns it.
     */
    public static <P extends javafx.scene.layout.Pane> P splittable(P pane) {
        pane.getProperties().put(SPLITTABLE, Boolean.TRUE);
        return pane;
    }

    /** Whether {@code node} was marked {@link #splittable}. */
    public static boolean isSplittable(javafx.scene.Node node) {
        return node.hasProperties() && node.getProperties().get(SPLITTABLE) == Boolean.TRUE;
    }

    /** What {@link #collect} made, and the parts it left for later, in order. */
    public record Made<T>(T made, Deque<Runnable> parts) {
    }

    /** Runs {@code make}, keeping the parts it leaves for {@link #later} instead of running them. */
    public static <T> Made<T> collect(Supplier<T> make) {
        Deque<Runnable> outer = collecting;
        Deque<Runnable> parts = new ArrayDeque<>();
        collecting = parts;
        try {
            return new Made<>(make.get(), parts);
        } finally {
            collecting = outer;
        }
    }
}
