package org.convscope.ui.classmode;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import org.convscope.ui.common.I18n;

/** File ▸ Class mode: ticked while the server runs; starting it goes to the "Our drawings" view. */
public final class ClassModeMenu {
    private ClassModeMenu() {
    }

    public static MenuItem item(ClassModeViewModel vm, I18n i18n, Runnable showView) {
        CheckMenuItem item = new CheckMenuItem();
        item.setId("menuClassMode");
        item.textProperty().bind(i18n.bind("classmode.menu"));
        item.setSelected(vm.runningProperty().get());
        vm.runningProperty().addListener((o, a, on) -> item.setSelected(on));
        item.setOnAction(e -> {
            if (vm.runningProperty().get()) vm.stop();
            else vm.start();
            item.setSelected(vm.runningProperty().get());
            showView.run();
        });
        return item;
    }
}
