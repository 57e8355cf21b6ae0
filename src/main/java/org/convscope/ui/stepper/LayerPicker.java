package org.convscope.ui.stepper;

import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import org.convscope.engine.layer.spec.LayerInfo;
import org.convscope.engine.model.Inspection;
import org.convscope.ui.common.I18n;

/**
 * "Layer [conv2d_1 · 3×3 · 1 → 32 channels]": which layer of its kind a stepper shows, in step with
 * its model's choice both ways. Each entry is named from the current inspection, so the names follow
 * the architecture.
 */
public final class LayerPicker extends HBox {
    private final ObservableValue<Inspection> inspection;
    private final Function<LayerInfo, ObservableValue<String>> describe;
    private final ComboBox<Integer> layers;

    /**
     * @param titleKey the label before the chooser
     * @param describe an entry's text, from what the model spec says of that layer
     */
    public LayerPicker(LayerStepperModel<?, ?> model, I18n i18n, String titleKey, Function<LayerInfo, ObservableValue<String>> describe) {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        inspection = model.inspection();
        this.describe = describe;
        layers = new ComboBox<>(model.layerChoices());
        layers.setFocusTraversable(false);
        layers.setCellFactory(v -> new LayerCell());
        layers.setButtonCell(new LayerCell());
        layers.valueProperty().addListener((o, a, b) -> {
            if (b != null) model.layerProperty().set(b);
        });
        model.layerProperty().addListener((o, a, b) -> layers.setValue(b.intValue() < 0 ? null : b.intValue()));
        if (model.layerProperty().get() >= 0) layers.setValue(model.layerProperty().get());
        model.layerChoices().addListener((ListChangeListener<Integer>) c -> {
            layers.setButtonCell(new LayerCell()); // names may have changed with the architecture
            layers.setValue(model.layerProperty().get() < 0 ? null : model.layerProperty().get());
        });
        Label title = new Label();
        title.textProperty().bind(i18n.bind(titleKey));
        getChildren().addAll(title, layers);
    }

    /** The chooser itself: for its id, or to disable it while the stepper shows something else. */
    public ComboBox<Integer> comboBox() {
        return layers;
    }

    /** One entry: a spec index, shown by what {@code describe} says of that layer. */
    private final class LayerCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer specIndex, boolean empty) {
            super.updateItem(specIndex, empty);
            textProperty().unbind();
            Inspection ins = inspection.getValue();
            if (empty || specIndex == null || ins == null) {
                setText(null);
                return;
            }
            textProperty().bind(describe.apply(ins.spec().infer().get(specIndex)));
        }
    }
}
