package org.convscope.ui.stepper;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.convscope.engine.model.Inspection;

/**
 * A stepper over the layers of one kind in the probe's {@link Inspection} (the conv layers, the
 * pooling layers), and which of them it shows. New weights arrive as a new inspection: the chosen
 * layer and the window's place stay and only the numbers change; the choice falls back to the first
 * layer when its layer is gone, and another layer starts at its first cell.
 *
 * <p>A subclass calls {@link #reload()} last in its constructor, once its own state exists.
 */
public abstract class LayerStepperModel<T, S> extends StepperModel<T, S> {
    private final ObservableValue<Inspection> inspection;
    private final Function<Inspection, List<T>> layersOf;
    private final ToIntFunction<T> specIndex;
    private final ObservableList<Integer> choices = FXCollections.observableArrayList();
    private final IntegerProperty chosen = new SimpleIntegerProperty(-1); // spec index, -1 for none
    private List<T> layers = List.of();

    /**
     * @param layersOf  the layers of this kind in an inspection, in order
     * @param specIndex a layer's index in the model spec (what the chooser lists)
     */
    protected LayerStepperModel(ObservableValue<Inspection> inspection, Function<Inspection, List<T>> layersOf,
                                ToIntFunction<T> specIndex) {
        this.inspection = inspection;
        this.layersOf = layersOf;
        this.specIndex = specIndex;
        inspection.addListener((o, a, b) -> reload());
        chosen.addListener((o, a, b) -> select());
    }

    /** Takes the layers of the current inspection; the choice changes only if its layer is gone. */
    protected final void reload() {
        Inspection ins = inspection.getValue();
        layers = ins == null ? List.of() : List.copyOf(layersOf.apply(ins));
        List<Integer> indices = layers.stream().map(specIndex::applyAsInt).toList();
        if (!indices.equals(choices)) choices.setAll(indices);
        if (!indices.contains(chosen.get())) chosen.set(indices.isEmpty() ? -1 : indices.get(0));
        select();
    }

    /** Shows the chosen layer, from its first cell if it is another layer than the one shown. */
    protected final void select() {
        T before = currentProperty().get(), now = chosen();
        show(now, now != null && (before == null || !sameLayer(before, now)));
    }

    /** What to show: the chosen layer, null when the model has none of this kind (a subclass may offer an example). */
    protected T chosen() {
        return layers.stream().filter(t -> specIndex.applyAsInt(t) == chosen.get()).findFirst().orElse(null);
    }

    /** The same layer with new numbers: same place in the model, same window. */
    protected boolean sameLayer(T before, T now) {
        return specIndex.applyAsInt(before) == specIndex.applyAsInt(now) && window(before).equals(window(now));
    }

    public ObservableValue<Inspection> inspection() {
        return inspection;
    }

    /** Spec indices of the model's layers of this kind. */
    public ObservableList<Integer> layerChoices() {
        return choices;
    }

    /** The chosen layer's spec index, −1 when the model has none of this kind. */
    public IntegerProperty layerProperty() {
        return chosen;
    }
}
