package org.convscope.engine.explain;

import org.convscope.engine.tensor.Tensor;

/**
 * Grad-CAM (Selvaraju et al. 2017) as Keras' example computes it: for the maps A_k of a convolution
 * layer (after its activation), α_k = mean over positions of ∂y_c/∂A_k, and the map is
 * ReLU(Σ_k α_k A_k) at the layer's resolution. Keras' example then divides by the maximum; here the
 * map stays as defined and a view scales it for display.
 */
final class GradCam {
    private GradCam() {
    }

    /** a, dA: [1,h,w,K] (the layer's output and the score's gradient there); returns [h·w]. */
    static float[] map(Tensor a, Tensor dA) {
        int k = a.shape().channels(), positions = a.shape().height() * a.shape().width();
        float[] av = a.data(), gv = dA.data();
        double[] alpha = new double[k];
        for (int p = 0; p < positions; p++) {
            for (int ch = 0; ch < k; ch++) alpha[ch] += gv[p * k + ch];
        }
        for (int ch = 0; ch < k; ch++) alpha[ch] /= positions;
        float[] cam = new float[positions];
        for (int p = 0; p < positions; p++) {
            double s = 0;
            for (int ch = 0; ch < k; ch++) s += alpha[ch] * av[p * k + ch];
            cam[p] = (float) Math.max(0, s);
        }
        return cam;
    }
}
