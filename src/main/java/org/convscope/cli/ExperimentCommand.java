package org.convscope.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.convscope.data.DatasetKind;
import org.convscope.engine.layer.spec.ParamFormula;
import org.convscope.training.Run;
import org.convscope.training.experiment.ExperimentPreset;
import org.convscope.training.experiment.ExperimentRunner;
import org.convscope.training.experiment.ExperimentSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "experiment", mixinStandardHelpOptions = true,
        description = "Run one of the course's experiments: its arms one after another on the same subset, then a table of "
                + "parameters, time, images/s, accuracies and the train - test gap.")
final class ExperimentCommand implements Callable<Integer> {

    @Option(names = "--preset", required = true, paramLabel = "pooling|depth|lr|optimizer",
            description = "pooling: with vs without pooling; depth: one vs three conv layers; lr: 0.001 vs 0.01 vs 0.1; optimizer: SGD vs Adam.")
    String preset;

    @Option(names = "--epochs", defaultValue = "" + ExperimentSettings.DEMO_EPOCHS, description = "Epochs per arm (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--limit", defaultValue = "" + ExperimentSettings.DEMO_LIMIT,
            description = "Train on the first N training images (default: ${DEFAULT-VALUE}); every arm is tested on the whole test set.")
    int limit;

    @Option(names = "--batch", defaultValue = "32", description = "Batch size (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of every arm's weights and shuffling (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin SharedOptions.DatasetOrDefault dataset;

    @Mixin SharedOptions.Threads threads;

    @Mixin SharedOptions.JsonOutput json;

    @Override
    public Integer call() {
        ExperimentPreset p = ExperimentPreset.parse(preset);
        DatasetKind kind = dataset.kind().orElse(DatasetKind.MNIST);
        ExperimentSettings settings = new ExperimentSettings(kind, limit, epochs, batch, seed, threads.count());
        System.out.printf(Locale.ROOT, "Experiment %s on %s: the first %,d training images, %d epoch(s), batch %d, seed %d, %d thread(s); "
                + "tested on the whole test set%n", p.id(), kind.id(), limit, epochs, batch, seed, settings.threads());
        long start = System.nanoTime();
        List<Run> runs = ExperimentRunner.run(p, settings, new Printer(), () -> false);
        System.out.print(table(runs));
        System.out.printf(Locale.ROOT, "Total: %.1f s%n", (System.nanoTime() - start) / 1e9);
        if (json.enabled) {
            for (Run r : runs) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", r.name());
                m.put("params", r.params());
                m.put("test_accuracy", finiteOrNull(r.finalTestAccuracy()));
                m.put("train_accuracy", finiteOrNull(r.finalTrainAccuracy()));
                // to the millisecond: an arm on a tiny subset trains in a few, which hundredths rounded to 0
                m.put("seconds", Double.isFinite(r.seconds()) ? Math.round(r.seconds() * 1000) / 1000.0 : null);
                System.out.println(Json.line(m));
            }
        }
        return 0;
    }

    /** Keras-like progress for each arm, and the arm's test accuracy when it ends. */
    private static final class Printer implements ExperimentRunner.Listener {
        private final ProgressBar bar = new ProgressBar(System.out, System.console() != null);
        private ExperimentRunner.Progress last;
        private long armStart;

        @Override
        public void progress(ExperimentRunner.Progress at) {
            if (at.step() == 0) {
                System.out.printf(Locale.ROOT, "Arm %d/%d: %s%n", at.arm() + 1, at.arms(), at.armName());
                armStart = System.nanoTime();
            }
            last = at;
            bar.update((int) at.step(), (int) at.steps(), (System.nanoTime() - armStart) / 1e9, at.armName());
        }

        @Override
        public void armDone(int index, Run run) {
            bar.finish((int) last.step(), (System.nanoTime() - armStart) / 1e9,
                    String.format(Locale.ROOT, "%s - test_accuracy: %.4f", run.name(), run.finalTestAccuracy()));
        }
    }

    /** The comparison, one row per arm, as the Compare view's table has it. */
    static String table(List<Run> runs) {
        int name = Math.max(4, runs.stream().mapToInt(r -> r.name().length()).max().orElse(0)) + 2;
        int arch = Math.max(12, runs.stream().mapToInt(r -> r.spec().toCompact().length()).max().orElse(0)) + 2;
        String format = "%-" + name + "s%-" + arch + "s%11s%9s%10s%11s%10s%11s%8s%n";
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, format, "Arm", "Architecture", "Params", "Seconds",
                "Images/s", "Train acc", "Test acc", "Best test", "Gap"));
        for (Run r : runs) {
            s.append(String.format(Locale.ROOT, format, r.name(), r.spec().toCompact(), ParamFormula.group(r.params()),
                    fixed(r.seconds(), 1), Double.isFinite(r.imagesPerSecond()) ? ParamFormula.group(Math.round(r.imagesPerSecond())) : "-",
                    fixed(r.finalTrainAccuracy(), 4), fixed(r.finalTestAccuracy(), 4), fixed(r.bestTestAccuracy(), 4),
                    fixed(r.finalGap(), 4)));
        }
        return s.toString();
    }

    private static String fixed(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "-";
    }

    private static Double finiteOrNull(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
