package org.convscope.ui.architecture;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.convscope.engine.layer.spec.ParamFormula;
import org.convscope.ui.common.I18n;

/** Under the stack: total, trainable and non-trainable parameters, and the work and memory per image. */
final class TotalsBar extends FlowPane {

    TotalsBar(Architecture architecture, I18n i18n) {
        setId("totals");
        getStyleClass().add("totals-bar");
        setHgap(10);
        setVgap(8);
        if (!architecture.valid()) {
            Label invalid = new Label();
            invalid.getStyleClass().add("totals-invalid");
            invalid.textProperty().bind(architecture.error() != null
                    ? i18n.bind("architecture.error.model", architecture.error())
                    : i18n.bind("architecture.totals.invalid"));
            getChildren().add(invalid);
            return;
        }
        getChildren().addAll(
                stat("total-params", "architecture.totals.params", ParamFormula.group(architecture.totalParams()), i18n),
                stat("trainable-params", "architecture.totals.trainable", ParamFormula.group(architecture.trainableParams()), i18n),
                stat("non-trainable-params", "architecture.totals.nonTrainable", ParamFormula.group(architecture.nonTrainableParams()), i18n),
                stat("total-macs", "architecture.totals.macs", ParamFormula.group(architecture.totalMacs()), i18n),
                bytes(architecture.totalActivationBytes(), i18n));
    }

    private static VBox stat(String id, String captionKey, String value, I18n i18n) {
        Label v = new Label(value);
        v.setId(id);
        v.getStyleClass().add("stat-value");
        return chip(captionKey, v, i18n);
    }

    private static VBox bytes(long bytes, I18n i18n) {
        Label v = new Label();
        v.setId("total-bytes");
        v.getStyleClass().add("stat-value");
        v.textProperty().bind(i18n.bind("architecture.bytes", ParamFormula.group(bytes)));
        return chip("architecture.totals.bytes", v, i18n);
    }

    private static VBox chip(String captionKey, Label value, I18n i18n) {
        Label caption = new Label();
        caption.getStyleClass().add("stat-caption");
        caption.textProperty().bind(i18n.bind(captionKey));
        VBox chip = new VBox(2, caption, value);
        chip.getStyleClass().add("stat");
        return chip;
    }
}
