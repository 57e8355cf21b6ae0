/**
 * What the convolution and the pooling stepper share, so that neither reaches into the other: the
 * playback of a window over an output map (position, play and pause, keys, the bar), the chooser of a
 * layer of one kind and the model it feeds, the grid of coloured cells they draw maps in, written-out
 * sums, numbers as they print them, and their common look. Used by {@code ui.convstep} and
 * {@code ui.poolstep} only; it imports nothing from either.
 */
package org.convscope.ui.stepper;
