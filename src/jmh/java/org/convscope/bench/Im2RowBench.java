package org.convscope.bench;

import static org.convscope.bench.CourseModel.BATCH;

import java.util.concurrent.TimeUnit;
import org.convscope.engine.kernel.Im2Row;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Unfolding conv2's input (pool1's 13×13×32 maps) into rows, and the adjoint that folds row
 * gradients back, for a batch of 32, the way Conv2D loops over it: {@code chunk} images at a time
 * into one reused row buffer. Every invocation does the same work (32 images), so the two chunk
 * sizes compare directly: 32 writes 4.4 MB of rows (more than the L2 holds), 8 writes 1.1 MB, reused.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class Im2RowBench {
    /** Images unfolded per call. */
    @Param({"32", "8"})
    int chunk;

    Im2Row.Geometry g;
    float[] x;     // x:     [32,13,13,32] channels-last, pool1's output (post-ReLU)
    float[] rows;  // rows:  [chunk·121, 288] row-major, reused for every chunk
    float[] drows; // drows: [chunk·121, 288] row-major, row gradients to fold back
    float[] dx;    // dx:    [32,13,13,32]

    @Setup
    public void setUp() {
        Inputs.requireVectorApiUnlessScalarWanted();
        g = CourseModel.conv2Geometry();
        int rowFloats = chunk * g.oh() * g.ow() * g.rowLength();
        x = Inputs.afterRelu(BATCH * g.inputSize(), 11);
        rows = new float[rowFloats];
        drows = Inputs.uniform(rowFloats, -0.01f, 0.01f, 12);
        dx = new float[BATCH * g.inputSize()];
    }

    @Benchmark
    public float[] im2row() {
        for (int b0 = 0; b0 < BATCH; b0 += chunk) {
            Im2Row.im2row(x, b0 * g.inputSize(), Math.min(chunk, BATCH - b0), g, rows, 0);
        }
        return rows;
    }

    // Conv2D's backward folds each chunk's row gradients into that chunk's slice of dx.
    @Benchmark
    public float[] row2im() {
        for (int b0 = 0; b0 < BATCH; b0 += chunk) {
            Im2Row.row2im(drows, 0, Math.min(chunk, BATCH - b0), g, dx, b0 * g.inputSize());
        }
        return dx;
    }
}
