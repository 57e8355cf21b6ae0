package org.convscope.ui.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.convscope.engine.layer.spec.ArchitectureException;
import org.convscope.engine.layer.spec.LayerInfo;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.tensor.Shape;

/**
 * A model as the architecture view shows it: every layer with the engine's own shapes, formulas
 * and work, or, for an architecture that cannot be built, the layers before the offending one, the
 * offending one with the engine's reason, and the rest unresolved.
 *
 * @param error the engine's message when the model cannot be built as a whole (no layer to
 *              blame), else null
 */
public record Architecture(Shape input, List<LayerEntry> layers, String error) {

    public Architecture {
        Objects.requireNonNull(input);
        layers = List.copyOf(layers);
    }

    /** Asks the engine about {@code spec}; never throws for an invalid architecture. */
    public static Architecture of(ModelSpec spec) {
        try {
            List<LayerEntry> entries = new ArrayList<>();
            for (LayerInfo info : spec.infer()) entries.add(new LayerEntry(info.index(), info.spec(), info, null));
            return new Architecture(spec.input(), entries, null);
        } catch (ArchitectureException e) {
            return broken(spec, e);
        }
    }

    private static Architecture broken(ModelSpec spec, ArchitectureException e) {
        int bad = e.layerIndex();
        if (bad < 0 || bad >= spec.layers().size()) {
            List<LayerEntry> entries = new ArrayList<>();
            for (int i = 0; i < spec.layers().size(); i++) entries.add(new LayerEntry(i, spec.layers().get(i), null, null));
            return new Architecture(spec.input(), entries, e.getMessage());
        }
        // the layers before the offending one are fine: the engine infers them on their own
        List<LayerInfo> prefix = bad == 0 ? List.of() : new ModelSpec(spec.input(), spec.layers().subList(0, bad)).infer();
        List<LayerEntry> entries = new ArrayList<>();
        for (LayerInfo info : prefix) entries.add(new LayerEntry(info.index(), info.spec(), info, null));
        entries.add(new LayerEntry(bad, spec.layers().get(bad), null, e.getMessage()));
        for (int i = bad + 1; i < spec.layers().size(); i++) entries.add(new LayerEntry(i, spec.layers().get(i), null, null));
        return new Architecture(spec.input(), entries, null);
    }

    /** True when every layer could be built. */
    public boolean valid() {
        return error == null && layers.stream().allMatch(LayerEntry::resolved);
    }

    /** The first layer the engine refused, or null. */
    public LayerEntry failedLayer() {
        return layers.stream().filter(LayerEntry::failed).findFirst().orElse(null);
    }

    /** The shape entering layer {@code index}, or null when it is unknown. */
    public Shape inputOf(int index) {
        if (index == 0) return input;
        LayerEntry before = layers.get(index - 1);
        return before.resolved() ? before.info().output() : null;
    }

    public long totalParams() {
        return sum(LayerInfo::params);
    }

    /** Every parameter here is learned by gradient descent (there is no frozen layer or batch-norm statistic). */
    public long trainableParams() {
        return totalParams();
    }

    public long nonTrainableParams() {
        return 0;
    }

    public long totalMacs() {
        return sum(LayerInfo::macs);
    }

    public long totalActivationBytes() {
        return sum(LayerInfo::activationBytes);
    }

    private long sum(java.util.function.ToLongFunction<LayerInfo> f) {
        return layers.stream().filter(LayerEntry::resolved).map(LayerEntry::info).mapToLong(f).sum();
    }
}
