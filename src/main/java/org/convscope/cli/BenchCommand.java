package org.convscope.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.convscope.engine.kernel.MachinePeak;
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
import picocli.CommandLine.Mixin;
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

    @Mixin SharedOptions.Threads threads;

    @Option(names = "--arch", defaultValue = "seed", description = "Architecture to measure (default: the course model).")
    String arch;

    @Mixin SharedOptions.JsonOutput json;

    @Option(names = "--profile", description = "Instead: time each layer's forward and backward on one thread.")
    boolean profile;

    @Option(names = "--explain", description = "Instead: time each explanation method (explain) for one image on one thread.")
    boolean explain;

    @Option(names = "--learned", description = "Instead: time top patches, PCA, t-SNE and feature visualization of the course model.")
    boolean learned;

    @Override
    public Integer call() {
        int t = threads.count();
        if (!(seconds > 0)) throw new IllegalArgumentException("--seconds must be positive");
        for (int b : batches) if (b < 1) throw new IllegalArgumentException("--batch must be at least 1");
        ModelSpec spec = ModelSpec.parse(arch);
        if (profile) {
            LayerProfile.print(spec, batches[0], seconds);
            return 0;
        }
        if (learned) {
            Map<String, Double> ms = LearnedBench.run(t, json.enabled);
            if (json.enabled) System.out.println(Json.line(Map.of("learned_ms", ms)));
            return 0;
        }
        if (explain) {
            Map<String, Double> ms = ExplainBench.run(spec, seconds, json.enabled);
            if (json.enabled) System.out.println(Json.line(Map.of("explain_ms", ms)));
            return 0;
        }
        long macs = spec.infer().stream().mapToLong(LayerInfo::macs).sum();
        double flopsPerTrainImage = 6.0 * macs; // forward 2·MACs, backward twice that
        double flopsPerInferImage = 2.0 * macs;
        double window = Math.max(0.3, seconds / (batches.length + 2) / 6);

        System.out.printf(Locale.ROOT, "ConvScope bench: %s, %d thread(s), %s%n", spec.toCompact(), t, Simd.describe());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("threads", t);
        out.put("simd", Simd.describe());
        try (WorkerPool pool = new WorkerPool(t)) {
            double clock = MachinePeak.clockHz(300);
            double peak = MachinePeak.fmaFlops(pool, 400);
            System.out.printf(Locale.ROOT, "machine: clock %.2f GHz (measured), FMA peak %.0f GFLOP/s on %d core(s) = %.0f FLOP/cycle/core%n",
                    clock / 1e9, peak / 1e9, t, peak / t / clock);
            System.out.printf(Locale.ROOT, "model: %,d parameters, %.2f MFLOP per training image, %.2f per inference%n",
                    spec.totalParams(), flopsPerTrainImage / 1e6, flopsPerInferImage / 1e6);
            out.put("clock_ghz", round(clock / 1e9, 3));
            out.put("peak_gflops", round(peak / 1e9, 1));
            for (int i = 0; i < batches.length; i++) {
                double ips = trainThroughput(spec, pool, batches[i], window, i == 0);
                System.out.printf(Locale.ROOT, "train   batch %4d: %,10.0f images/s  %6.1f GFLOP/s  %5.1f%% of peak%n",
                        batches[i], ips, ips * flopsPerTrainImage / 1e9, 100 * ips * flopsPerTrainImage / peak);
                out.put(i == 0 ? "train_images_per_s" : "train_images_per_s_batch" + batches[i], Math.round(ips));
                if (i == 0) {
                    out.put("train_batch", batches[i]);
                    out.put("train_peak_fraction", round(ips * flopsPerTrainImage / peak, 4));
                }
            }
            double infer = inferThroughput(spec, pool, 1000, window);
            System.out.printf(Locale.ROOT, "infer   batch 1000: %,10.0f images/s  %6.1f GFLOP/s  %5.1f%% of peak%n",
                    infer, infer * flopsPerInferImage / 1e9, 100 * infer * flopsPerInferImage / peak);
            out.put("infer_images_per_s", Math.round(infer));
            out.put("infer_peak_fraction", round(infer * flopsPerInferImage / peak, 4));
        }
        double latency = latencyMillis(spec, window);
        System.out.printf(Locale.ROOT, "latency 1 image:   %10.3f ms (one thread)%n", latency);
        out.put("latency_ms", round(latency, 4));
        if (json.enabled) System.out.println(Json.line(out));
        return 0;
    }

    private static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }

    private static double trainThroughput(ModelSpec spec, WorkerPool pool, int batch, double window, boolean first) {
        Sequential model = Sequential.build(spec, 1);
        DataParallel dp = new DataParallel(model, pool);
        Optimizer adam = Optimizer.create(OptimizerConfig.adam(), model.paramCount());
        float[] x = randomImages(spec, batch, 2);
        int[] labels = new SplittableRandom(3).ints(batch, 0, model.classes()).toArray();
        return measure(window, () -> dp.trainStep(x, labels, batch, adam), batch, first ? 4.0 : 1.0);
    }

    private static double inferThroughput(ModelSpec spec, WorkerPool pool, int batch, double window) {
        Sequential model = Sequential.build(spec, 1);
        DataParallel dp = new DataParallel(model, pool);
        float[] x = randomImages(spec, batch, 4);
        float[] logits = new float[batch * model.classes()];
        return measure(window, () -> dp.logits(x, batch, logits), batch, 1.5);
    }

    private static double latencyMillis(ModelSpec spec, double window) {
        Sequential model = Sequential.build(spec, 1);
        Tensor x = new Tensor(1, spec.input(), randomImages(spec, 1, 5));
        double perSecond = measure(window, () -> model.forward(x, false), 1, 1.5);
        return 1000.0 / perSecond;
    }

    /**
     * Runs {@code step} in timed windows after a warm-up; returns the median of items/s over the
     * windows. The first warm-up is long: the JIT compiles the vector kernels in the background for
     * a few seconds, on the same cores.
     */
    private static double measure(double windowSeconds, Runnable step, int itemsPerStep, double warmSeconds) {
        long warmUntil = System.nanoTime() + (long) (warmSeconds * 1e9);
        while (System.nanoTime() < warmUntil) step.run();
        List<Double> rates = new ArrayList<>();
        for (int w = 0; w < 6; w++) {
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
}
