package org.convscope.bench;

import java.util.concurrent.TimeUnit;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.optim.Optimizer;
import org.convscope.engine.optim.OptimizerConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One Adam step over all 93,322 parameters of the course model, on one thread, through the
 * Optimizer API a training step uses (beginStep, then update). Memory-bound: the plain update
 * streams 4 arrays (w, g, m, v) of 365 KB each.
 *
 * <p>{@code updateSummingFourChunks} is what DataParallel.trainStep calls for a batch of 32: the
 * gradient arrives as 4 per-chunk parts (8 images each), summed into grads and applied in one pass.
 * (trainStep hands the parameter range to its workers in 16 slices; this times the whole range.)
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class AdamBench {
    static final int CHUNKS = CourseModel.BATCH / CourseModel.TRAIN_CHUNK; // 4

    int n;            // 93,322
    Optimizer adam;
    float[] params;   // params: [n], the model's flat parameter array
    float[] grads;    // grads:  [n]
    float[][] parts;  // parts:  [4][n], one gradient per 8-image chunk

    @Setup
    public void setUp() {
        Inputs.requireVectorApiUnlessScalarWanted();
        n = Math.toIntExact(ModelSpec.course().totalParams());
        if (n != 93_322) throw new IllegalStateException("the course model has " + n + " parameters, expected 93,322");
        adam = Optimizer.create(OptimizerConfig.adam(), n);
        params = Inputs.uniform(n, -0.1f, 0.1f, 41);
        // gradients of ~1e-3 with none near 0, so v = g² stays far from the subnormal range
        grads = Inputs.uniform(n, 1e-4f, 2e-3f, 42);
        parts = new float[CHUNKS][];
        for (int c = 0; c < CHUNKS; c++) parts[c] = Inputs.uniform(n, 2.5e-5f, 5e-4f, 43 + c);
    }

    @Benchmark
    public float[] update() {
        adam.beginStep();
        adam.update(params, grads, 0, n);
        return params;
    }

    @Benchmark
    public float[] updateSummingFourChunks() {
        adam.beginStep();
        adam.update(params, parts, CHUNKS, grads, 0, n);
        return params;
    }
}
