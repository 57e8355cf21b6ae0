package org.convscope.ui.featuremaps;

import java.util.List;
import org.convscope.engine.model.Inspection;
import org.convscope.ui.common.Normalization;

/** Everything the view paints for one inspection: the layer groups in order and the class bars. */
public record MapsFrame(Inspection inspection, Normalization normalization, List<LayerGroup> groups, List<ClassBar> classes) {

    public MapsFrame {
        groups = List.copyOf(groups);
        classes = List.copyOf(classes);
    }

    /** The painted output of runtime layer {@code tapIndex} (or the input), or null if it is not shown. */
    public TapImage tap(int tapIndex) {
        for (LayerGroup g : groups) {
            for (TapImage t : g.taps()) if (t.tapIndex() == tapIndex) return t;
        }
        return null;
    }

    /** The group holding runtime layer {@code tapIndex}. */
    public LayerGroup groupOf(int tapIndex) {
        for (LayerGroup g : groups) {
            for (TapImage t : g.taps()) if (t.tapIndex() == tapIndex) return g;
        }
        return null;
    }

    /** Which taps are shown, with their shapes: when it is unchanged the view updates pixels in place. */
    public List<String> structure() {
        return groups.stream().flatMap(g -> g.taps().stream()).map(t -> t.tapIndex() + ":" + t.kind() + ":" + t.shape()).toList();
    }
}
