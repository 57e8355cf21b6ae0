package org.convscope.engine.reference;

import org.convscope.engine.tensor.Shape;

/**
 * One layer of the reference engine: the textbook definition in double precision, channels-first
 * ({@code [N,C,H,W]} for images, {@code [N,K]} for vectors), parameters in the model file's
 * (PyTorch) layout. It is the oracle the fast float engine is tested against, so it favours plain
 * loops over speed and keeps no state: backward recomputes whatever it needs from {@code x}.
 */
public interface ReferenceLayer {

    Shape inputShape();

    Shape outputShape();

    /** Number of parameters, file layout (weights then bias); 0 for layers that learn nothing. */
    default int paramCount() {
        return 0;
    }

    /**
     * The layer's output. x: [N, input...]; params[off, off+paramCount) in file layout.
     * Returns y: [N, output...].
     */
    double[] forward(double[] x, int n, double[] params, int off);

    /**
     * Back-propagation through the layer. x: [N, input...] (the forward input), dy: [N, output...]
     * = dL/dy. Adds dL/d(params) into grads[off, off+paramCount) and returns dx: [N, input...] = dL/dx.
     */
    double[] backward(double[] x, int n, double[] params, int off, double[] dy, double[] grads);
}
