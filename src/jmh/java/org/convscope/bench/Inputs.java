package org.convscope.bench;

import java.util.SplittableRandom;
import org.convscope.engine.kernel.Simd;

/**
 * Fixed-seed inputs for the benchmarks, so every run times the same numbers. The values only need
 * to look like the real ones (no zeros where the model has none, no NaN or subnormals, which would
 * change the timings); their exact distribution does not matter to the kernels.
 */
final class Inputs {
    private Inputs() {
    }

    /** n values uniform in [lo, hi). */
    static float[] uniform(int n, float lo, float hi, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] a = new float[n];
        for (int i = 0; i < n; i++) a[i] = lo + (hi - lo) * (float) rng.nextDouble();
        return a;
    }

    /** n values as a ReLU leaves them: about half exactly 0, the rest uniform in (0, 1). */
    static float[] afterRelu(int n, long seed) {
        float[] a = uniform(n, -1f, 1f, seed);
        for (int i = 0; i < n; i++) a[i] = Math.max(a[i], 0f);
        return a;
    }

    /**
     * Refuses to time the scalar fallback by accident: without {@code --add-modules
     * jdk.incubator.vector} in the forked JVM the engine silently runs its scalar kernels. Pass
     * {@code -Dconvscope.scalar=true} to the fork (JMH {@code -jvmArgsAppend}) to time them on purpose.
     */
    static void requireVectorApiUnlessScalarWanted() {
        if (!Simd.available() && !Boolean.getBoolean("convscope.scalar")) {
            throw new IllegalStateException("the benchmark JVM runs without jdk.incubator.vector: the numbers would be the scalar kernels'");
        }
    }
}
