package org.convscope.bench;

import java.util.concurrent.TimeUnit;
import org.convscope.engine.layer.Conv2D;
import org.convscope.engine.layer.spec.Activation;
import org.convscope.engine.layer.spec.Conv2DSpec;
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
 * The course model's conv2 layer (64 filters 3×3 over 13×13×32, valid padding) forward and backward
 * through the layer API: the direct kernels (DirectConv), which read each window where it lies in
 * the input; backward adds the bias sum, the packed Wᵀ, the weight gradient and the input gradient
 * (window gradients, then each input gathering its own). Its ReLU is a separate layer and not
 * included, and with no pooling after it the layer computes all 121 outputs (in the model, training
 * computes the 100 that pool2 reads).
 *
 * <p>{@code batch} 32 is the course batch fed to one layer; 8 is the piece each DataParallel worker
 * runs while training. FLOPs (forward; backward is twice that): 2·batch·121·288·64, 142,737,408 at
 * batch 32.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class Conv2DBench {
    @Param({"32", "8"})
    int batch;

    Conv2D conv;
    float[] params; // [3,3,32,64] kernel then [64] bias: the layer's slice of the model's flat array
    float[] grads;  // same layout as params; backward adds into it
    Tensor x;       // x:  [batch,13,13,32] channels-last, pool1's output (post-ReLU)
    Tensor dy;      // dy: [batch,11,11,64] gradient at conv2's output

    @Setup
    public void setUp() {
        Inputs.requireVectorApiUnlessScalarWanted();
        Shape in = Shape.image(32, 13, 13);
        conv = new Conv2D(new Conv2DSpec(64, 3, Activation.RELU), in);
        // Glorot-uniform range for fan-in 288, fan-out 576, as the model initialises it
        params = Inputs.uniform(conv.paramCount(), -0.083f, 0.083f, 21);
        grads = new float[conv.paramCount()];
        conv.bind(params, grads, 0);
        x = new Tensor(batch, in, Inputs.afterRelu(batch * in.size(), 22));
        dy = new Tensor(batch, conv.outputShape(), Inputs.uniform(batch * conv.outputShape().size(), -0.01f, 0.01f, 23));
        // backward needs the input of a forward pass; benchmarks that only run backward reuse this
        // one, as a training step's backward follows its forward
        conv.forward(x, true);
    }

    @Benchmark
    public Tensor forward() {
        return conv.forward(x, true);
    }

    // Input gradient wanted: conv2 is not the first layer. Parameter gradients accumulate into grads
    // over the run, as they do over a step's chunks; they stay small enough not to matter.
    @Benchmark
    public Tensor backward() {
        return conv.backward(dy, true);
    }
}
