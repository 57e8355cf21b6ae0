package org.convscope.bench;

import java.util.concurrent.TimeUnit;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.InferencePlan;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.tensor.Tensor;
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
 * The course model's logits for 24 images (the piece DataParallel.logits gives each worker), one
 * thread: through the fused InferencePlan that evaluation uses, and layer by layer with every tap
 * kept (what the views read). Score: images per µs per thread (×10⁶ for images/s).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class InferenceBench {
    static final int IMAGES = 24;

    Sequential model;
    InferencePlan plan;
    Tensor x;          // x: [24,28,28,1] channels-last
    Tensor xTapped;    // the same images, for the layer-by-layer pass (layers keep their input tensors)

    @Setup
    public void setUp() {
        Inputs.requireVectorApiUnlessScalarWanted();
        ModelSpec spec = ModelSpec.course();
        model = Sequential.build(spec, 1);
        plan = InferencePlan.of(model);
        float[] images = Inputs.uniform(IMAGES * spec.input().size(), 0f, 1f, 31);
        x = new Tensor(IMAGES, spec.input(), images.clone());
        xTapped = new Tensor(IMAGES, spec.input(), images.clone());
    }

    @Benchmark
    @OperationsPerInvocation(IMAGES)
    public Tensor fused() {
        return plan.logits(x);
    }

    @Benchmark
    @OperationsPerInvocation(IMAGES)
    public Tensor withTaps() {
        return model.forward(xTapped, false);
    }
}
