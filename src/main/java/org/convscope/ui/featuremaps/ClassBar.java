package org.convscope.ui.featuremaps;

/** One class's probability for the bar chart; {@code top} marks the network's prediction. */
public record ClassBar(int label, float probability, boolean top) {
}
