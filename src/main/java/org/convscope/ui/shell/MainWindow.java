package org.convscope.ui.shell;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import org.convscope.ui.classmode.ClassModeMenu;
import org.convscope.ui.classroom.ClassroomShell;
import org.convscope.ui.common.FxTicker;
import org.convscope.ui.common.I18n;
import org.convscope.ui.export.ExportActions;
import org.convscope.ui.export.ExportMenu;
import org.convscope.ui.common.Icons;
import org.convscope.ui.files.FileDrop;
import org.convscope.ui.files.FileMenu;
import org.convscope.ui.files.FilePicker;
import org.convscope.ui.help.HelpSystem;
import org.convscope.ui.training.TrainingViewModel;

/**
 * The window's content: menus on top, the control panel on the left, the views in tabs, the status
 * bar below. A ticker drains the training snapshots ten times a second, three while a run trains.
 */
public final class MainWindow extends BorderPane {
    // ten times a second is live to the eye (the feature maps redraw at most four times a second); twenty cost
    // training 9% on two cores (Training view, 3 interleaved pairs of 8 epochs: 10,870 against 11,920 images/s in
    // epochs 5-8): each refresh wakes the FX thread, the renderer and the X server, each wake-up preempts a
    // training thread, and the other waits for it at the step's end
    private static final long REFRESH_MILLIS = 100;
    // while a run trains, three a second, and the training charts take their points at each refresh. Five a second
    // gained ~13% over ten (Training view, 3 interleaved pairs of 8 epochs, epochs 4-8: 11,750 against 13,250
    // images/s); three gain ~7% over five (in-run A/B, the period switched every 4 s: +7.7% on Training, +7.2% on
    // Kernels). A change of state (Start, Pause, the run's end) does not wait for the tick: the session's mailbox
    // asks for a refresh at once (whenStateChanges), and once the run stops it is ten a second again
    private static final long RUNNING_REFRESH_MILLIS = 333;
    private volatile boolean running; // read by the ticker's thread
    private final MainViewModel vm;
    private final I18n i18n;
    private final FxTicker frames;
    private final ControlPanel panel;
    private final TabPane tabs = new TabPane();
    private final LazyTabs views = new LazyTabs(tabs);
    private final ClassroomShell classroom;
    private final HelpSystem helpSystem; // "?" on every tab, glossary, tour (package help)

    public MainWindow(MainViewModel vm) {
        this(vm, false);
    }

    /**
     * With {@code firstViewLater}, the selected view is made only by {@link #buildFirstViewAfterFirstFrame}, so
     * that the window can appear sooner (the app does this; tests take the window whole).
     */
    public MainWindow(MainViewModel vm, boolean firstViewLater) {
        this.vm = vm;
        if (firstViewLater) views.hold();
        this.i18n = vm.i18n();
        this.helpSystem = new HelpSystem(i18n, tabs);
        getStyleClass().add("main-window");
        TrainingViewModel training = vm.training();
        classroom = new ClassroomShell(vm.classroom(), i18n, this);

        setTop(menuBar());
        panel = new ControlPanel(training, vm.editor().choices(), i18n);
        ScrollPane left = new ScrollPane(panel);
        left.setId("controlPanel");
        left.getStyleClass().addAll("control-scroll", "edge-to-edge");
        left.setFitToWidth(true);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        javafx.scene.layout.VBox leftColumn = new javafx.scene.layout.VBox(left, panel.runButtons());
        leftColumn.getStyleClass().add("left-column");
        javafx.scene.layout.VBox.setVgrow(left, javafx.scene.layout.Priority.ALWAYS);
        setLeft(leftColumn);
        classroom.managePanel(leftColumn);

        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("viewTabs");
        for (Views.ViewTab v : Views.all()) {
            Tab tab = new Tab();
            tab.setId(v.id());
            tab.textProperty().bind(i18n.bind(v.titleKey()));
            views.add(tab, () -> v.factory().apply(vm));
        }
        setCenter(helpSystem.decorate(new ViewNav(tabs, i18n)));
        classroom.manageTabs(tabs);
        selectTabOf(vm);
        if (firstViewLater) views.prepare();
        StatusBar status = new StatusBar(training, i18n);
        status.addSwitch(classroom.menus().panelButton());
        status.addSwitch(classroom.menus().presentationButton());
        setBottom(status);

        // Each refresh redraws charts and labels, and on two cores every millisecond the UI spends is taken from
        // training (see REFRESH_MILLIS). Nothing new: no refresh, no frame.
        training.stateProperty().addListener((o, a, state) -> running = state == org.convscope.training.SessionState.RUNNING);
        frames = new FxTicker("convscope-refresh", () -> running ? RUNNING_REFRESH_MILLIS : REFRESH_MILLIS, () -> {
            if (running) training.lendCoreForARefresh();
            vm.pulse();
        });
        training.whenStateChanges(frames::soon);
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
    }

    // Space, → and Ctrl+R steer training from anywhere, except while typing in a field.
    private void shortcut(KeyEvent e) {
        if (getScene() != null && getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl) return;
        if (e.getCode() == KeyCode.SPACE && !e.isShortcutDown()) {
            vm.training().startOrPause();
            e.consume();
        } else if (e.getCode() == KeyCode.RIGHT && !e.isShortcutDown()) {
            vm.training().step();
            e.consume();
        } else if (new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN).match(e)) {
            vm.training().reset();
            e.consume();
        }
    }

    // the selected tab is the view-model's (a session file restores it), and back
    private void selectTabOf(MainViewModel vm) {
        vm.selectedTabProperty().set(tabs.getSelectionModel().getSelectedItem().getId());
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            if (t != null) vm.selectedTabProperty().set(t.getId());
        });
        vm.selectedTabProperty().addListener((o, a, id) -> tabs.getTabs().stream().filter(t -> t.getId().equals(id))
                .findFirst().ifPresent(t -> tabs.getSelectionModel().select(t)));
    }

    private MenuBar menuBar() {
        Menu file = menu("menu.file");
        file.getItems().addAll(new FileMenu(vm.files(), i18n, () -> getScene() == null ? null : getScene().getWindow(),
                FilePicker.chooser(i18n)).items());
        FileDrop.install(this, vm.files()); // a model or session dropped anywhere opens as File ▸ Open would
        ExportActions exports = new ExportActions(vm.training(),
                () -> tabs.getSelectionModel().getSelectedItem() == null ? null : (javafx.scene.Parent) tabs.getSelectionModel().getSelectedItem().getContent(), i18n);
        file.getItems().addAll(ExportMenu.create(exports, i18n, () -> getScene() == null ? null : getScene().getWindow()),
                new javafx.scene.control.SeparatorMenuItem());
        file.getItems().addAll(ClassModeMenu.item(vm.classMode(), i18n, () -> vm.selectedTabProperty().set("classTab")),
                new javafx.scene.control.SeparatorMenuItem());
        MenuItem quit = item("menu.file.quit", Icons.QUIT);
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> vm.quit());
        file.getItems().add(quit);

        Menu train = menu("menu.training");
        MenuItem start = item("menu.training.startPause", Icons.PLAY);
        start.setOnAction(e -> vm.training().startOrPause());
        MenuItem step = item("menu.training.step", Icons.STEP);
        step.setOnAction(e -> vm.training().step());
        MenuItem reset = item("menu.training.reset", Icons.RESET);
        reset.setOnAction(e -> vm.training().reset());
        MenuItem stop = item("menu.training.stop", Icons.STOP);
        stop.setOnAction(e -> vm.training().stop());
        train.getItems().addAll(start, step, reset, stop);

        Menu view = menu("menu.view");
        Menu language = menu("menu.view.language");
        language.setGraphic(Icons.of(Icons.LANGUAGE));
        ToggleGroup languages = new ToggleGroup();
        for (java.util.Locale l : I18n.SUPPORTED) {
            RadioMenuItem r = new RadioMenuItem(l.equals(I18n.KOREAN) ? "한국어" : "English");
            r.setId(l.equals(I18n.KOREAN) ? "languageKorean" : "languageEnglish");
            r.setToggleGroup(languages);
            r.setSelected(l.equals(i18n.locale()));
            r.setOnAction(e -> i18n.localeProperty().set(l));
            language.getItems().add(r);
        }
        i18n.localeProperty().addListener((o, a, b) -> languages.getToggles().forEach(
                t -> t.setSelected(((RadioMenuItem) t).getId().equals(b.equals(I18n.KOREAN) ? "languageKorean" : "languageEnglish"))));
        view.getItems().addAll(language, new SeparatorMenuItem());
        view.getItems().addAll(classroom.menus().viewMenuItems()); // presentation, lesson, theme

        Menu help = menu("menu.help");
        MenuItem keys = item("menu.help.keys", Icons.HELP);
        keys.setOnAction(e -> Dialogs.info(getScene().getWindow(), i18n.get("menu.help.keys"), i18n.get("help.keys.text")));
        MenuItem about = item("menu.help.about", null);
        about.setOnAction(e -> Dialogs.info(getScene().getWindow(), i18n.get("menu.help.about"), i18n.get("help.about.text")));
        help.getItems().addAll(helpSystem.menuItems());
        help.getItems().addAll(keys, about);

        MenuBar bar = new MenuBar(file, train, view, help);
        bar.setId("menuBar");
        return bar;
    }

    private Menu menu(String key) {
        Menu m = new Menu();
        m.textProperty().bind(i18n.bind(key));
        return m;
    }

    private MenuItem item(String key, String icon) {
        MenuItem m = new MenuItem();
        m.textProperty().bind(i18n.bind(key));
        if (icon != null) m.setGraphic(Icons.of(icon));
        return m;
    }

    /** Puts the focus on Start; call once the window is showing (see ControlPanel#focusStart). */
    public void focusStart() {
        panel.focusStart();
    }

    public TabPane tabs() {
        return tabs;
    }

    /** The "?" cards, the glossary and the tour. */
    public HelpSystem help() {
        return helpSystem;
    }

    /** Makes the selected view once the window has drawn its first frame (see the constructor). */
    public void buildFirstViewAfterFirstFrame() {
        // an animation runs at the start of a pulse: at the second one, the first frame is on screen
        javafx.animation.PauseTransition nextPulse = new javafx.animation.PauseTransition(javafx.util.Duration.millis(1));
        nextPulse.setOnFinished(e -> views.release());
        nextPulse.play();
    }

    /**
     * Makes the views not shown yet one by one in the frames' idle time, from {@code delay} on, so that each
     * tab is ready at its first click, then brings each back once as a click would, and then runs {@code then};
     * call once the window is showing.
     */
    public void buildViewsWhenIdle(javafx.util.Duration delay, Runnable then) {
        views.buildRestWhenIdle(delay, javafx.util.Duration.millis(250), then);
    }

    /** Whether every view is made (views are made when first shown, or by {@link #buildViewsWhenIdle}). */
    public boolean allViewsBuilt() {
        return views.allBuilt();
    }

    /** Stops the frame timer and the building of views (the window is closing). */
    public void dispose() {
        frames.close();
        views.stop();
    }
}
