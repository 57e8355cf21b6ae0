package org.convscope.ui.help;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.convscope.ui.common.I18n;

/** The glossary in a window of its own beside the main one, so a student can read while trying. */
final class GlossaryWindow {
    private final I18n i18n;
    private final GlossaryView view;
    private Stage stage;

    GlossaryWindow(I18n i18n) {
        this.i18n = i18n;
        this.view = new GlossaryView(new GlossaryViewModel(i18n), i18n);
    }

    /** Shows the window (made on first use, then reused) at {@code term}, or at its start for null. */
    void show(Window owner, GlossaryTerm term) {
        if (stage == null) {
            stage = new Stage();
            if (owner != null) stage.initOwner(owner);
            stage.titleProperty().bind(i18n.bind("help.glossary.title"));
            stage.setScene(new Scene(view, 540, 600));
            if (owner != null) {
                // beside the main window's right edge, but on its screen
                stage.setX(Math.max(owner.getX(), owner.getX() + owner.getWidth() - 560));
                stage.setY(owner.getY() + 60);
            }
        }
        stage.show();
        stage.toFront();
        view.reveal(term);
    }

    GlossaryView view() {
        return view;
    }

    Stage stage() {
        return stage;
    }
}
