package org.convscope.ui.architecture;

import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.convscope.engine.layer.spec.LayerInfo;
import org.convscope.engine.layer.spec.ParamFormula;
import org.convscope.ui.common.I18n;

/**
 * The table Keras prints for {@code model.summary()} (Layer (type) | Output Shape | Param #, then
 * total, trainable and non-trainable parameters), with two more columns per layer: multiply-adds
 * and activation bytes for one image, and their totals.
 */
final class KerasSummary extends VBox {
    private static final int COLUMNS = 5;
    private final I18n i18n;
    private final GridPane grid = new GridPane();
    private int row;

    KerasSummary(Architecture architecture, I18n i18n) {
        this.i18n = i18n;
        setId("kerasSummary");
        getStyleClass().add("keras-summary");
        setSpacing(6);
        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.textProperty().bind(i18n.bind("architecture.summary.title"));
        getChildren().add(title);
        if (!architecture.valid()) {
            Label invalid = new Label();
            invalid.getStyleClass().add("summary-invalid");
            invalid.textProperty().bind(i18n.bind("architecture.summary.invalid"));
            getChildren().add(invalid);
            return;
        }
        grid.getStyleClass().add("summary-grid");
        grid.setMaxWidth(Region.USE_PREF_SIZE);
        for (int c = 0; c < COLUMNS; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHalignment(c >= 2 ? HPos.RIGHT : HPos.LEFT);
            grid.getColumnConstraints().add(cc);
        }
        header();
        rule("summary-rule-double");
        for (LayerEntry e : architecture.layers()) layer(e.info());
        rule("summary-rule-double");
        cell(i18nLabel("architecture.summary.total"), 0, "summary-total");
        number("summary-total-params", architecture.totalParams(), 2, "summary-total");
        number("summary-total-macs", architecture.totalMacs(), 3, "summary-total");
        number("summary-total-bytes", architecture.totalActivationBytes(), 4, "summary-total");
        row++;
        rule("summary-rule");
        getChildren().add(grid);
        getChildren().addAll(
                footer("summary-footer-total", "architecture.summary.totalParams", architecture.totalParams()),
                footer("summary-footer-trainable", "architecture.summary.trainableParams", architecture.trainableParams()),
                footer("summary-footer-nontrainable", "architecture.summary.nonTrainableParams", architecture.nonTrainableParams()));
    }

    private void header() {
        String[] keys = {"architecture.summary.layer", "architecture.summary.shape", "architecture.summary.params",
                "architecture.summary.macs", "architecture.summary.bytes"};
        for (int c = 0; c < keys.length; c++) {
            Label l = i18nLabel(keys[c]);
            if (c == 3) l.setTooltip(tooltip("architecture.summary.macs.tooltip"));
            if (c == 4) l.setTooltip(tooltip("architecture.summary.bytes.tooltip"));
            cell(l, c, "summary-header");
        }
        row++;
    }

    private void layer(LayerInfo info) {
        int position = info.index() + 1;
        Label name = new Label(info.name() + " (" + info.spec().kerasType() + ")");
        name.setId("summary-name-" + position);
        cell(name, 0, "summary-cell");
        Label shape = new Label(info.output().toKeras());
        shape.setId("summary-shape-" + position);
        cell(shape, 1, "summary-cell");
        number("summary-params-" + position, info.params(), 2, "summary-cell");
        number("summary-macs-" + position, info.macs(), 3, "summary-cell");
        number("summary-bytes-" + position, info.activationBytes(), 4, "summary-cell");
        row++;
    }

    private void number(String id, long value, int column, String styleClass) {
        Label l = new Label(ParamFormula.group(value));
        l.setId(id);
        cell(l, column, styleClass);
        l.getStyleClass().add("summary-number");
    }

    private void cell(Label label, int column, String styleClass) {
        label.getStyleClass().add(styleClass);
        label.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(label, column, row);
    }

    private void rule(String styleClass) {
        Region line = new Region();
        line.getStyleClass().add(styleClass);
        grid.add(line, 0, row++, COLUMNS, 1);
    }

    private Label footer(String id, String key, long value) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("summary-footer");
        l.textProperty().bind(i18n.bind(key, ParamFormula.group(value)));
        return l;
    }

    private Label i18nLabel(String key) {
        Label l = new Label();
        l.textProperty().bind(i18n.bind(key));
        return l;
    }

    private Tooltip tooltip(String key) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(i18n.bind(key));
        t.setWrapText(true);
        t.setMaxWidth(360);
        return t;
    }
}
