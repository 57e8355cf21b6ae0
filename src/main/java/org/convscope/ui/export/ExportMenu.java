package org.convscope.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.Icons;

/** File ▸ Export: the four exports behind file choosers in the UI's language. */
public final class ExportMenu {
    private ExportMenu() {
    }

    public static Menu create(ExportActions actions, I18n i18n, Supplier<Window> owner) {
        Menu menu = new Menu();
        menu.setId("menuExport");
        menu.textProperty().bind(i18n.bind("export.menu"));
        menu.setGraphic(Icons.of(Icons.EXPORT));
        MenuItem png = item(i18n, "export.png", "menuExportPng");
        png.setOnAction(e -> choose(i18n, owner.get(), "export.png", "PNG", "*.png", "convscope-view.png")
                .ifPresent(p -> report(actions.viewAsPng(p), actions, i18n, owner.get())));
        MenuItem csv = item(i18n, "export.csv", "menuExportCsv");
        csv.setOnAction(e -> choose(i18n, owner.get(), "export.csv", "CSV", "*.csv", "convscope-metrics.csv")
                .ifPresent(p -> report(actions.chartsAsCsv(p), actions, i18n, owner.get())));
        MenuItem json = item(i18n, "export.json", "menuExportJson");
        json.setOnAction(e -> choose(i18n, owner.get(), "export.json", "JSON", "*.json", "convscope-metrics.json")
                .ifPresent(p -> report(actions.historyAsJson(p), actions, i18n, owner.get())));
        MenuItem onnx = item(i18n, "export.onnx", "menuExportOnnx");
        onnx.setOnAction(e -> choose(i18n, owner.get(), "export.onnx", "ONNX", "*.onnx", "convscope-model.onnx")
                .ifPresent(p -> actions.modelAsOnnx(p, ok -> report(ok, actions, i18n, owner.get()))));
        menu.getItems().addAll(List.of(png, csv, json, onnx));
        return menu;
    }

    private static MenuItem item(I18n i18n, String key, String id) {
        MenuItem m = new MenuItem();
        m.setId(id);
        m.textProperty().bind(i18n.bind(key));
        return m;
    }

    private static java.util.Optional<Path> choose(I18n i18n, Window owner, String titleKey, String kind, String glob, String name) {
        FileChooser c = new FileChooser();
        c.setTitle(i18n.get(titleKey));
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, glob));
        c.setInitialFileName(name);
        File f = c.showSaveDialog(owner);
        return java.util.Optional.ofNullable(f).map(File::toPath);
    }

    private static void report(boolean ok, ExportActions actions, I18n i18n, Window owner) {
        if (ok) return; // success is quiet; the status is in actions.messageProperty()
        Alert a = new Alert(Alert.AlertType.ERROR, actions.messageProperty().get());
        a.initOwner(owner);
        a.setHeaderText(i18n.get("export.failedTitle"));
        a.showAndWait();
    }
}
