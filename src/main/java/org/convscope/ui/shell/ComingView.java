package org.convscope.ui.shell;

import java.util.Deque;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import org.convscope.ui.common.FrameMonitor;

/**
 * A view made ahead of need on its way into its tab, an idle step at a time: first the parts of its making it left
 * for later ({@link org.convscope.ui.common.BuildSteps}), one a step, out of the scene; then into its tab in parts,
 * a slice a step ({@link StagedAttach}). So no step makes or styles a whole view in one go.
 */
final class ComingView {
    private final Tab tab;
    private final Node view;
    private final Deque<Runnable> toMake;
    private StagedAttach parts; // once made

    ComingView(Tab tab, Node view, Deque<Runnable> toMake) {
        this.tab = tab;
        this.view = view;
        this.toMake = toMake;
    }

    /** Takes the next step; whether more are to come. */
    boolean step() {
        if (!toMake.isEmpty()) {
            long start = System.nanoTime();
            toMake.poll().run();
            if (FrameMonitor.enabled()) {
                System.out.printf(Locale.ROOT, "view %s: a part made in %.0f ms%n", tab.getId(), (System.nanoTime() - start) / 1e6);
            }
            return true;
        }
        if (parts == null) {
            parts = new StagedAttach(view, StagedAttach.SLICE);
            tab.setContent(view);
            if (FrameMonitor.enabled()) System.out.printf(Locale.ROOT, "view %s in its tab, %d parts to come%n", tab.getId(), parts.waiting());
            return parts.waiting() > 0;
        }
        return parts.step();
    }

    /** Takes every step left at once: the view is wanted now. */
    void finish() {
        while (!toMake.isEmpty()) toMake.poll().run();
        if (parts == null) tab.setContent(view);
        else parts.finish();
    }
}
