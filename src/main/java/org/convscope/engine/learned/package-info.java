/**
 * What a trained network has learned, read off its weights and a test set: each convolution filter's
 * {@link org.convscope.engine.learned.TopPatches top patches} (Zeiler and Fergus 2014), found in one pass with
 * taps and cropped to the filter's {@link org.convscope.engine.learned.ReceptiveField receptive field}; the input
 * that a filter or a class likes most, grown by gradient ascent ({@link
 * org.convscope.engine.learned.FeatureVisualization}, Olah et al. 2017); and a flat layer's activations for many
 * images ({@link org.convscope.engine.learned.Activations}) laid out in 2-D by {@link
 * org.convscope.engine.learned.Pca PCA} or {@link org.convscope.engine.learned.Tsne t-SNE}.
 *
 * <p>Pure functions of the weights and the images they are given: no JavaFX, no dataset loading (images come
 * through an {@link org.convscope.engine.learned.ImageSource}), and every model used here is built from a copy of
 * the weights or is a replica nobody trains. Tensors are the engine's, NHWC; images handed in and out are
 * {@code [C,H,W]}, as files and views keep them.
 */
package org.convscope.engine.learned;
