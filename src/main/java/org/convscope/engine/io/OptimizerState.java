package org.convscope.engine.io;

import java.util.Arrays;
import java.util.Objects;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.optim.Optimizer;
import org.convscope.engine.optim.OptimizerConfig;

/**
 * An optimizer's state, saved so a training can resume where it stopped: its settings, the steps
 * taken, and its arrays (Adam: m then v; SGD with momentum: the velocity; plain SGD: none).
 *
 * <p>Each array holds one value per parameter in the <em>file</em> layout, parallel to the
 * weights ({@link Sequential#exportWeights()}), not in the engine's memory layout, so other tools
 * can read it like the weights. {@link #capture} and {@link #restore} convert.
 *
 * <p>The arrays are not copied by the constructor; treat them as read-only.
 */
public record OptimizerState(OptimizerConfig config, long steps, float[][] arrays) {

    public OptimizerState {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(arrays, "arrays");
        if (steps < 0) throw new IllegalArgumentException("steps must not be negative: " + steps);
        int expected = arrayCount(config);
        if (arrays.length != expected) {
            throw new IllegalArgumentException(config.kind() + " keeps " + expected + " state arrays, got " + arrays.length);
        }
        for (float[] a : arrays) {
            Objects.requireNonNull(a, "state array");
            if (a.length != arrays[0].length) throw new IllegalArgumentException("state arrays differ in length");
        }
    }

    /** How many arrays an optimizer of this configuration keeps (Adam 2, SGD with momentum 1, plain SGD 0). */
    public static int arrayCount(OptimizerConfig config) {
        return Optimizer.create(config, 1).state().length;
    }

    /** Values per array (the model's parameter count), or 0 when there are no arrays. */
    public int length() {
        return arrays.length == 0 ? 0 : arrays[0].length;
    }

    /** A copy of {@code optimizer}'s current state, converted to file layout with {@code model}'s layers. */
    public static OptimizerState capture(Sequential model, Optimizer optimizer) {
        float[][] live = optimizer.state();
        float[][] file = new float[live.length][];
        Sequential scratch = live.length == 0 ? null : Sequential.build(model.spec(), 0);
        for (int i = 0; i < live.length; i++) {
            if (live[i].length != model.paramCount()) {
                throw new IllegalArgumentException("optimizer state array " + i + " has " + live[i].length
                        + " values but the model has " + model.paramCount() + " parameters");
            }
            scratch.copyParamsFrom(live[i]);
            file[i] = scratch.exportWeights();
        }
        return new OptimizerState(optimizer.config(), optimizer.steps(), file);
    }

    /** A new optimizer for {@code model} that continues from this state. */
    public Optimizer restore(Sequential model) {
        int n = model.paramCount();
        if (arrays.length > 0 && length() != n) {
            throw new IllegalArgumentException("optimizer state holds " + length() + " values per array but the model has "
                    + n + " parameters");
        }
        Optimizer optimizer = Optimizer.create(config, n);
        float[][] memory = new float[arrays.length][];
        Sequential scratch = arrays.length == 0 ? null : Sequential.build(model.spec(), 0);
        for (int i = 0; i < arrays.length; i++) {
            scratch.importWeights(arrays[i]);
            memory[i] = scratch.params().clone();
        }
        optimizer.restore(steps, memory);
        return optimizer;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OptimizerState s && config.equals(s.config) && steps == s.steps
                && Arrays.deepEquals(arrays, s.arrays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(config, steps) * 31 + Arrays.deepHashCode(arrays);
    }

    @Override
    public String toString() {
        return "OptimizerState[" + config + ", steps=" + steps + ", " + arrays.length + " arrays of " + length() + "]";
    }
}
