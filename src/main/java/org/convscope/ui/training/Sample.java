package org.convscope.ui.training;

/** One dataset image for a thumbnail: 0..1 pixels, H×W, and its label. */
public record Sample(int index, float[] pixels, int width, int height, int label) {
}
