package org.convscope.ui.shell;

import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import org.convscope.ui.editor.EditorView;
import org.convscope.ui.training.TrainingView;

/** The tabs of the main window, in order: one line per view. */
public final class Views {
    private Views() {
    }

    /** A tab: its node id, the i18n key of its title, and how to build its content. */
    public record ViewTab(String id, String titleKey, Function<MainViewModel, Node> factory) {
    }

    public static List<ViewTab> all() {
        return List.of(
                new ViewTab("trainingTab", "tab.training", vm -> new TrainingView(vm.training(), vm.i18n())),
                new ViewTab("editorTab", "editor.tab", vm -> new EditorView(vm.editor())));
    }
}
