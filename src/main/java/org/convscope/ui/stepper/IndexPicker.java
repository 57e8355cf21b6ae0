package org.convscope.ui.stepper;

import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.Icons;

/** "Filter ‹ 3 / 32 ›": picks one of n, shown counting from 1, kept in a 0-based property. Hidden when there is only one. */
public final class IndexPicker extends HBox {
    private final IntegerProperty count = new SimpleIntegerProperty(0);

    public IndexPicker(I18n i18n, String titleKey, IntegerProperty index) {
        getStyleClass().add("index-picker");
        setAlignment(Pos.CENTER_LEFT);
        Label title = new Label();
        title.textProperty().bind(i18n.bind(titleKey));
        Button previous = arrow(Icons.PREVIOUS, () -> index.set(Math.max(0, index.get() - 1)));
        Button next = arrow(Icons.NEXT, () -> index.set(Math.min(count.get() - 1, index.get() + 1)));
        previous.disableProperty().bind(index.lessThanOrEqualTo(0));
        next.disableProperty().bind(index.greaterThanOrEqualTo(count.subtract(1)));
        Label value = new Label();
        value.getStyleClass().add("index-value");
        value.textProperty().bind(Bindings.createStringBinding(() -> (index.get() + 1) + " / " + count.get(), index, count));
        getChildren().addAll(title, previous, value, next);
        visibleProperty().bind(count.greaterThan(1));
        managedProperty().bind(visibleProperty());
    }

    private static Button arrow(String icon, Runnable action) {
        Button b = new Button();
        b.setGraphic(Icons.of(icon));
        b.getStyleClass().addAll("button-icon", "flat", "small");
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    public void setCount(int n) {
        count.set(n);
    }
}
