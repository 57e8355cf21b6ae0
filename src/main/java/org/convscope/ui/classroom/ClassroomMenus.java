package org.convscope.ui.classroom;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.Icons;

/** The View menu's presentation, lesson and theme entries, and the status bar's presentation switch. */
public final class ClassroomMenus {
    private final Classroom classroom;
    private final I18n i18n;
    private final Supplier<List<Tab>> tabs;
    private final Supplier<Window> owner;

    ClassroomMenus(Classroom classroom, I18n i18n, Supplier<List<Tab>> tabs, Supplier<Window> owner) {
        this.classroom = classroom;
        this.i18n = i18n;
        this.tabs = tabs;
        this.owner = owner;
    }

    /** Presentation mode (F5), its size, Hide the side panel (Ctrl+B), Lesson mode…, a separator, then the Theme submenu. */
    public List<MenuItem> viewMenuItems() {
        CheckMenuItem present = new CheckMenuItem();
        present.setId("menuPresentation");
        present.textProperty().bind(i18n.bind("classroom.presentation"));
        present.setGraphic(Icons.of(Icons.PRESENTATION));
        present.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        present.selectedProperty().bindBidirectional(classroom.presentation().activeProperty());

        Menu size = new Menu();
        size.setId("menuPresentationSize");
        size.textProperty().bind(i18n.bind("classroom.presentation.size"));
        ToggleGroup sizes = new ToggleGroup();
        for (PresentationScale s : PresentationScale.values()) {
            RadioMenuItem r = new RadioMenuItem();
            r.setId("presentationScale" + s.percent());
            r.textProperty().bind(i18n.bind("classroom.presentation.percent", s.percent()));
            r.setToggleGroup(sizes);
            r.setSelected(classroom.presentation().scaleProperty().get() == s);
            r.setOnAction(e -> classroom.presentation().scaleProperty().set(s));
            classroom.presentation().scaleProperty().addListener((o, a, now) -> r.setSelected(now == s));
            size.getItems().add(r);
        }

        MenuItem lesson = new MenuItem();
        lesson.setId("menuLesson");
        lesson.textProperty().bind(i18n.bind("classroom.lesson"));
        lesson.setGraphic(Icons.of(Icons.LESSON));
        lesson.setOnAction(e -> new LessonDialog(classroom.lesson(), i18n, tabs.get()).show(owner.get()));

        CheckMenuItem panel = new CheckMenuItem();
        panel.setId("menuHidePanel");
        panel.textProperty().bind(i18n.bind("classroom.panel.hide"));
        panel.setGraphic(Icons.of(Icons.SIDE_PANEL));
        panel.setAccelerator(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN));
        panel.selectedProperty().bindBidirectional(classroom.panelHidden());

        return List.of(present, size, panel, lesson, new SeparatorMenuItem(), themeMenu());
    }

    private Menu themeMenu() {
        Menu theme = new Menu();
        theme.textProperty().bind(i18n.bind("menu.view.theme"));
        theme.setGraphic(Icons.of(Icons.THEME));
        ToggleGroup themes = new ToggleGroup();
        Look look = classroom.look();
        for (ThemeChoice c : ThemeChoice.values()) {
            RadioMenuItem r = new RadioMenuItem();
            r.setId("theme" + switch (c) {
                case SYSTEM -> "System";
                case LIGHT -> "Light";
                case DARK -> "Dark";
            });
            r.textProperty().bind(i18n.bind(switch (c) {
                case SYSTEM -> "classroom.theme.system";
                case LIGHT -> "menu.view.theme.light";
                case DARK -> "menu.view.theme.dark";
            }));
            r.setToggleGroup(themes);
            r.setSelected(look.choiceProperty().get() == c);
            r.setOnAction(e -> look.choose(c));
            look.choiceProperty().addListener((o, a, now) -> r.setSelected(now == c));
            theme.getItems().add(r);
        }
        return theme;
    }

    /** A switch for the status bar: presentation mode on or off. */
    public ToggleButton presentationButton() {
        return statusSwitch("presentationButton", Icons.PRESENTATION, classroom.presentation().activeProperty(),
                "classroom.presentation.tooltip");
    }

    /** A switch for the status bar: the side panel hidden or shown (also where to find it again). */
    public ToggleButton panelButton() {
        return statusSwitch("panelButton", Icons.SIDE_PANEL, classroom.panelHidden(), "classroom.panel.tooltip");
    }

    private ToggleButton statusSwitch(String id, String icon, javafx.beans.property.BooleanProperty state, String tooltipKey) {
        ToggleButton b = new ToggleButton(null, Icons.of(icon));
        b.setId(id);
        b.getStyleClass().addAll("button-icon", "small");
        b.selectedProperty().bindBidirectional(state);
        b.setFocusTraversable(false); // Space must keep starting and pausing training
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.bind(tooltipKey));
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        b.setTooltip(tip);
        return b;
    }
}
