package org.convscope.ui.architecture;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.convscope.engine.layer.spec.LayerInfo;
import org.convscope.engine.layer.spec.ParamFormula;
import org.convscope.ui.common.I18n;

/**
 * A layer's parameter formula as the engine writes it, one label per part; pointing at a number
 * sets the hovered {@link Factor}, and its tooltip says what the number counts.
 */
final class FormulaFlow extends HBox {

    FormulaFlow(LayerInfo info, ObjectProperty<Factor> hovered, I18n i18n) {
        getStyleClass().add("formula");
        setAlignment(Pos.BASELINE_LEFT);
        for (ParamFormula.Part part : info.formula().parts()) {
            getChildren().add(part(info, part, hovered, i18n));
        }
    }

    private static Label part(LayerInfo info, ParamFormula.Part part, ObjectProperty<Factor> hovered, I18n i18n) {
        Label label = new Label(part.text());
        label.setMinWidth(Label.USE_PREF_SIZE); // a formula is never cut short with "…"
        label.getStyleClass().add("formula-part");
        label.getStyleClass().add("role-" + part.role().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        label.setUserData(part.role());
        Message tip = LayerTexts.factor(info.spec(), part);
        if (tip != null) {
            Tooltip tooltip = new Tooltip();
            tooltip.getStyleClass().add("factor-tooltip");
            tooltip.textProperty().bind(i18n.bind(tip.key(), tip.args().toArray()));
            tooltip.setShowDelay(Duration.millis(250));
            tooltip.setShowDuration(Duration.seconds(30));
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(360);
            label.setTooltip(tooltip);
        }
        Highlight.Tone tone = Factor.toneOf(part.role());
        if (tone != null) {
            label.getStyleClass().addAll("formula-factor", tone.styleClass());
            Factor factor = new Factor(info.index(), part.role());
            label.setOnMouseEntered(e -> hovered.set(factor));
            label.setOnMouseExited(e -> {
                if (factor.equals(hovered.get())) hovered.set(null);
            });
        }
        return label;
    }
}
