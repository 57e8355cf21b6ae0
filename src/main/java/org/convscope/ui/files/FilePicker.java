package org.convscope.ui.files;

import java.io.File;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.convscope.ui.common.I18n;

/** Asks the user for a file; the window's own choosers, or a stand-in in tests. */
public interface FilePicker {

    /** What is being saved. */
    enum Kind { MODEL, SESSION }

    /** A file to open, or null if the user cancelled. */
    Path open(Window owner);

    /** Where to save, or null if the user cancelled; {@code suggested} is the initial file. */
    Path save(Window owner, Kind kind, Path suggested);

    /** JavaFX's file choosers, with the titles and filters in the UI's language. */
    static FilePicker chooser(I18n i18n) {
        return new FilePicker() {
            @Override
            public Path open(Window owner) {
                FileChooser c = new FileChooser();
                c.setTitle(i18n.get("files.chooser.open"));
                c.getExtensionFilters().addAll(
                        new FileChooser.ExtensionFilter(i18n.get("files.filter.all"), "*.cnn.zip", "*" + SessionFile.EXTENSION, "*.zip", "*.onnx"),
                        new FileChooser.ExtensionFilter(i18n.get("files.filter.model"), "*.cnn.zip"),
                        new FileChooser.ExtensionFilter(i18n.get("files.filter.onnx"), "*.onnx"),
                        new FileChooser.ExtensionFilter(i18n.get("files.filter.session"), "*" + SessionFile.EXTENSION));
                File f = c.showOpenDialog(owner);
                return f == null ? null : f.toPath();
            }

            @Override
            public Path save(Window owner, Kind kind, Path suggested) {
                FileChooser c = new FileChooser();
                boolean model = kind == Kind.MODEL;
                c.setTitle(i18n.get(model ? "files.chooser.saveModel" : "files.chooser.saveSession"));
                c.getExtensionFilters().add(model
                        ? new FileChooser.ExtensionFilter(i18n.get("files.filter.model"), "*.cnn.zip")
                        : new FileChooser.ExtensionFilter(i18n.get("files.filter.session"), "*" + SessionFile.EXTENSION));
                if (suggested != null) {
                    if (suggested.getParent() != null) c.setInitialDirectory(suggested.getParent().toFile());
                    c.setInitialFileName(suggested.getFileName().toString());
                }
                File f = c.showSaveDialog(owner);
                return f == null ? null : f.toPath();
            }
        };
    }
}
