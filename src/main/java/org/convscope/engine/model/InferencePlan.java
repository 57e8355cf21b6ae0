package org.convscope.engine.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.convscope.engine.layer.ActivationLayer;
import org.convscope.engine.layer.ConvReluPool;
import org.convscope.engine.layer.Layer;
import org.convscope.engine.layer.spec.Activation;
import org.convscope.engine.tensor.Tensor;

/**
 * Logits without taps, for callers that read nothing else (evaluation, the Test results view,
 * benchmarks): each convolution with the ReLU and max pooling after it runs as one fused step
 * ({@link ConvReluPool}), every other layer as itself. The logits are bit for bit those of
 * {@link Sequential#forward} in inference mode.
 *
 * <p>A plan runs on a replica of its model: the model's weights (so it follows training), buffers
 * of its own (so the model's taps, which the views read, stay as they were). Not thread-safe: one
 * plan per thread.
 */
public final class InferencePlan {
    private final List<UnaryOperator<Tensor>> steps = new ArrayList<>();

    private InferencePlan(Sequential replica) {
        List<Layer> layers = replica.layers();
        int end = layers.size();
        if (layers.get(end - 1) instanceof ActivationLayer a && a.function() == Activation.SOFTMAX) end--;
        for (int i = 0; i < end; ) {
            ConvReluPool fused = ConvReluPool.startingAt(layers, i, end);
            if (fused != null) {
                steps.add(fused::forward);
                i += fused.layerCount();
            } else {
                Layer layer = layers.get(i++);
                steps.add(t -> layer.forward(t, false));
            }
        }
    }

    /** A plan for {@code model}'s architecture and (live) weights. */
    public static InferencePlan of(Sequential model) {
        return new InferencePlan(model.replica());
    }

    /** Logits for a batch. x: [N,H,W,C] of the model's input shape -> [N, classes] (owned by the plan, overwritten by the next call) */
    public Tensor logits(Tensor x) {
        Tensor t = x;
        for (int i = 0; i < steps.size(); i++) t = steps.get(i).apply(t);
        return t;
    }
}
