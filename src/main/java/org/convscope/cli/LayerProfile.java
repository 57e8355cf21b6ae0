package org.convscope.cli;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.convscope.engine.layer.Layer;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.loss.SoftmaxCrossEntropy;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.optim.Optimizer;
import org.convscope.engine.optim.OptimizerConfig;
import org.convscope.engine.tensor.Tensor;

/**
 * Where a training step's time goes, layer by layer, on one thread: the figures behind "what would
 * close the gap" in a performance report.
 */
final class LayerProfile {
    private LayerProfile() {
    }

    static void print(ModelSpec spec, int batch, double seconds) {
        Sequential model = Sequential.build(spec, 1);
        List<Layer> layers = model.layers();
        int n = layers.size();
        boolean finalSoftmax = layers.get(n - 1).kind().equals("softmax");
        int end = finalSoftmax ? n - 1 : n;
        long[] fwd = new long[end], bwd = new long[end];
        long lossNs = 0, optNs = 0;
        Optimizer adam = Optimizer.create(OptimizerConfig.adam(), model.paramCount());
        SplittableRandom rng = new SplittableRandom(7);
        Tensor x = new Tensor(batch, spec.input());
        for (int i = 0; i < x.length(); i++) x.data()[i] = (float) rng.nextDouble();
        int[] labels = rng.ints(batch, 0, model.classes()).toArray();
        Tensor dz = null;
        long steps = 0;
        long warmEnd = System.nanoTime() + 2_000_000_000L, stop = Long.MAX_VALUE;
        while (System.nanoTime() < stop) {
            boolean measuring = stop != Long.MAX_VALUE;
            if (!measuring && System.nanoTime() > warmEnd) {
                stop = System.nanoTime() + (long) (seconds * 1e9);
                java.util.Arrays.fill(fwd, 0);
                java.util.Arrays.fill(bwd, 0);
                lossNs = optNs = 0;
                steps = 0;
            }
            model.zeroGrads();
            Tensor t = x;
            for (int i = 0; i < end; i++) {
                long s = System.nanoTime();
                t = layers.get(i).forward(t, true);
                fwd[i] += System.nanoTime() - s;
            }
            long s = System.nanoTime();
            dz = Tensor.reuse(dz, t.batch(), t.shape());
            SoftmaxCrossEntropy.forwardBackward(t, labels, 0, 1f / batch, dz);
            lossNs += System.nanoTime() - s;
            Tensor g = dz;
            for (int i = end - 1; i >= 0; i--) {
                s = System.nanoTime();
                g = layers.get(i).backward(g, i > 0);
                bwd[i] += System.nanoTime() - s;
            }
            s = System.nanoTime();
            adam.beginStep();
            adam.update(model.params(), model.grads(), 0, model.paramCount());
            optNs += System.nanoTime() - s;
            steps++;
        }
        long total = lossNs + optNs;
        for (int i = 0; i < end; i++) total += fwd[i] + bwd[i];
        System.out.printf(Locale.ROOT, "profile, 1 thread, batch %d: %.3f ms per step, %,.0f images/s%n",
                batch, total / 1e6 / steps, batch * steps / (total / 1e9));
        System.out.printf(Locale.ROOT, "  %-3s %-12s %-14s %10s %10s %7s%n", "#", "layer", "output", "fwd µs", "bwd µs", "share");
        for (int i = 0; i < end; i++) {
            Layer l = layers.get(i);
            System.out.printf(Locale.ROOT, "  %-3d %-12s %-14s %10.1f %10.1f %6.1f%%%n", i, l.kind(), l.outputShape().toDisplay(),
                    fwd[i] / 1e3 / steps, bwd[i] / 1e3 / steps, 100.0 * (fwd[i] + bwd[i]) / total);
        }
        System.out.printf(Locale.ROOT, "  %-3s %-12s %-14s %10.1f %10s %6.1f%%%n", "", "loss", "", lossNs / 1e3 / steps, "", 100.0 * lossNs / total);
        System.out.printf(Locale.ROOT, "  %-3s %-12s %-14s %10.1f %10s %6.1f%%%n", "", "adam", "", optNs / 1e3 / steps, "", 100.0 * optNs / total);
    }
}
