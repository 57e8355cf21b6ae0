package org.convscope.ui.editor;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.convscope.engine.layer.spec.LayerSpec;

/**
 * One layer of the draft. Its settings change by replacing its spec; the layer itself stays, so
 * the row editing it keeps its controls (and the focus) while the student types.
 */
public final class LayerDraft {
    private final ObjectProperty<LayerSpec> spec;

    public LayerDraft(LayerSpec spec) {
        this.spec = new SimpleObjectProperty<>(spec);
    }

    public ObjectProperty<LayerSpec> specProperty() {
        return spec;
    }

    public LayerSpec spec() {
        return spec.get();
    }

    public LayerKind kind() {
        return LayerKind.of(spec.get());
    }
}
