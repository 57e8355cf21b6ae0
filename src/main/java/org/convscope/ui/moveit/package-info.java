/**
 * Move it: the probe image (a test image or the drawn digit) shifted from −6 to +6 pixels, with the
 * class the network reads at every shift and, layer by layer, how much each map changes for a 1-,
 * 2- and 3-pixel shift; side by side with the network without pooling once the pooling experiment
 * has been run. The numbers come from {@code training.shift}, on the engine's own forward pass.
 */
package org.convscope.ui.moveit;
