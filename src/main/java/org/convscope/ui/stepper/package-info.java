/**
 * What the convolution and the pooling stepper share, so that neither reaches into the other: the
 * model base (what is stepped through, the layer of one kind chosen from the probe's inspection, the
 * window's place among the output cells) and its playback with the bar and the keys; the layer and
 * index pickers; the grid of coloured cells they draw maps in, written-out sums and numbers as they
 * print them; redrawing only while shown; and their common look. Used by {@code ui.convstep} and
 * {@code ui.poolstep}; it imports neither (LayeringTest checks).
 */
package org.convscope.ui.stepper;
