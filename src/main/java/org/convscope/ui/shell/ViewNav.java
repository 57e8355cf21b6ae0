package org.convscope.ui.shell;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.geometry.Pos;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.convscope.ui.common.I18n;

/**
 * The views by purpose, in place of the tab row: each group's name, then a button per view, wrapping to a
 * second row where the window is narrow. A single row of fourteen tabs does not fit beside the control
 * column on a 1280-pixel projector, and a tab hidden in an overflow menu is a view the class never finds.
 * The tab pane stays the model: the buttons follow its tabs (a lesson may hide some) and its selection.
 */
final class ViewNav extends FlowPane {
    private final TabPane tabs;
    private final I18n i18n;
    private final ToggleGroup group = new ToggleGroup();
    private final Map<Tab, ToggleButton> buttons = new HashMap<>();
    private boolean syncing;

    ViewNav(TabPane tabs, I18n i18n) {
        this.tabs = tabs;
        this.i18n = i18n;
        setId("viewNav");
        getStyleClass().add("view-nav");
        tabs.getStyleClass().add("with-view-nav");
        tabs.getTabs().addListener((ListChangeListener<Tab>) c -> rebuild());
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> select(t));
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (syncing) return;
            if (b == null) {
                a.setSelected(true); // a view is always shown: clicking the shown one keeps it
                return;
            }
            tabs.getSelectionModel().select((Tab) b.getUserData());
        });
        rebuild();
    }

    // a group wraps as a whole: its name never ends a row with its views on the next
    private void rebuild() {
        getChildren().forEach(n -> ((HBox) n).getChildren().clear());
        getChildren().clear();
        String lastGroup = null;
        HBox row = null;
        for (Tab tab : tabs.getTabs()) {
            String g = ViewGroups.of(tab.getId());
            if (!g.equals(lastGroup)) {
                Label name = new Label();
                name.textProperty().bind(i18n.bind("nav.group." + g));
                name.getStyleClass().add("view-nav-group-name");
                row = new HBox(name);
                row.setId("navGroup-" + g);
                row.getStyleClass().add("view-nav-group");
                row.setAlignment(Pos.CENTER_LEFT);
                getChildren().add(row);
                lastGroup = g;
            }
            row.getChildren().add(buttons.computeIfAbsent(tab, this::button));
        }
        select(tabs.getSelectionModel().getSelectedItem());
    }

    private ToggleButton button(Tab tab) {
        ToggleButton b = new ToggleButton();
        b.setId("nav-" + tab.getId());
        b.textProperty().bind(tab.textProperty());
        b.getStyleClass().add("view-nav-button");
        b.setUserData(tab);
        b.setToggleGroup(group);
        b.setFocusTraversable(false); // Space steers training; a focused button would take it
        return b;
    }

    private void select(Tab tab) {
        syncing = true;
        try {
            ToggleButton b = buttons.get(tab);
            if (b != null) b.setSelected(true);
        } finally {
            syncing = false;
        }
    }

    /** The buttons in order (for tests and the tour). */
    List<ToggleButton> buttons() {
        return getChildren().stream().flatMap(g -> ((HBox) g).getChildren().stream())
                .filter(n -> n instanceof ToggleButton).map(n -> (ToggleButton) n).toList();
    }
}
