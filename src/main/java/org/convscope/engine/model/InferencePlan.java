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
    private final List<Step> described = new ArrayList<>();

    /** What one step of a plan runs: runtime layers [first, first + count) of the model, by their kinds. */
    public record Step(String name, int first, int count) {
    }

    private InferencePlan(Sequential replica) {
        List<Layer> layers = replica.layers();
        int end = layers.size();
        if (layers.get(end - 1) instanceof ActivationLayer a && a.function() == Activation.SOFTMAX) end--;
        for (int i = 0; i < end; ) {
            ConvReluPool fused = ConvReluPool.startingAt(layers, i, end);
            int count = fused != null ? fused.layerCount() : 1;
            StringBuilder name = new StringBuilder(layers.get(i).kind());
            for (int j = i + 1; j < i + count; j++) name.append('+').append(layers.get(j).kind());
            described.add(new Step(name.toString(), i, count));
            if (fused != null) {
                steps.add(fused::forward);
            } else {
                Layer layer = layers.get(i);
                steps.add(t -> layer.forward(t, false));
            }
            i += count;
        }
    }

    /** A plan for {@code model}'s architecture and (live) weights. */
    public static InferencePlan of(Sequential model) {
        return new InferencePlan(model.replica());
    }

    /** The steps, in order (for profiles). */
    public List<Step> steps() {
        return List.copyOf(described);
    }

    /** {@link #logits}, adding each step's time to nanos[step] (for profiles). */
    public Tensor logits(Tensor x, long[] nanos) {
        Tensor t = x;
        for (int i = 0; i < steps.size(); i++) {
            long start = System.nanoTime();
            t = steps.get(i).apply(t);
            nanos[i] += System.nanoTime() - start;
        }
        return t;
    }

    /** Logits for a batch. x: [N,H,W,C] of the model's input shape -> [N, classes] (owned by the plan, overwritten by the next call) */
    public Tensor logits(Tensor x) {
        Tensor t = x;
        for (int i = 0; i < steps.size(); i++) t = steps.get(i).apply(t);
        return t;
    }
}
