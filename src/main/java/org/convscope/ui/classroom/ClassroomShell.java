package org.convscope.ui.classroom;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.convscope.ui.common.I18n;

/**
 * Puts the {@link Classroom} on the main window: presentation mode's pseudo-classes and full
 * screen, the lesson's hidden control groups (pseudo-classes the style sheet turns into hidden
 * nodes) and hidden tabs, and the View menu's entries ({@link ClassroomMenus}).
 *
 * <p>The window's root gets {@code :presentation} (and {@code :presentation-200} at 200 %),
 * {@code :hide-<group>} for each hidden {@link ControlGroup}, and {@code :hide-panel} while the whole
 * control column is hidden (every group, or the Ctrl+B switch); {@code classroom.css} does the rest.
 */
public final class ClassroomShell {
    private static final PseudoClass PRESENTATION = PseudoClass.getPseudoClass("presentation");
    private static final PseudoClass PRESENTATION_200 = PseudoClass.getPseudoClass("presentation-200");
    private static final PseudoClass HIDE_PANEL = PseudoClass.getPseudoClass("hide-panel");
    private final Classroom classroom;
    private final I18n i18n;
    private final Region root;
    private final List<Tab> allTabs = new ArrayList<>();
    private final List<BooleanBinding> bindings = new ArrayList<>(); // bindings are weakly held by what they observe
    private final ClassroomMenus menus;
    private TabPane tabPane;
    private boolean fullScreenByUs;

    /** {@code root}: the window's content, whose scene this manages once it has one. */
    public ClassroomShell(Classroom classroom, I18n i18n, Region root) {
        this.classroom = classroom;
        this.i18n = i18n;
        this.root = root;
        root.getStylesheets().add(ClassroomShell.class.getResource("classroom.css").toExternalForm());
        PresentationMode presentation = classroom.presentation();
        Runnable scale = () -> {
            root.pseudoClassStateChanged(PRESENTATION, presentation.isActive());
            root.pseudoClassStateChanged(PRESENTATION_200, presentation.isActive()
                    && presentation.scaleProperty().get() == PresentationScale.LARGER);
        };
        presentation.activeProperty().addListener((o, a, b) -> scale.run());
        presentation.scaleProperty().addListener((o, a, b) -> scale.run());
        scale.run();
        for (ControlGroup g : ControlGroup.values()) {
            pseudoClassWhile(PseudoClass.getPseudoClass(g.hiddenPseudoClass()), classroom.hidden(g));
        }
        pseudoClassWhile(HIDE_PANEL, classroom.hidden(ControlGroup.DATASET).and(classroom.hidden(ControlGroup.MODEL))
                .and(classroom.hidden(ControlGroup.TRAINING)).and(classroom.hidden(ControlGroup.RUN))
                .or(classroom.panelHidden()));
        // focus must not stay on a control nobody can see: the keys (Space, →) still reach the window
        classroom.panelHidden().addListener((o, a, hidden) -> {
            if (hidden && tabPane != null) tabPane.requestFocus();
        });
        presentation.activeProperty().addListener((o, a, on) -> fullScreen(on));
        // Esc leaves presentation mode even where the system gave no full screen; controls that use
        // Esc themselves (an open list, a field) consume it first
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && presentation.isActive()) {
                presentation.activeProperty().set(false);
                e.consume();
            }
        });
        root.sceneProperty().addListener((o, a, scene) -> watchWindow(scene));
        watchWindow(root.getScene());
        menus = new ClassroomMenus(classroom, i18n, this::allTabs, () -> root.getScene() == null ? null : root.getScene().getWindow());
    }

    private void pseudoClassWhile(PseudoClass pc, BooleanBinding on) {
        bindings.add(on);
        on.addListener((o, a, b) -> root.pseudoClassStateChanged(pc, b));
        root.pseudoClassStateChanged(pc, on.get());
    }

    /** The View menu's entries and the status bar's switch. */
    public ClassroomMenus menus() {
        return menus;
    }

    /**
     * The tabs a lesson may hide: all of {@code tabs}' tabs as they are now, in this order. Hidden
     * ones are taken out of the pane and put back at their place; one always stays.
     */
    public void manageTabs(TabPane tabs) {
        tabPane = tabs;
        allTabs.clear();
        allTabs.addAll(tabs.getTabs());
        classroom.lesson().hiddenTabs().addListener((javafx.collections.SetChangeListener<String>) c -> syncTabs());
        syncTabs();
    }

    /** The control column: it takes no room when the lesson hides every group in it. */
    public void managePanel(Node panel) {
        panel.getStyleClass().add("lesson-panel");
        panel.managedProperty().bind(panel.visibleProperty());
    }

    private List<Tab> allTabs() {
        return List.copyOf(allTabs);
    }

    private void syncTabs() {
        if (tabPane == null) return;
        List<Tab> shown = allTabs.stream().filter(t -> !classroom.lesson().hiddenTabs().contains(t.getId())).toList();
        if (shown.isEmpty()) shown = List.of(allTabs.get(0)); // a window without views is no lesson
        List<Tab> current = tabPane.getTabs();
        // Both lists keep the order of allTabs, so each missing tab goes after the ones before it.
        // Adding before removing keeps the pane from ever being empty (its selection never null).
        for (Tab t : shown) {
            if (current.contains(t)) continue;
            int before = allTabs.indexOf(t);
            int at = (int) current.stream().filter(c -> allTabs.indexOf(c) < before).count();
            current.add(at, t);
        }
        List<Tab> keep = shown;
        current.removeIf(t -> !keep.contains(t));
    }

    private void watchWindow(Scene scene) {
        if (scene == null) return;
        scene.windowProperty().addListener((o, a, w) -> followFullScreen(w));
        followFullScreen(scene.getWindow());
    }

    // Leaving full screen from the system (Esc, the window manager) leaves presentation mode too.
    private void followFullScreen(Window w) {
        if (!(w instanceof Stage stage)) return;
        stage.fullScreenProperty().addListener((o, was, now) -> {
            if (now && classroom.presentation().isActive()) fullScreenByUs = true;
            if (!now && fullScreenByUs) {
                fullScreenByUs = false;
                classroom.presentation().activeProperty().set(false);
            }
        });
        if (classroom.presentation().isActive()) fullScreen(true);
    }

    private void fullScreen(boolean on) {
        if (!(root.getScene() != null && root.getScene().getWindow() instanceof Stage stage)) return;
        if (on) {
            stage.setFullScreenExitHint(i18n.get("classroom.presentation.hint"));
            if (!stage.isFullScreen()) stage.setFullScreen(true);
        } else if (fullScreenByUs) {
            fullScreenByUs = false;
            stage.setFullScreen(false);
        }
    }
}
