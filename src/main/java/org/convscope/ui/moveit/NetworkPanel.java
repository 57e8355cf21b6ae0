package org.convscope.ui.moveit;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.convscope.training.shift.ShiftGrid;
import org.convscope.ui.common.I18n;

/**
 * One network in Move it: its name and architecture, the grid of predictions with its sentence, and
 * the layer table with one sentence for each comparison.
 */
final class NetworkPanel extends VBox {

    NetworkPanel(ShiftPanel p, I18n i18n) {
        super(6);
        getStyleClass().add("moveit-panel");
        setId("moveit-" + p.role());
        setMaxWidth(470);
        Label title = new Label(i18n.get("moveit.role." + p.role()));
        title.getStyleClass().add("moveit-panel-title");
        Label arch = new Label(p.spec().toCompact());
        arch.getStyleClass().add("moveit-arch");

        ShiftGrid g = p.report().grid();
        ShiftGridView grid = new ShiftGridView();
        grid.show(g);
        Label hover = new Label(" ");
        hover.getStyleClass().add("hover-value");
        grid.setOnHover((dx, dy) -> hover.setText(dx == null ? " " : i18n.get("moveit.hover", signed(dx), signed(dy),
                p.classes().get(g.predictedAt(dx, dy)), String.format(java.util.Locale.ROOT, "%.0f%%", 100 * g.confidenceAt(dx, dy)))));
        Label gridTitle = subtitle(i18n.get("moveit.grid.title"));
        Label count = new Label(i18n.get("moveit.grid.count", g.sameAsCentre(), g.side() * g.side(), p.classes().get(g.predictedAt(0, 0))));
        count.getStyleClass().add("moveit-count");
        Label gridSentence = sentence(i18n.get("moveit.grid.sentence"));

        LayerChangeTable table = new LayerChangeTable(i18n);
        table.show(p.report());
        Label tableTitle = subtitle(i18n.get("moveit.layers.title"));
        Label moved = sentence(i18n.get("moveit.layers.equivariance"));
        moved.getStyleClass().add("with-input");
        Label still = sentence(i18n.get("moveit.layers.invariance"));
        still.getStyleClass().add("in-place");
        hover.setWrapText(true);
        count.setWrapText(true);
        VBox beside = new VBox(6, count, gridSentence, hover);
        beside.setPrefWidth(190);
        beside.setMinWidth(160);
        javafx.scene.layout.HBox gridRow = new javafx.scene.layout.HBox(10, grid, beside);
        getChildren().addAll(title, arch, gridTitle, gridRow, tableTitle, table, moved, still);
    }

    private static String signed(int v) {
        return v > 0 ? "+" + v : String.valueOf(v);
    }

    private static Label subtitle(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("moveit-subtitle");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label sentence(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("moveit-sentence");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
