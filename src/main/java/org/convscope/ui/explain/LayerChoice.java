package org.convscope.ui.explain;

/** A convolution layer Grad-CAM can look at: its architecture index (from 0) and Keras name ({@code conv2d_2}). */
public record LayerChoice(int index, String name) {
}
