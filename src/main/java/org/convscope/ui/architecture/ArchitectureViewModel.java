package org.convscope.ui.architecture;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.convscope.engine.layer.spec.ModelSpec;

/**
 * The architecture view's state: the engine's account of the current {@link ModelSpec}, and which
 * formula factor the pointer is on with what it lights up. Inferring a model is a few hundred
 * multiplications, so it runs on the caller's thread whenever the spec changes.
 */
public final class ArchitectureViewModel {
    private final ReadOnlyObjectWrapper<Architecture> architecture = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Factor> hovered = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<List<Highlight>> highlights = new ReadOnlyObjectWrapper<>(List.of());

    /** Follows {@code spec}; a null spec shows nothing. */
    public ArchitectureViewModel(ObservableValue<ModelSpec> spec) {
        spec.addListener((o, a, b) -> show(b));
        show(spec.getValue());
        hovered.addListener((o, a, b) -> highlights.set(b == null ? List.of() : b.highlights()));
    }

    private void show(ModelSpec spec) {
        hovered.set(null); // the factor under the pointer belonged to the old model
        architecture.set(spec == null ? null : Architecture.of(spec));
    }

    public ReadOnlyObjectProperty<Architecture> architectureProperty() {
        return architecture.getReadOnlyProperty();
    }

    public Architecture architecture() {
        return architecture.get();
    }

    /** The formula factor under the pointer, or null. */
    public ObjectProperty<Factor> hoveredProperty() {
        return hovered;
    }

    /** What the hovered factor counts, in the drawn stack; empty when nothing is hovered. */
    public ReadOnlyObjectProperty<List<Highlight>> highlightsProperty() {
        return highlights.getReadOnlyProperty();
    }
}
