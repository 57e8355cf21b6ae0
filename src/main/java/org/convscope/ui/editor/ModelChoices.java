package org.convscope.ui.editor;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.layer.spec.Preset;
import org.convscope.ui.common.I18n;

/**
 * The architectures the model chooser offers: the presets, then the student's own network (the
 * latest valid draft, or a loaded model that is no preset). There is one slot for it, replaced as
 * the draft changes, so the list stays short.
 */
public final class ModelChoices {
    private final ObservableList<ModelSpec> items = FXCollections.observableArrayList();
    private final ObservableList<ModelSpec> readOnly = FXCollections.unmodifiableObservableList(items);
    private ModelSpec custom;

    public ModelChoices() {
        for (Preset p : Preset.values()) items.add(p.spec());
    }

    public ObservableList<ModelSpec> items() {
        return readOnly;
    }

    /** Offers {@code spec} as the student's own network, unless it is a preset. */
    void offer(ModelSpec spec) {
        if (spec == null || Preset.of(spec).isPresent() || spec.equals(custom)) return;
        if (custom == null) items.add(spec);
        else items.set(items.size() - 1, spec);
        custom = spec;
    }

    /** The name shown for {@code spec}: a preset's name, or "Your network" with its compact notation. */
    public String name(ModelSpec spec, I18n i18n) {
        if (spec == null) return "";
        return Preset.of(spec).map(p -> i18n.get("editor.preset." + p.id()))
                .orElseGet(() -> i18n.get("editor.choice.custom", spec.toCompact()));
    }
}
