package org.convscope.ui.moveit;

import java.util.Locale;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.convscope.training.shift.LayerShift;
import org.convscope.training.shift.ShiftReport;
import org.convscope.ui.common.I18n;

/**
 * Move it's layer table: one row per layer, and for shifts of 1, 2 and 3 pixels how much its map
 * changes, moved with the input and in place, each as a number and a bar (a full bar is a change as
 * large as the map itself).
 */
final class LayerChangeTable extends GridPane {
    private static final double BAR = 44;
    private final I18n i18n;

    LayerChangeTable(I18n i18n) {
        this.i18n = i18n;
        getStyleClass().add("layer-change-table");
        setHgap(4);
        setVgap(2);
    }

    void show(ShiftReport report) {
        getChildren().clear();
        getColumnConstraints().clear();
        int sizes = report.sizes().length;
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(Region.USE_PREF_SIZE);
        getColumnConstraints().add(name);
        add(header("moveit.col.layer"), 0, 0);
        Label moved = header("moveit.layers.withInput"), still = header("moveit.layers.inPlace");
        moved.getStyleClass().add("with-input");
        still.getStyleClass().add("in-place");
        add(moved, 1, 0, sizes, 1);
        add(still, 1 + sizes, 0, sizes, 1);
        for (int s = 0; s < sizes; s++) {
            add(small(i18n.get("moveit.px", report.sizes()[s])), 1 + s, 1);
            add(small(i18n.get("moveit.px", report.sizes()[s])), 1 + sizes + s, 1);
        }
        int row = 2;
        for (LayerShift l : report.layers()) {
            Label n = new Label(l.name());
            n.getStyleClass().add("layer-name");
            add(n, 0, row);
            for (int s = 0; s < sizes; s++) {
                add(bar(l.withInput()[s], "with-input"), 1 + s, row);
                add(bar(l.inPlace()[s], "in-place"), 1 + sizes + s, row);
            }
            row++;
        }
    }

    private Label header(String key) {
        Label l = new Label(i18n.get(key));
        l.getStyleClass().add("change-header");
        GridPane.setHalignment(l, HPos.CENTER);
        return l;
    }

    private static Label small(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("change-size");
        GridPane.setHalignment(l, HPos.CENTER);
        return l;
    }

    // NaN: a flat layer has nowhere to move
    private static StackPane bar(double v, String kind) {
        Region fill = new Region();
        fill.getStyleClass().addAll("change-fill", kind);
        double w = Double.isFinite(v) ? BAR * Math.min(1, v) : 0;
        fill.setMinWidth(w);
        fill.setMaxWidth(w);
        Label value = new Label(Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : "\u2013");
        value.getStyleClass().add("change-value");
        StackPane cell = new StackPane(fill, value);
        cell.getStyleClass().add("change-cell");
        cell.setMinWidth(BAR);
        cell.setPrefWidth(BAR);
        StackPane.setAlignment(fill, javafx.geometry.Pos.CENTER_LEFT);
        return cell;
    }
}
