package org.convscope.ui.training;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import org.convscope.training.Divergence;
import org.convscope.ui.common.I18n;

/**
 * The notice above the charts when training paused by itself because the loss stopped being a number: what
 * happened, why (most often a learning rate too high), that the weights are those of the last good step, and what
 * to do. It is gone as soon as the user goes on, steps or resets.
 */
final class DivergenceNotice {
    private DivergenceNotice() {
    }

    static Label of(TrainingViewModel vm, I18n i18n) {
        Label notice = new Label();
        notice.setId("divergenceNotice");
        notice.getStyleClass().add("divergence-notice");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.visibleProperty().bind(vm.divergenceProperty().isNotNull());
        notice.managedProperty().bind(notice.visibleProperty());
        notice.textProperty().bind(Bindings.createStringBinding(() -> {
            Divergence d = vm.divergenceProperty().get();
            if (d == null) return "";
            return i18n.get("training.diverged", d.step(), d.epoch() + 1,
                    String.format(Locale.ROOT, "%g", d.learningRate()).replaceAll("\\.?0+(e|$)", "$1"));
        }, vm.divergenceProperty(), i18n.localeProperty()));
        return notice;
    }
}
