package org.convscope.training.shift;

import java.util.List;

/**
 * Move it for one network and one image: the prediction grid and, for shifts of {@code sizes} pixels,
 * every layer's change.
 */
public record ShiftReport(ShiftGrid grid, int[] sizes, List<LayerShift> layers) {

    public ShiftReport {
        layers = List.copyOf(layers);
    }
}
