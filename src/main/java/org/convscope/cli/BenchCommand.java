package org.convscope.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.convscope.engine.kernel.Simd;
import org.convscope.engine.layer.spec.LayerInfo;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.DataParallel;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.optim.Optimizer;
import org.convscope.engine.optim.OptimizerConfig;
import org.convscope.engine.parallel.WorkerPool;
import org.convscope.engine.tensor.Tensor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Throughput of the course model on synthetic data (the data path is not what is measured): training
 * images/s at each batch size, inference images/s at batch 1000 and single-image latency. Each
 * figure is the median of several timed windows after a warm-up.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure training and inference speed of the course model (synthetic data).")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--batch", split = ",", defaultValue = "32,128", paramLabel = "B[,B...]",
            description = "Training batch sizes to measure (default: ${DEFAULT-VALUE}).")
    int[] batches;

    @Option(names = "--seconds", defaultValue = "20", description = "Approximate total measuring time (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--threads", description = "Worker threads (default: one per core).")
    Integer threads;

    @Option(names = "--arch", defaultValue = "seed", description = "Architecture to measure (default: the course model).")
    String arch;

    @Option(names = "--json", description = "End with one JSON line of the figures.")
    boolean json;

    @Option(names = "--profile", description = "Instead: time each layer's forward and backward on one thread.")
    boolean profile;

    @Override
    public Integer call() {
        int t = threads != null ? threads : WorkerPool.defaultSize();
        if (t < 1) throw new IllegalArgumentException("--threads must be at least 1");
        if (!(seconds > 0)) throw new IllegalArgumentException("--seconds must be positive");
        for (int b : batches) if (b < 1) throw new IllegalArgumentException("--batch must be at least 1");
        ModelSpec spec = ModelSpec.parse(arch);
        if (profile) {
            LayerProfile.print(spec, batches[0], seconds);
            return 0;
        }
        long macs = spec.infer().stream().mapToLong(LayerInfo::macs).sum();
        double flopsPerTrainImage = 6.0 * macs; // forward 2·MACs, backward twice that
        int parts = batches.length + 2;
        double window = Math.max(0.2, seconds / parts / 5);

        System.out.printf(Locale.ROOT, "ConvScope bench: %s, %d thread(s), %s%n", spec.toCompact(), t, Simd.describe());
        System.out.printf(Locale.ROOT, "model: %,d parameters, %.2f MFLOP per training image%n",
                spec.totalParams(), flopsPerTrainImage / 1e6);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("threads", t);
        out.put("simd", Simd.describe());
        try (WorkerPool pool = new WorkerPool(t)) {
            for (int i = 0; i < batches.length; i++) {
                double ips = trainThroughput(spec, pool, batches[i], window);
                System.out.printf(Locale.ROOT, "train   batch %4d: %,10.0f images/s  (%.1f GFLOP/s)%n",
                        batches[i], ips, ips * flopsPerTrainImage / 1e9);
                out.put(i == 0 ? "train_images_per_s" : "train_images_per_s_batch" + batches[i], Math.round(ips));
                if (i == 0) out.put("train_batch", batches[i]);
            }
            double infer = inferThroughput(spec, pool, 1000, window);
            System.out.printf(Locale.ROOT, "infer   batch 1000: %,10.0f images/s%n", infer);
            out.put("infer_images_per_s", Math.round(infer));
        }
        double latency = latencyMillis(spec, window);
        System.out.printf(Locale.ROOT, "latency 1 image:   %10.3f ms%n", latency);
        out.put("latency_ms", Math.round(latency * 10000) / 10000.0);
        if (json) System.out.println(Json.line(out));
        return 0;
    }

    private static double trainThroughput(ModelSpec spec, WorkerPool pool, int batch, double window) {
        Sequential model = Sequential.build(spec, 1);
        DataParallel dp = new DataParallel(model, pool);
        Optimizer adam = Optimizer.create(OptimizerConfig.adam(), model.paramCount());
        float[] x = randomImages(spec, batch, 2);
        int[] labels = new SplittableRandom(3).ints(batch, 0, model.classes()).toArray();
        return measure(window, () -> dp.trainStep(x, labels, batch, adam), batch);
    }

    private static double inferThroughput(ModelSpec spec, WorkerPool pool, int batch, double window) {
        Sequential model = Sequential.build(spec, 1);
        DataParallel dp = new DataParallel(model, pool);
        float[] x = randomImages(spec, batch, 4);
        float[] logits = new float[batch * model.classes()];
        return measure(window, () -> dp.logits(x, batch, logits), batch);
    }

    private static double latencyMillis(ModelSpec spec, double window) {
        Sequential model = Sequential.build(spec, 1);
        Tensor x = new Tensor(1, spec.input(), randomImages(spec, 1, 5));
        double perSecond = measure(window, () -> model.forward(x, false), 1);
        return 1000.0 / perSecond;
    }

    /** Runs {@code step} in timed windows after a warm-up; returns the median of items/s over the windows. */
    private static double measure(double windowSeconds, Runnable step, int itemsPerStep) {
        long warmUntil = System.nanoTime() + (long) (windowSeconds * 2e9);
        while (System.nanoTime() < warmUntil) step.run();
        List<Double> rates = new ArrayList<>();
        for (int w = 0; w < 5; w++) {
            long start = System.nanoTime(), end = start + (long) (windowSeconds * 1e9);
            long steps = 0, now;
            do {
                step.run();
                steps++;
                now = System.nanoTime();
            } while (now < end);
            rates.add(steps * itemsPerStep / ((now - start) / 1e9));
        }
        double[] sorted = rates.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static float[] randomImages(ModelSpec spec, int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] x = new float[n * spec.input().size()];
        for (int i = 0; i < x.length; i++) x[i] = (float) rng.nextDouble();
        return x;
    }

    static String describe(int[] a) {
        return Arrays.toString(a);
    }
}
