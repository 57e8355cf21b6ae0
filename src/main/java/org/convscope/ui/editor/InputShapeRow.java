package org.convscope.ui.editor;

import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.HBox;
import org.convscope.engine.tensor.Shape;
import org.convscope.ui.common.I18n;

/**
 * "Input [28] × [28] × [1]": the images the draft reads, height × width × channels as Keras'
 * input_shape. 3 channels make a colour photo; the formulas and the Keras code follow at once.
 */
final class InputShapeRow extends HBox {
    static final int MAX_SIDE = 256, MAX_CHANNELS = 64;
    private final ObjectProperty<Shape> input;
    private final Spinner<Integer> height, width, channels;
    private boolean updating;

    InputShapeRow(ObjectProperty<Shape> input, I18n i18n) {
        super(4);
        this.input = input;
        getStyleClass().add("layer-input");
        setAlignment(Pos.CENTER_LEFT);
        Label title = new Label();
        title.textProperty().bind(i18n.bind("editor.inputShape"));
        height = spinner("inputHeight", MAX_SIDE);
        width = spinner("inputWidth", MAX_SIDE);
        channels = spinner("inputChannels", MAX_CHANNELS);
        Label hint = new Label();
        hint.textProperty().bind(i18n.bind("editor.inputShape.hint"));
        hint.getStyleClass().add("input-hint");
        hint.setMinWidth(0);
        getChildren().addAll(title, height, times(), width, times(), channels, hint);
        show(input.get());
        input.addListener((o, a, b) -> show(b));
    }

    private Spinner<Integer> spinner(String id, int max) {
        Spinner<Integer> s = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, max, 1));
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(78);
        s.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) input.set(Shape.image(channels.getValue(), height.getValue(), width.getValue()));
        });
        return s;
    }

    private static Label times() {
        return new Label("\u00d7");
    }

    private void show(Shape s) {
        if (s == null || !s.isImage()) return;
        updating = true;
        try {
            height.getValueFactory().setValue(s.height());
            width.getValueFactory().setValue(s.width());
            channels.getValueFactory().setValue(s.channels());
        } finally {
            updating = false;
        }
    }
}
