package org.convscope.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.convscope.engine.kernel.MachinePeak;
import org.convscope.engine.layer.Conv2D;
import org.convscope.engine.layer.Dense;
import org.convscope.engine.layer.Layer;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.loss.SoftmaxCrossEntropy;
import org.convscope.engine.model.DataParallel;
import org.convscope.engine.model.InferencePlan;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.optim.Optimizer;
import org.convscope.engine.optim.OptimizerConfig;
import org.convscope.engine.parallel.WorkerPool;
import org.convscope.engine.tensor.Tensor;

/**
 * Where a training step's time goes, layer by layer, on one thread and in the chunks training
 * runs, then the same for the fused inference steps; with a roofline: each layer's FLOP rate
 * against one core's FMA peak, and whether its FLOP per byte of traffic makes it compute- or
 * memory-bound (against what one core reads from L2, where a chunk's tensors live).
 */
final class LayerProfile {
    private LayerProfile() {
    }

    static void print(ModelSpec spec, int batch, double seconds) {
        double peak;
        try (WorkerPool one = new WorkerPool(1)) {
            peak = MachinePeak.fmaFlops(one, 300);
        }
        double l2 = MachinePeak.readBandwidth(512 * 1024, 200), memory = MachinePeak.readBandwidth(256 << 20, 400);
        double ridge = peak / l2;
        System.out.printf(Locale.ROOT, "one core: FMA peak %.0f GFLOP/s; reads %.0f GB/s from L2 (512 KB), %.0f GB/s from memory (256 MB):%n"
                + "a layer needs more than %.1f FLOP per byte of (L2) traffic to be compute-bound%n",
                peak / 1e9, l2 / 1e9, memory / 1e9, ridge);
        training(spec, batch, seconds * 0.6, peak, l2, ridge);
        inference(spec, seconds * 0.4, peak);
    }

    private static void training(ModelSpec spec, int batch, double seconds, double peak, double l2, double ridge) {
        Sequential model = Sequential.build(spec, 1);
        List<Layer> layers = model.layers();
        int end = layers.get(layers.size() - 1).kind().equals("softmax") ? layers.size() - 1 : layers.size();
        int chunk = Math.min(batch, DataParallel.TRAIN_CHUNK);
        Optimizer adam = Optimizer.create(OptimizerConfig.adam(), model.paramCount());
        SplittableRandom rng = new SplittableRandom(7);
        Tensor x = new Tensor(chunk, spec.input());
        for (int i = 0; i < x.length(); i++) x.data()[i] = (float) rng.nextDouble();
        int[] labels = rng.ints(batch, 0, model.classes()).toArray();
        int maxSteps = 100_000;
        long[][] fwd = new long[end][maxSteps], bwd = new long[end][maxSteps];
        long[] loss = new long[maxSteps], opt = new long[maxSteps];
        Tensor dz = null;
        int steps = 0;
        long warmEnd = System.nanoTime() + 3_000_000_000L, stop = Long.MAX_VALUE;
        while (System.nanoTime() < stop && steps < maxSteps) {
            if (stop == Long.MAX_VALUE && warmedUp(warmEnd, steps, 500)) {
                stop = System.nanoTime() + (long) (seconds * 1e9);
                steps = 0;
                for (long[] f : fwd) Arrays.fill(f, 0);
                for (long[] b : bwd) Arrays.fill(b, 0);
                Arrays.fill(loss, 0);
            }
            model.zeroGrads();
            for (int from = 0; from < batch; from += chunk) {
                Tensor t = x.resize(Math.min(chunk, batch - from));
                for (int i = 0; i < end; i++) {
                    long s = System.nanoTime();
                    t = layers.get(i).forward(t, true);
                    fwd[i][steps] += System.nanoTime() - s;
                }
                long s = System.nanoTime();
                dz = Tensor.reuse(dz, t.batch(), t.shape());
                SoftmaxCrossEntropy.lossAndGradient(t, labels, from, 1f / batch, dz);
                loss[steps] += System.nanoTime() - s;
                Tensor g = dz;
                for (int i = end - 1; i >= 0; i--) {
                    s = System.nanoTime();
                    g = layers.get(i).backward(g, i > 0);
                    bwd[i][steps] += System.nanoTime() - s;
                }
            }
            long s = System.nanoTime();
            adam.beginStep();
            adam.update(model.params(), model.grads(), 0, model.paramCount());
            opt[steps] = System.nanoTime() - s;
            steps++;
        }
        double[] f = new double[end], b = new double[end];
        double total = median(loss, steps) + median(opt, steps);
        for (int i = 0; i < end; i++) {
            f[i] = median(fwd[i], steps);
            b[i] = median(bwd[i], steps);
            total += f[i] + b[i];
        }
        System.out.printf(Locale.ROOT, "%ntraining, 1 thread, batch %d in chunks of %d (as training runs them), medians over %d steps: "
                + "%.3f ms per step, %,.0f images/s%n", batch, chunk, steps, total / 1e6, batch / (total / 1e9));
        System.out.printf(Locale.ROOT, "  %-3s %-11s %-10s %8s %8s %6s %8s %7s %7s %6s  %s%n",
                "#", "layer", "output", "fwd µs", "bwd µs", "share", "GFLOP/s", "of peak", "FLOP/B", "GB/s", "bound");
        for (int i = 0; i < end; i++) {
            Layer l = layers.get(i);
            double flops = batch * 2.0 * macs(l) * (1 + (i > 0 ? 2 : 1));
            double bytes = batch * 4.0 * (2 * l.inputShape().size() + 3 * l.outputShape().size()) + 16.0 * l.paramCount();
            double ns = f[i] + b[i];
            double intensity = flops / bytes;
            System.out.printf(Locale.ROOT, "  %-3d %-11s %-10s %8.1f %8.1f %5.1f%% %8s %7s %7.2f %6.1f  %s%n", i, l.kind(),
                    l.outputShape().toDisplay(), f[i] / 1e3, b[i] / 1e3, 100 * ns / total,
                    flops > 0 ? String.format(Locale.ROOT, "%.1f", flops / ns) : "-",
                    flops > 0 ? String.format(Locale.ROOT, "%.1f%%", 100 * flops / ns / (peak / 1e9)) : "-",
                    intensity, bytes / ns, intensity < ridge ? "memory" : "compute");
        }
        System.out.printf(Locale.ROOT, "  %-3s %-11s %-10s %8.1f %8s %5.1f%%%n", "", "loss", "", median(loss, steps) / 1e3, "", 100 * median(loss, steps) / total);
        System.out.printf(Locale.ROOT, "  %-3s %-11s %-10s %8.1f %8s %5.1f%%%n", "", "adam", "", median(opt, steps) / 1e3, "", 100 * median(opt, steps) / total);
        System.out.println("  FLOP: what each layer computes (convolutions only the outputs a pooling reads); bytes: its tensors read"
                + " and written once, weights and gradients; memory-bound: fewer FLOP per byte than the ridge above");
    }

    private static void inference(ModelSpec spec, double seconds, double peak) {
        Sequential model = Sequential.build(spec, 1);
        InferencePlan plan = InferencePlan.of(model);
        List<InferencePlan.Step> steps = plan.steps();
        SplittableRandom rng = new SplittableRandom(8);
        Tensor x = new Tensor(DataParallel.INFER_CHUNK, spec.input());
        for (int i = 0; i < x.length(); i++) x.data()[i] = (float) rng.nextDouble();
        int maxCalls = 200_000;
        long[][] nanos = new long[steps.size()][maxCalls];
        long[] one = new long[steps.size()];
        int calls = 0;
        long warmEnd = System.nanoTime() + 2_000_000_000L, stop = Long.MAX_VALUE;
        while (System.nanoTime() < stop && calls < maxCalls) {
            if (stop == Long.MAX_VALUE && warmedUp(warmEnd, calls, 5_000)) {
                stop = System.nanoTime() + (long) (seconds * 1e9);
                calls = 0;
            }
            Arrays.fill(one, 0);
            plan.logits(x, one);
            for (int s = 0; s < one.length; s++) nanos[s][calls] = one[s];
            calls++;
        }
        double[] t = new double[steps.size()];
        double total = 0;
        for (int s = 0; s < t.length; s++) total += t[s] = median(nanos[s], calls) / DataParallel.INFER_CHUNK;
        System.out.printf(Locale.ROOT, "%ninference (fused, no taps), 1 thread, chunks of %d, medians over %d chunks: %.2f µs per image, %,.0f images/s%n",
                DataParallel.INFER_CHUNK, calls, total / 1e3, 1e9 / total);
        System.out.printf(Locale.ROOT, "  %-28s %9s %6s %8s %7s%n", "step", "µs/image", "share", "GFLOP/s", "of peak");
        List<Layer> layers = model.layers();
        for (int s = 0; s < t.length; s++) {
            InferencePlan.Step step = steps.get(s);
            double flops = 0;
            for (int i = step.first(); i < step.first() + step.count(); i++) flops += 2.0 * macs(layers.get(i));
            System.out.printf(Locale.ROOT, "  %-28s %9.2f %5.1f%% %8s %7s%n", step.name(), t[s] / 1e3, 100 * t[s] / total,
                    flops > 0 ? String.format(Locale.ROOT, "%.1f", flops / t[s]) : "-",
                    flops > 0 ? String.format(Locale.ROOT, "%.1f%%", 100 * flops / t[s] / (peak / 1e9)) : "-");
        }
    }

    /**
     * Warm-up lasts until {@code warmEnd} and {@code runs} runs: on a busy machine the JIT compiles late,
     * and a time alone then timed interpreted Vector API code (dense 50× slower); a minute at most.
     */
    private static boolean warmedUp(long warmEnd, int runs, int minRuns) {
        long now = System.nanoTime();
        return now > warmEnd && (runs >= minRuns || now > warmEnd + 60_000_000_000L);
    }

    // multiply-adds per image that the layer computes
    private static double macs(Layer l) {
        if (l instanceof Conv2D c) return (double) c.computedOutputs() * c.outputShape().channels() * c.geometry().rowLength();
        if (l instanceof Dense d) return (double) d.inputShape().size() * d.units();
        return 0;
    }

    private static double median(long[] values, int n) {
        long[] v = Arrays.copyOf(values, n);
        Arrays.sort(v);
        return n == 0 ? Double.NaN : v[n / 2];
    }
}
