package org.convscope.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.convscope.engine.explain.ExplainOptions;
import org.convscope.engine.explain.Explainer;
import org.convscope.engine.explain.Method;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.Sequential;

/**
 * {@code bench --explain}: how long each explanation takes for one image, on the caller's thread alone, with
 * the defaults the Explain view and {@code explain} use (SmoothGrad 50 copies, Grad-CAM on the last
 * convolution, occlusion 4×4 at stride 1). Each figure is the median of several timed windows after a warm-up.
 */
final class ExplainBench {
    private ExplainBench() {
    }

    /** Milliseconds per explanation, by method id; printed as a table unless {@code quiet}. */
    static Map<String, Double> run(ModelSpec spec, double seconds, boolean quiet) {
        Explainer explainer = Explainer.of(spec, Sequential.build(spec, 1).params());
        SplittableRandom rng = new SplittableRandom(5);
        float[] image = new float[spec.input().size()]; // image: [C,H,W], synthetic as the rest of bench
        for (int i = 0; i < image.length; i++) image[i] = (float) rng.nextDouble();
        double window = Math.max(0.2, seconds / Method.values().length / 6);
        Map<String, Double> ms = new LinkedHashMap<>();
        if (!quiet) System.out.printf(Locale.ROOT, "explain %s, one image, one thread:%n", spec.toCompact());
        // the JIT compiles the vector kernels in the background for a few seconds: every method runs first
        long warmUntil = System.nanoTime() + 4_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            for (Method m : Method.values()) explainer.explain(image, ExplainOptions.of(m));
        }
        for (Method m : Method.values()) {
            ExplainOptions o = ExplainOptions.of(m);
            double t = medianMillis(() -> explainer.explain(image, o), window);
            ms.put(m.id(), Math.round(t * 1000) / 1000.0);
            if (!quiet) System.out.printf(Locale.ROOT, "  %-11s %8.3f ms  %s%n", m.id(), t, detail(m, spec, o));
        }
        return ms;
    }

    private static String detail(Method m, ModelSpec spec, ExplainOptions o) {
        return switch (m) {
            case SMOOTHGRAD -> o.samples() + " noisy copies";
            case GRADCAM -> "on " + spec.infer().get(lastConv(spec)).name();
            case OCCLUSION -> {
                int h = spec.input().height(), w = spec.input().width();
                int n = ((h - o.patch()) / o.stride() + 1) * ((w - o.patch()) / o.stride() + 1);
                yield o.patch() + "×" + o.patch() + " patches at stride " + o.stride() + ": " + n + " images";
            }
            default -> "";
        };
    }

    private static int lastConv(ModelSpec spec) {
        int last = -1;
        for (int i = 0; i < spec.layers().size(); i++) {
            if (spec.layers().get(i) instanceof org.convscope.engine.layer.spec.Conv2DSpec) last = i;
        }
        return last;
    }

    // warm-up, then six windows of `seconds`; the median window's time per call
    private static double medianMillis(Runnable call, double seconds) {
        long warmUntil = System.nanoTime() + (long) (2 * seconds * 1e9);
        do call.run(); while (System.nanoTime() < warmUntil);
        List<Double> perCall = new ArrayList<>();
        for (int w = 0; w < 6; w++) {
            long start = System.nanoTime(), end = start + (long) (seconds * 1e9), now;
            int calls = 0;
            do {
                call.run();
                calls++;
                now = System.nanoTime();
            } while (now < end);
            perCall.add((now - start) / 1e6 / calls);
        }
        perCall.sort(null);
        return perCall.get(perCall.size() / 2);
    }
}
