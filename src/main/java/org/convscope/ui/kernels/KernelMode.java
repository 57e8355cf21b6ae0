package org.convscope.ui.kernels;

/** How a layer's weights are drawn. */
public enum KernelMode {
    /** One row per filter, one column per input channel, each cell a kh×kw kernel W[f][c]. */
    GRID,
    /** One image per filter: its kernels averaged over the input channels. */
    PER_FILTER,
    /** One grey image per filter, for layers that see a single channel (the first conv layer): edge and blob detectors. */
    PATCHES,
    /** The weights as one matrix: a row per filter, a column per input (what the layer multiplies by). */
    MATRIX;

    public boolean availableFor(WeightLayer l) {
        return this != PATCHES || (l.channels() == 1 && l.kh() > 1);
    }

    /** This mode if {@code l} can be drawn so, else the grid. */
    public KernelMode on(WeightLayer l) {
        return availableFor(l) ? this : GRID;
    }

    /** One image per filter, shown as tiles. */
    public boolean tiled() {
        return this == PER_FILTER || this == PATCHES;
    }
}
