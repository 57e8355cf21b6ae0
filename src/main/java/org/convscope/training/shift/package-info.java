/**
 * Move it: an image shifted a few pixels and run through the engine's own forward pass, to show
 * what the course claims of pooling. The prediction for every shift from −6 to +6 in x and y, and,
 * layer by layer, how far each map moves away from the unshifted image's: compared with that map
 * shifted alike (near zero in the convolutions, which move with the input) and in place (large in the
 * first convolution, smaller after each pooling).
 */
package org.convscope.training.shift;
