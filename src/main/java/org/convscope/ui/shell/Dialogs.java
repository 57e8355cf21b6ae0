package org.convscope.ui.shell;

import javafx.scene.control.Alert;
import javafx.stage.Window;

final class Dialogs {
    private Dialogs() {
    }

    static void info(Window owner, String title, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        a.setContentText(text);
        a.showAndWait();
    }
}
