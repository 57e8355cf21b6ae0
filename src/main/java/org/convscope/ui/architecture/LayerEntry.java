package org.convscope.ui.architecture;

import org.convscope.engine.layer.spec.LayerInfo;
import org.convscope.engine.layer.spec.LayerSpec;

/**
 * One layer as the view shows it: inferred by the engine ({@link #info} set), the layer the engine
 * could not build ({@link #error} set), or a layer after that one, whose input is unknown (neither).
 */
public record LayerEntry(int index, LayerSpec spec, LayerInfo info, String error) {

    public boolean resolved() {
        return info != null;
    }

    public boolean failed() {
        return error != null;
    }
}
