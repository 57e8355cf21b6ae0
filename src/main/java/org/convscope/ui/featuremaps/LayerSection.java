package org.convscope.ui.featuremaps;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.convscope.ui.common.I18n;

/** One architecture layer: its name, what it does and its output shape, then each of its outputs. */
final class LayerSection extends VBox {
    private final FeatureMapsViewModel vm;
    private final Label name = new Label();
    private final Label what = new Label();
    private final Label shape = new Label();
    private final List<TapRow> rows = new ArrayList<>();
    private LayerGroup group;

    LayerSection(FeatureMapsViewModel vm, LayerGroup group, MapEvents events) {
        this.vm = vm;
        this.group = group;
        getStyleClass().add("layer-section");
        name.getStyleClass().add("layer-name");
        what.getStyleClass().add("layer-what");
        shape.getStyleClass().add("layer-shape");
        HBox head = new HBox(10, name, what, shape);
        head.setAlignment(Pos.BASELINE_LEFT);
        head.getStyleClass().add("layer-head");
        getChildren().add(head);
        for (TapImage t : group.taps()) {
            TapRow row = new TapRow(vm, t, events);
            rows.add(row);
            getChildren().add(row);
        }
        refreshTexts();
    }

    /** New values for the same outputs (the structure is unchanged). */
    void show(LayerGroup g) {
        group = g;
        for (int i = 0; i < rows.size(); i++) rows.get(i).show(g.taps().get(i));
        refreshTexts();
    }

    void refreshTexts() {
        I18n i18n = vm.i18n();
        name.setText(vm.groupName(group));
        what.setText(TapTexts.describe(group.spec(), i18n));
        shape.setText(i18n.get("featuremaps.shape", group.output().toDisplay()));
        rows.forEach(TapRow::refreshTexts);
    }

    List<TapRow> rows() {
        return rows;
    }

    LayerGroup group() {
        return group;
    }
}
