package org.convscope.ui.stepper;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.convscope.ui.common.I18n;

/**
 * The look both steppers share: their common stylesheet, the framed, titled panels their stages
 * are built of (input, kernel or window, output side by side), and the message in place of the
 * stage when the model has no layer of the kind.
 */
public final class StepperLook {
    /** stepper.css: panels, written-out sums, pickers, the playback bar; each stepper adds its own sheet after it. */
    public static final String STYLESHEET = StepperLook.class.getResource("stepper.css").toExternalForm();

    private StepperLook() {
    }

    /** A panel's bold title, wrapping when the panel is narrow. */
    public static Label title() {
        Label l = new Label();
        l.getStyleClass().add("panel-title");
        l.setWrapText(true);
        return l;
    }

    /** A framed panel: the title above its content, centred; grids in it take the height there is. */
    public static VBox panel(Label title, Node... content) {
        VBox v = new VBox(4, title);
        v.getChildren().addAll(content);
        v.getStyleClass().add("stage-panel");
        v.setAlignment(Pos.TOP_CENTER);
        for (Node n : content) if (n instanceof CellGrid) VBox.setVgrow(n, Priority.ALWAYS);
        return v;
    }

    /** The message {@code key} in place of {@code stage}, shown while {@code model} has nothing to step through. */
    public static Label emptyMessage(I18n i18n, String key, StepperModel<?, ?> model, Node stage) {
        Label l = new Label();
        l.textProperty().bind(i18n.bind(key));
        l.getStyleClass().add("empty-message");
        l.visibleProperty().bind(Bindings.isNull(model.currentProperty()));
        l.managedProperty().bind(l.visibleProperty());
        stage.visibleProperty().bind(l.visibleProperty().not());
        return l;
    }
}
