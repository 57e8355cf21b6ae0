package org.convscope.bench;

import static org.convscope.bench.CourseModel.BATCH;
import static org.convscope.bench.CourseModel.CONV2_F;
import static org.convscope.bench.CourseModel.CONV2_K;
import static org.convscope.bench.CourseModel.CONV2_OUT;
import static org.convscope.bench.CourseModel.CONV3_F;
import static org.convscope.bench.CourseModel.CONV3_K;
import static org.convscope.bench.CourseModel.CONV3_OUT;
import static org.convscope.bench.CourseModel.TRAIN_CHUNK;

import java.util.concurrent.TimeUnit;
import org.convscope.engine.kernel.Gemm;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link Gemm#gemm} at the products Conv2D computes for the course model's conv2 and conv3, with the
 * same strides and accumulate flags as the layer passes, on a whole batch of 32 (the layer itself cuts
 * a batch into chunks of a few images to keep the unfolded rows in L2; {@code conv2Forward8} is one
 * 8-image chunk, the size DataParallel hands each worker).
 *
 * <p>Score: each invocation counts as its FLOPs (2·M·N·K, via {@code @OperationsPerInvocation}) and the
 * unit is ns, so <b>ops/ns reads as GFLOP/s</b>. Time per call in ns = FLOPs / score:
 * <pre>
 *   conv2 (P = 32·121 = 3872, K = 288, F = 64):  142,737,408 FLOP per call (8 images: 35,684,352)
 *   conv3 (P = 32·9   =  288, K = 576, F = 64):   21,233,664 FLOP per call
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class GemmBench {
    static final int P2 = BATCH * CONV2_OUT;           // 3872 output positions of conv2
    static final int P2_CHUNK = TRAIN_CHUNK * CONV2_OUT; // 968
    static final int P3 = BATCH * CONV3_OUT;           // 288 output positions of conv3
    static final int CONV2_FLOPS = 2 * P2 * CONV2_K * CONV2_F;
    static final int CONV2_CHUNK_FLOPS = 2 * P2_CHUNK * CONV2_K * CONV2_F;
    static final int CONV3_FLOPS = 2 * P3 * CONV3_K * CONV3_F;

    // conv2
    float[] rows2;   // rows:  [P2, K2] row-major, im2row of pool1's output (post-ReLU: ≥ 0)
    float[] w2;      // W:     [K2, F2] row-major, as Conv2D stores its kernel
    float[] wT2;     // W^T:   [F2, K2] row-major, the transpose Conv2D builds for the input gradient
    float[] out2;    // out:   [P2, F2] row-major
    float[] dy2;     // dy:    [P2, F2] row-major, gradient at conv2's output
    float[] dw2;     // dW:    [K2, F2] row-major
    float[] drows2;  // drows: [P2, K2] row-major
    // conv3
    float[] rows3;   // rows:  [P3, K3]
    float[] w3;      // W:     [K3, F3]
    float[] wT3;     // W^T:   [F3, K3]
    float[] out3;    // out:   [P3, F3]
    float[] dy3;     // dy:    [P3, F3]
    float[] dw3;     // dW:    [K3, F3]
    float[] drows3;  // drows: [P3, K3]

    @Setup
    public void setUp() {
        Inputs.requireVectorApiUnlessScalarWanted();
        rows2 = Inputs.afterRelu(P2 * CONV2_K, 1);
        w2 = Inputs.uniform(CONV2_K * CONV2_F, -0.1f, 0.1f, 2);
        wT2 = transpose(w2, CONV2_K, CONV2_F);
        out2 = new float[P2 * CONV2_F];
        dy2 = Inputs.uniform(P2 * CONV2_F, -0.01f, 0.01f, 3);
        dw2 = new float[CONV2_K * CONV2_F];
        drows2 = new float[P2 * CONV2_K];
        rows3 = Inputs.afterRelu(P3 * CONV3_K, 4);
        w3 = Inputs.uniform(CONV3_K * CONV3_F, -0.1f, 0.1f, 5);
        wT3 = transpose(w3, CONV3_K, CONV3_F);
        out3 = new float[P3 * CONV3_F];
        dy3 = Inputs.uniform(P3 * CONV3_F, -0.01f, 0.01f, 6);
        dw3 = new float[CONV3_K * CONV3_F];
        drows3 = new float[P3 * CONV3_K];
    }

    // a: [rows, cols] -> [cols, rows]
    private static float[] transpose(float[] a, int rows, int cols) {
        float[] t = new float[a.length];
        for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++) t[c * rows + r] = a[r * cols + c];
        return t;
    }

    // Forward: out[P×F] += rows[P×K] · W[K×F]. Accumulating, as Conv2D does onto the broadcast bias;
    // the sums random-walk but stay far from overflow over any realistic run.
    @Benchmark
    @OperationsPerInvocation(CONV2_FLOPS)
    public float[] conv2Forward() {
        Gemm.gemm(P2, CONV2_F, CONV2_K, rows2, 0, CONV2_K, 1, w2, 0, CONV2_F, out2, 0, CONV2_F, true);
        return out2;
    }

    // The same product for one 8-image chunk: rows [968×288] = 1.1 MB, the size the layer works at.
    @Benchmark
    @OperationsPerInvocation(CONV2_CHUNK_FLOPS)
    public float[] conv2Forward8() {
        Gemm.gemm(P2_CHUNK, CONV2_F, CONV2_K, rows2, 0, CONV2_K, 1, w2, 0, CONV2_F, out2, 0, CONV2_F, true);
        return out2;
    }

    // Weight gradient: dW[K×F] += rows^T[K×P] · dy[P×F]; rows is read transposed through its strides.
    @Benchmark
    @OperationsPerInvocation(CONV2_FLOPS)
    public float[] conv2WeightGrad() {
        Gemm.gemm(CONV2_K, CONV2_F, P2, rows2, 0, 1, CONV2_K, dy2, 0, CONV2_F, dw2, 0, CONV2_F, true);
        return dw2;
    }

    // Input gradient (before row2im): drows[P×K] = dy[P×F] · W^T[F×K], overwriting.
    @Benchmark
    @OperationsPerInvocation(CONV2_FLOPS)
    public float[] conv2InputGrad() {
        Gemm.gemm(P2, CONV2_K, CONV2_F, dy2, 0, CONV2_F, 1, wT2, 0, CONV2_K, drows2, 0, CONV2_K, false);
        return drows2;
    }

    @Benchmark
    @OperationsPerInvocation(CONV3_FLOPS)
    public float[] conv3Forward() {
        Gemm.gemm(P3, CONV3_F, CONV3_K, rows3, 0, CONV3_K, 1, w3, 0, CONV3_F, out3, 0, CONV3_F, true);
        return out3;
    }

    @Benchmark
    @OperationsPerInvocation(CONV3_FLOPS)
    public float[] conv3WeightGrad() {
        Gemm.gemm(CONV3_K, CONV3_F, P3, rows3, 0, 1, CONV3_K, dy3, 0, CONV3_F, dw3, 0, CONV3_F, true);
        return dw3;
    }

    @Benchmark
    @OperationsPerInvocation(CONV3_FLOPS)
    public float[] conv3InputGrad() {
        Gemm.gemm(P3, CONV3_K, CONV3_F, dy3, 0, CONV3_F, 1, wT3, 0, CONV3_K, drows3, 0, CONV3_K, false);
        return drows3;
    }
}
