package org.convscope.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * "What do the colours mean?": each colour map with a sample bar and what it is used for, and the
 * three normalisation scopes. A reusable panel for every view that paints values; all texts follow
 * the UI language.
 */
public final class ColourHelpPanel extends VBox {
    private static final String STYLESHEET = "/org/convscope/ui/common/colour-help.css";
    private final I18n i18n;

    public ColourHelpPanel(I18n i18n) {
        this.i18n = i18n;
        getStyleClass().add("colour-help");
        setId("colourHelp");
        getStylesheets().add(ColourHelpPanel.class.getResource(STYLESHEET).toExternalForm());
        Label title = text("colourHelp.title", "colour-help-title");
        VBox diverging = entry(ColorMap.DIVERGING, "diverging", "colourHelp.negative", "colourHelp.zero", "colourHelp.positive");
        VBox sequential = entry(ColorMap.SEQUENTIAL, "sequential", "colourHelp.zero", null, "colourHelp.high");
        VBox greys = entry(ColorMap.GREYS, "greys", "colourHelp.black", null, "colourHelp.white");
        Label nan = text("colourHelp.nan", "colour-help-text");
        VBox scopes = new VBox(4, text("colourHelp.scopes.title", "colour-help-heading"),
                text("colourHelp.scopes.map", "colour-help-text"),
                text("colourHelp.scopes.layer", "colour-help-text"),
                text("colourHelp.scopes.global", "colour-help-text"));
        scopes.getStyleClass().add("colour-help-entry");
        Label hover = text("colourHelp.hover", "colour-help-text");
        getChildren().addAll(title, diverging, sequential, greys, nan, scopes, hover);
    }

    private VBox entry(ColorMap map, String name, String lowKey, String midKey, String highKey) {
        Region bar = new Region();
        bar.getStyleClass().add("colour-help-bar");
        bar.setBackground(new Background(new BackgroundFill(map.gradient(), null, null)));
        Region l = new Region(), r = new Region();
        HBox.setHgrow(l, Priority.ALWAYS);
        HBox.setHgrow(r, Priority.ALWAYS);
        HBox ends = new HBox(text(lowKey, "colour-help-end"), l, midKey == null ? new Label() : text(midKey, "colour-help-end"), r,
                text(highKey, "colour-help-end"));
        ends.setAlignment(Pos.CENTER);
        VBox box = new VBox(3, text("colourHelp." + name + ".title", "colour-help-heading"), bar, ends,
                text("colourHelp." + name + ".text", "colour-help-text"));
        box.getStyleClass().add("colour-help-entry");
        return box;
    }

    private Label text(String key, String styleClass) {
        Label label = new Label();
        label.textProperty().bind(i18n.bind(key));
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
