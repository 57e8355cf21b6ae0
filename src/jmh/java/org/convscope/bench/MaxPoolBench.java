package org.convscope.bench;

import static org.convscope.bench.CourseModel.BATCH;

import java.util.concurrent.TimeUnit;
import org.convscope.engine.layer.ActivationLayer;
import org.convscope.engine.layer.MaxPool2D;
import org.convscope.engine.layer.spec.Activation;
import org.convscope.engine.layer.spec.Pool2DSpec;
import org.convscope.engine.tensor.Shape;
import org.convscope.engine.tensor.Tensor;
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
 * The course model's two 2×2 max poolings, forward and backward, on a batch of 32. They take
 * different paths: pool1 (26×26×32 → 13×13×32) tiles its input, so backward writes every dx once;
 * pool2 (11×11×64 → 5×5×64) drops the last row and column, so backward zeroes dx and adds into it.
 * Both follow a ReLU, and the model folds that ReLU's backward into the pooling's; this does too,
 * through the same public call Sequential makes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class MaxPoolBench {
    @Param({"pool1", "pool2"})
    String pool;

    MaxPool2D layer;
    Tensor x;  // x:  [32,26,26,32] (pool1) or [32,11,11,64] (pool2), channels-last, post-ReLU
    Tensor dy; // dy: [32,13,13,32] (pool1) or [32,5,5,64] (pool2)

    @Setup
    public void setUp() {
        Inputs.requireVectorApiUnlessScalarWanted();
        Shape in = pool.equals("pool1") ? Shape.image(32, 26, 26) : Shape.image(64, 11, 11);
        layer = new MaxPool2D(new Pool2DSpec(Pool2DSpec.Kind.MAX, 2), in);
        if (!ActivationLayer.foldReluIntoPool(new ActivationLayer(Activation.RELU, in), layer)) {
            throw new IllegalStateException("ReLU backward was not folded into the pooling");
        }
        x = new Tensor(BATCH, in, Inputs.afterRelu(BATCH * in.size(), 31));
        dy = new Tensor(BATCH, layer.outputShape(), Inputs.uniform(BATCH * layer.outputShape().size(), -0.01f, 0.01f, 32));
        layer.forward(x, true); // backward finds each window's winner by comparing with this output
    }

    @Benchmark
    public Tensor forward() {
        return layer.forward(x, true);
    }

    @Benchmark
    public Tensor backward() {
        return layer.backward(dy, true);
    }
}
