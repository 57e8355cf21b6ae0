/**
 * Why a model decides as it does, for one image: the gradient of a class score with respect to the input or
 * to any layer's output ({@link org.convscope.engine.explain.Backprop}), and from it the textbook attribution
 * maps: saliency and gradient × input (Simonyan et al. 2014; Shrikumar et al. 2016), SmoothGrad (Smilkov et
 * al. 2017), Grad-CAM as Keras' example computes it (Selvaraju et al. 2017), and occlusion sensitivity
 * (Zeiler and Fergus 2014). {@link org.convscope.engine.explain.Explainer} runs them all on a model of its own,
 * built from a copy of the weights, so a snapshot can be explained on one thread while training goes on in
 * another: no optimizer step is taken and nobody else's weights, gradients or taps are written.
 *
 * <p>Scores are the logits (before softmax) unless the loss is asked for; maps come out at the input's
 * resolution, row-major {@code [H·W]}, with no normalisation (a view scales them for display). Tensors are
 * the engine's, NHWC: {@code [N,H,W,C]} with N examples, K classes.
 */
package org.convscope.engine.explain;
