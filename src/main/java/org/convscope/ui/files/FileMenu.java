package org.convscope.ui.files;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Popup;
import javafx.stage.Window;
import javafx.util.Duration;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.Icons;

/**
 * The File menu's open and save entries, with the recent files. Failures show in an alert with the
 * reason; a finished save or open shows a short note at the bottom of the window.
 */
public final class FileMenu {
    private final FilesViewModel files;
    private final I18n i18n;
    private final Supplier<Window> owner;
    private final FilePicker picker;
    private final Menu recent = new Menu();

    public FileMenu(FilesViewModel files, I18n i18n, Supplier<Window> owner, FilePicker picker) {
        this.files = files;
        this.i18n = i18n;
        this.owner = owner;
        this.picker = picker;
        files.errorProperty().addListener((o, a, failure) -> {
            if (failure != null) alert(failure);
        });
        files.statusProperty().addListener((o, a, text) -> {
            if (text != null) note(text);
        });
    }

    /** Open…, Open recent, Save model, Save model as…, Save session as…, then a separator. */
    public List<MenuItem> items() {
        MenuItem open = item("files.menu.open", Icons.OPEN, "menuOpen");
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> {
            Path p = picker.open(owner.get());
            if (p != null) files.open(p);
        });
        recent.textProperty().bind(i18n.bind("files.menu.recent"));
        recent.setId("menuRecent");
        recent.setOnShowing(e -> fillRecent());
        fillRecent();
        MenuItem save = item("files.menu.saveModel", Icons.SAVE, "menuSaveModel");
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        save.setOnAction(e -> {
            if (!files.saveModel()) saveModelAs();
        });
        MenuItem saveAs = item("files.menu.saveModelAs", null, "menuSaveModelAs");
        saveAs.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        saveAs.setOnAction(e -> saveModelAs());
        MenuItem session = item("files.menu.saveSession", null, "menuSaveSession");
        session.setOnAction(e -> {
            Path p = picker.save(owner.get(), FilePicker.Kind.SESSION, null);
            if (p != null) files.saveSessionAs(p);
        });
        for (MenuItem m : List.of(save, saveAs, session)) m.disableProperty().bind(files.busyProperty());
        return List.of(open, recent, new SeparatorMenuItem(), save, saveAs, session, new SeparatorMenuItem());
    }

    private void saveModelAs() {
        Path p = picker.save(owner.get(), FilePicker.Kind.MODEL, files.modelFileProperty().get());
        if (p != null) files.saveModelAs(p);
    }

    private void fillRecent() {
        recent.getItems().clear();
        for (Path p : files.recentFiles()) {
            MenuItem m = new MenuItem(p.getFileName() + "  \u2014  " + p.getParent());
            m.setMnemonicParsing(false);
            m.setOnAction(e -> files.open(p));
            recent.getItems().add(m);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem();
            none.textProperty().bind(i18n.bind("files.menu.recent.none"));
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private MenuItem item(String key, String icon, String id) {
        MenuItem m = new MenuItem();
        m.setId(id);
        m.textProperty().bind(i18n.bind(key));
        if (icon != null) m.setGraphic(Icons.of(icon));
        return m;
    }

    private void alert(FilesViewModel.Failure failure) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.initOwner(owner.get());
        a.setTitle(failure.title());
        a.setHeaderText(failure.title());
        a.setContentText(failure.message());
        a.getDialogPane().setId("fileError");
        a.show(); // not showAndWait: a failure must not block the frame timer or the tests
    }

    // A short note near the bottom of the window, gone after a few seconds.
    private void note(String text) {
        Window w = owner.get();
        if (w == null || !w.isShowing()) return;
        Label label = new Label(text);
        label.getStyleClass().addAll("root", "file-note"); // "root": the theme's colours are defined there
        label.getStylesheets().add(FileMenu.class.getResource("files.css").toExternalForm());
        Popup popup = new Popup();
        popup.getContent().add(label);
        popup.setAutoHide(true);
        popup.show(w);
        popup.setX(w.getX() + (w.getWidth() - label.getWidth()) / 2);
        popup.setY(w.getY() + w.getHeight() - label.getHeight() - 60);
        PauseTransition later = new PauseTransition(Duration.seconds(3));
        later.setOnFinished(e -> popup.hide());
        later.play();
    }
}
