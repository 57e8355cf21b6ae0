package org.convscope.ui.stepper;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/**
 * A written-out sum that wraps like text, e.g. "0.12×0.35 + 0×(−0.21) + … = 0.04". The labels are
 * reused from step to step, so the animation does not rebuild the scene graph on every frame.
 */
public final class Terms extends FlowPane {

    public Terms() {
        getStyleClass().add("terms");
        setHgap(0);
        setVgap(2);
    }

    /** Texts in order; each with its style class ("term", "op", "result", …). */
    public void set(List<String> texts, List<String> styles) {
        var kids = getChildren();
        while (kids.size() > texts.size()) kids.remove(kids.size() - 1);
        while (kids.size() < texts.size()) kids.add(new Label());
        for (int i = 0; i < texts.size(); i++) {
            Label l = (Label) kids.get(i);
            l.setText(texts.get(i));
            String style = styles.get(i);
            if (l.getStyleClass().size() != 2 || !l.getStyleClass().get(1).equals(style)) l.getStyleClass().setAll("label", style);
        }
    }
}
