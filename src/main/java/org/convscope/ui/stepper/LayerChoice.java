package org.convscope.ui.stepper;

import java.util.List;
import java.util.function.ToIntFunction;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Which of the model's layers of one kind a stepper shows (the convolution and the pooling stepper
 * each keep one): the layers of the latest inspection, their spec indices for the chooser, and the
 * chosen index, which survives new weights and falls back to the first layer when its layer is gone.
 */
public final class LayerChoice<T> {
    private final ToIntFunction<T> specIndex;
    private final ObservableList<Integer> choices = FXCollections.observableArrayList();
    private final IntegerProperty chosen = new SimpleIntegerProperty(-1); // spec index, -1 for none
    private List<T> layers = List.of();

    public LayerChoice(ToIntFunction<T> specIndex) {
        this.specIndex = specIndex;
    }

    /** Takes the layers of a new inspection (in order); the choice changes only if its layer is gone. */
    public void setLayers(List<T> layers) {
        this.layers = List.copyOf(layers);
        List<Integer> indices = this.layers.stream().map(specIndex::applyAsInt).toList();
        if (!indices.equals(choices)) choices.setAll(indices);
        if (!indices.contains(chosen.get())) chosen.set(indices.isEmpty() ? -1 : indices.get(0));
    }

    /** The chosen layer, or null when the model has none of this kind. */
    public T chosenLayer() {
        return layers.stream().filter(t -> specIndex.applyAsInt(t) == chosen.get()).findFirst().orElse(null);
    }

    /** Spec indices of the model's layers of this kind. */
    public ObservableList<Integer> choices() {
        return choices;
    }

    public IntegerProperty chosenProperty() {
        return chosen;
    }
}
