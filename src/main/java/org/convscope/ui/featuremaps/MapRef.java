package org.convscope.ui.featuremaps;

/** One map of one layer output: the one the user enlarged. */
public record MapRef(int tapIndex, int channel) {
}
