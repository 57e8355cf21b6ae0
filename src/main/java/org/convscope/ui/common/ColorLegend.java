package org.convscope.ui.common;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A colour bar with its numeric minimum and maximum (and zero in the middle for diverging maps). */
public final class ColorLegend extends VBox {
    private final ObjectProperty<ColorMap> map = new SimpleObjectProperty<>(ColorMap.DIVERGING);
    private final ObjectProperty<ValueRange> range = new SimpleObjectProperty<>(new ValueRange(-1, 1));
    private final Label title = new Label();
    private final Region bar = new Region();
    private final Label min = new Label(), mid = new Label(), max = new Label();

    public ColorLegend() {
        getStyleClass().add("color-legend");
        title.getStyleClass().add("legend-title");
        bar.getStyleClass().add("legend-bar");
        bar.setMinHeight(12);
        bar.setPrefWidth(180);
        Region l = new Region(), r = new Region();
        HBox.setHgrow(l, Priority.ALWAYS);
        HBox.setHgrow(r, Priority.ALWAYS);
        HBox numbers = new HBox(min, l, mid, r, max);
        numbers.getStyleClass().add("legend-numbers");
        numbers.setAlignment(Pos.CENTER);
        getChildren().addAll(title, bar, numbers);
        map.addListener((o, a, b) -> update());
        range.addListener((o, a, b) -> update());
        update();
    }

    private void update() {
        ColorMap m = map.get();
        ValueRange shown = range.get().forMap(m);
        bar.setBackground(new javafx.scene.layout.Background(new javafx.scene.layout.BackgroundFill(m.gradient(), null, null)));
        min.setText(format(shown.lo()));
        max.setText(format(shown.hi()));
        mid.setText(m.diverging() ? "0" : "");
    }

    public static String format(double v) {
        if (v == 0) return "0";
        double a = Math.abs(v);
        return a >= 100 ? String.format(Locale.ROOT, "%.0f", v) : a >= 1 ? String.format(Locale.ROOT, "%.2f", v)
                : a >= 0.001 ? String.format(Locale.ROOT, "%.3f", v) : String.format(Locale.ROOT, "%.1e", v);
    }

    public ObjectProperty<ColorMap> mapProperty() {
        return map;
    }

    public ObjectProperty<ValueRange> rangeProperty() {
        return range;
    }

    public StringProperty titleProperty() {
        return title.textProperty();
    }

    /** For tests: the texts at the ends. */
    public String minText() {
        return min.getText();
    }

    public String maxText() {
        return max.getText();
    }
}
