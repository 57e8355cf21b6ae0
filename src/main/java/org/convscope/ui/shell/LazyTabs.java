package org.convscope.ui.shell;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.util.Duration;
import org.convscope.ui.common.BuildSteps;
import org.convscope.ui.common.FrameMonitor;
import org.convscope.ui.common.FxLater;

/**
 * Builds each tab's view when the tab is first selected, so the window opens with one view made instead of
 * nine (each with its controls, popups and style sheets). After start-up, {@link #buildRestWhenIdle} makes
 * the others one at a time between frames, so that a teacher's first click on a tab finds it ready.
 *
 * <p>Only the selected tab's view is in the scene. Every pulse walks the bounds of every node in the scene,
 * hidden or not (a tab pane only hides the tabs not selected), and with all views made that is some six
 * thousand nodes at every refresh, taken from training on a 2-core machine. The other views wait
 * outside the scene, made and hidden (so they skip their redraws, see TreeVisible), until selected again.
 * A view made in idle time spends one idle step in its tab first: styled and laid out there, it comes back
 * at its first click in tens of milliseconds, not the hundreds its first styling takes. Once all are made, each
 * comes back into its tab for one more idle step: a view's first return was still slow (Results 150-360 ms,
 * Feature maps 120 ms in soak runs), restyled through JavaFX code the JIT had meanwhile compiled for the other
 * views alone; rehearsed, the first click is like any later one (no frame gap over 80 ms after the first 20 s).
 * A view made in idle time also goes into its tab in parts, a slice every {@code PART_GAP_MILLIS}
 * ({@link StagedAttach}): its first styling in one pulse was a frame gap of 150-450 ms. Before that, the parts of
 * its making it left for later ({@link BuildSteps}) are made, one an idle step ({@link ComingView}). A click on its
 * tab makes and puts in the rest at once. The first view is made before the window shows ({@link #prepare}) and
 * goes in by parts too, after the window's first frame.
 *
 * <p>The idle steps are {@link FxLater} calls, not a PauseTransition, which would pulse 60 times a second for
 * as long as the views are being made.
 */
final class LazyTabs {
    private final TabPane tabs;
    private final Map<Tab, Supplier<Node>> pending = new LinkedHashMap<>();
    private final Map<Tab, Node> parked = new HashMap<>(); // made views of the tabs not selected, out of the scene
    private ScheduledFuture<?> idle; // the next step of buildRestWhenIdle
    private boolean stopped;
    private boolean held; // the first view waits for the window's first frame (see hold)
    private final Map<Tab, ComingView> coming = new LinkedHashMap<>(); // views made ahead of need, not all in yet
    private static final long PART_GAP_MILLIS = 50;

    LazyTabs(TabPane tabs) {
        this.tabs = tabs;
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            park(a);
            build(t);
            ComingView view = coming.remove(t);
            if (view != null) view.finish();
            unpark(t);
        });
    }

    /** Adds {@code tab}, whose content {@code view} makes when it is first needed. */
    void add(Tab tab, Supplier<Node> view) {
        pending.put(tab, view);
        tabs.getTabs().add(tab);
        build(tabs.getSelectionModel().getSelectedItem()); // the first tab added is selected at once
    }

    /**
     * Makes no view until {@link #release}: the window then opens with its menus, panel and tabs alone, which
     * style and lay out in a fraction of the time a view with its charts takes, and the view follows a frame later.
     */
    void hold() {
        held = true;
    }

    /**
     * While held, makes the selected tab's view without putting it in its tab: made before the window shows, where
     * it costs the window 40-50 ms, instead of after, where the same making took 95-115 ms in a frame gap of its own
     * (the JIT and the renderer busy beside it). {@link #release} puts it in.
     */
    void prepare() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        Supplier<Node> view = tab == null ? null : pending.remove(tab);
        if (view == null) return;
        long start = System.nanoTime();
        coming.put(tab, new ComingView(tab, view.get(), new ArrayDeque<>()));
        report(tab, start, "before the window shows");
    }

    /** Ends {@link #hold}: the prepared view goes into its tab in parts, or the selected tab's view is made. */
    void release() {
        held = false;
        for (Tab tab : coming.keySet()) stepComing(tab, 0);
        build(tabs.getSelectionModel().getSelectedItem());
    }

    // a prepared view comes in outside buildRestWhenIdle's steps, a step every PART_GAP_MILLIS until all of it is in
    private void stepComing(Tab tab, long delay) {
        ComingView view = coming.get(tab);
        if (view == null || stopped) return;
        FxLater.after(delay, () -> {
            // closing, or clicked meanwhile, or brought all in by buildRestWhenIdle's steps
            if (stopped || coming.get(tab) != view) return;
            if (view.step()) stepComing(tab, PART_GAP_MILLIS);
            else coming.remove(tab);
        });
    }

    /** Makes {@code tab}'s view now, if it is not made yet. */
    void build(Tab tab) {
        build(tab, false);
    }

    // aheadOfNeed: made in idle time, the view is made and put into its tab a step at a time (ComingView)
    private void build(Tab tab, boolean aheadOfNeed) {
        if (held) return;
        Supplier<Node> view = tab == null ? null : pending.remove(tab);
        if (view == null) return;
        long start = System.nanoTime();
        if (aheadOfNeed) {
            BuildSteps.Made<Node> made = BuildSteps.collect(view);
            // a view made in idle time goes into its (hidden) tab for a moment, so that its styling, skins and
            // first layout happen in the idle time too and not at its first click; once all of it is in, the next
            // idle step parks it (parkStyled)
            coming.put(tab, new ComingView(tab, made.made(), made.parts()));
            report(tab, start, made.parts().size() + " parts to make later");
        } else {
            tab.setContent(view.get());
            report(tab, start, "when needed");
        }
    }

    // for the diagnostics: how long a view took to make
    private static void report(Tab tab, long start, String how) {
        if (FrameMonitor.enabled()) {
            System.out.printf(java.util.Locale.ROOT, "view %s made in %.0f ms, %s%n", tab.getId(), (System.nanoTime() - start) / 1e6, how);
        }
    }

    // a tab not selected holds its view only for the idle step after it was made, in which the pulses styled and
    // laid it out: now out of the scene
    private void parkStyled() {
        for (Tab t : tabs.getTabs()) if (!t.isSelected() && !coming.containsKey(t)) park(t);
    }

    private void park(Tab tab) {
        if (tab == null || tab.getContent() == null) return;
        Node view = tab.getContent();
        view.setVisible(false);
        tab.setContent(null);
        parked.put(tab, view);
    }

    private void unpark(Tab tab) {
        Node view = tab == null ? null : parked.remove(tab);
        if (view == null) return;
        tab.setContent(view);
        view.setVisible(true);
    }

    /** Whether every view is made. */
    boolean allBuilt() {
        return pending.isEmpty();
    }

    /**
     * Makes the views not made yet, one every {@code gap}, after {@code delay}: each in its own pulse, so the
     * frames between them keep coming. Any view selected meanwhile is made at once, as always. Then runs
     * {@code then}.
     */
    void buildRestWhenIdle(Duration delay, Duration gap, Runnable then) {
        Deque<Tab> queue = new ArrayDeque<>(pending.keySet());
        Deque<Tab> rehearse = new ArrayDeque<>(queue);
        Runnable[] step = new Runnable[1];
        step[0] = () -> {
            if (stopped) return;
            if (held) release();
            if (!coming.isEmpty()) {
                var next = coming.entrySet().iterator().next();
                if (!next.getValue().step()) coming.remove(next.getKey());
                idle = FxLater.after(PART_GAP_MILLIS, step[0]);
                return;
            }
            parkStyled();
            while (!queue.isEmpty() && !pending.containsKey(queue.peek())) queue.poll();
            if (!queue.isEmpty()) {
                build(queue.poll(), true);
            } else {
                // then each view comes back into its hidden tab once, as at a click: its first return is styled
                // anew through code the JIT compiled meanwhile for the other views, and pays for it here, not then
                while (!rehearse.isEmpty() && !parked.containsKey(rehearse.peek())) rehearse.poll();
                if (rehearse.isEmpty()) {
                    then.run();
                    return;
                }
                Tab back = rehearse.poll();
                if (FrameMonitor.enabled()) {
                    System.out.println("view " + back.getId() + " back for a rehearsal");
                }
                unpark(back);
            }
            idle = FxLater.after((long) gap.toMillis(), step[0]);
        };
        idle = FxLater.after((long) delay.toMillis(), step[0]);
    }

    /** Stops building in the background (the window is closing). */
    void stop() {
        stopped = true;
        if (idle != null) idle.cancel(false);
    }
}
