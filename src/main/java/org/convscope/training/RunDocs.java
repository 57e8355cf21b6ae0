package org.convscope.training;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.convscope.engine.io.JsonRecords;
import org.convscope.engine.layer.spec.ArchitectureException;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.optim.OptimizerConfig;

/**
 * Runs to {@link RunDoc}s and back. Reading checks every value and throws an
 * {@link IllegalArgumentException} naming the first wrong field by its path ({@code 'runs[2].params'}),
 * what was expected and what the file has, in the words the session file uses for its own fields.
 */
public final class RunDocs {
    /** More runs than a lesson makes; a session keeps the newest this many (each at most some 8 kB). */
    public static final int MAX_RUNS = 50;
    private static final int MAX_EPOCHS = 1000;
    private static final int MAX_TEXT = 200;

    private final JsonNode root;

    /** {@code root}: the parsed JSON the docs were bound from, to tell absent values from wrong ones. */
    public RunDocs(JsonNode root) {
        this.root = root;
    }

    public static RunDoc write(Run r) {
        RunSettings s = r.settings();
        List<RunDoc.Epoch> epochs = r.epochs().stream().map(e -> new RunDoc.Epoch((long) e.epoch() + 1, known(e.trainLoss()),
                known(e.trainAccuracy()), known(e.testLoss()), known(e.testAccuracy()), known(e.seconds()),
                known(e.imagesPerSecond()))).toList();
        // floats: a curve is a picture, and seven digits keep the file small
        List<List<Number>> curve = r.curve().stream().map(p -> List.<Number>of(p.step(), (float) p.epochPosition(),
                (float) p.loss(), (float) p.accuracy())).toList();
        return new RunDoc(r.name(), r.experiment(), r.arm(), r.dataset(), r.spec().toCompact(),
                s.optimizer().kind().name().toLowerCase(Locale.ROOT), s.optimizer().learningRate(),
                s.optimizer().kind() == OptimizerConfig.Kind.SGD ? s.optimizer().momentum() : null,
                (long) s.batchSize(), s.seed(), s.subset() ? (long) s.limit() : null, r.params(),
                known(r.seconds()), known(r.imagesPerSecond()), epochs, curve);
    }

    private static Double known(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** The run {@code d} at {@code path} ({@code "runs[0]"}) of the tree; without weights. */
    public Run read(RunDoc d, String path) {
        String name = text(d.name(), path + ".name", true);
        String architecture = text(d.architecture(), path + ".architecture", true);
        ModelSpec spec;
        try {
            spec = ModelSpec.parse(architecture);
        } catch (ArchitectureException e) {
            throw new IllegalArgumentException("'" + path + ".architecture' is not an architecture: " + e.getMessage());
        }
        String kind = text(d.optimizer(), path + ".optimizer", true);
        OptimizerConfig.Kind k;
        try {
            k = OptimizerConfig.Kind.parse(kind);
        } catch (IllegalArgumentException e) {
            throw wrong(path + ".optimizer", "\"adam\" or \"sgd\"");
        }
        double rate = number(d.learningRate(), path + ".learning_rate", Double.MIN_VALUE, 10, true);
        double momentum = orZero(number(d.momentum(), path + ".momentum", 0, 0.999999, false));
        RunSettings settings = new RunSettings(k == OptimizerConfig.Kind.ADAM ? OptimizerConfig.adam(rate)
                : OptimizerConfig.sgd(rate, momentum), (int) whole(d.batchSize(), path + ".batch_size", 1, 60_000),
                whole(d.seed(), path + ".seed", Long.MIN_VALUE, Long.MAX_VALUE),
                d.limit() == null && absent(path + ".limit") ? Integer.MAX_VALUE
                        : (int) whole(d.limit(), path + ".limit", 1, Integer.MAX_VALUE));
        return new Run(name, text(d.experiment(), path + ".experiment", false), text(d.arm(), path + ".arm", false),
                text(d.dataset(), path + ".dataset", false), spec, settings,
                whole(d.params(), path + ".params", 0, Long.MAX_VALUE),
                measured(d.seconds(), path + ".seconds"), measured(d.imagesPerS(), path + ".images_per_s"),
                epochs(d.epochs(), path + ".epochs"), curve(d.curve(), path + ".curve"), null);
    }

    private List<EpochMetrics> epochs(List<RunDoc.Epoch> docs, String path) {
        if (docs == null && absent(path)) return List.of();
        if (docs == null || docs.size() > MAX_EPOCHS) throw wrong(path, "a list of at most " + MAX_EPOCHS + " epochs");
        List<EpochMetrics> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            String at = path + "[" + i + "]";
            RunDoc.Epoch e = docs.get(i);
            if (e == null) throw wrong(at, "an object {…}");
            out.add(new EpochMetrics((int) whole(e.epoch(), at + ".epoch", 1, MAX_EPOCHS * 100L) - 1,
                    measured(e.trainLoss(), at + ".train_loss"), fraction(e.trainAccuracy(), at + ".train_accuracy"),
                    measured(e.testLoss(), at + ".test_loss"), fraction(e.testAccuracy(), at + ".test_accuracy"),
                    measured(e.seconds(), at + ".seconds"), measured(e.imagesPerS(), at + ".images_per_s")));
        }
        return out;
    }

    private List<BatchPoint> curve(List<List<Number>> points, String path) {
        if (points == null && absent(path)) return List.of();
        if (points == null || points.size() > RunCurve.MAX_POINTS) {
            throw wrong(path, "a list of at most " + RunCurve.MAX_POINTS + " [step, epoch, loss, accuracy] points");
        }
        List<BatchPoint> out = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            List<Number> p = points.get(i);
            String at = path + "[" + i + "]";
            if (p == null || p.size() != 4 || p.contains(null) || !JsonRecords.at(root, at + "[0]").canConvertToLong()
                    || p.stream().anyMatch(v -> !Double.isFinite(v.doubleValue()) || v.doubleValue() < 0)
                    || p.get(3).doubleValue() > 1) {
                throw wrong(at, "[step, epoch, loss, accuracy]: a whole step and three numbers of at least 0, the accuracy at most 1");
            }
            out.add(new BatchPoint(p.get(0).longValue(), p.get(1).doubleValue(), p.get(2).doubleValue(), p.get(3).doubleValue()));
        }
        return out;
    }

    private String text(String v, String path, boolean required) {
        if (v == null && absent(path)) {
            if (required) throw new IllegalArgumentException("'" + path + "' is missing");
            return null;
        }
        if (v == null || v.isBlank() || v.length() > MAX_TEXT) throw wrong(path, "a string of 1 to " + MAX_TEXT + " characters, not all spaces");
        return v;
    }

    private long whole(Long v, String path, long min, long max) {
        if (v == null && absent(path)) throw new IllegalArgumentException("'" + path + "' is missing");
        if (v == null || v < min || v > max) throw wrong(path, "a whole number from " + min + " to " + max);
        return v;
    }

    private Double number(Double v, String path, double min, double max, boolean required) {
        if (v == null && absent(path)) {
            if (required) throw new IllegalArgumentException("'" + path + "' is missing");
            return null;
        }
        if (v == null || !(v >= min && v <= max)) throw wrong(path, "a number from " + (min == Double.MIN_VALUE ? "above 0" : min) + " to " + max);
        return v;
    }

    // a measurement left out (or null) was not made
    private double measured(Double v, String path) {
        return orNaN(number(v, path, 0, Double.MAX_VALUE, false));
    }

    private double fraction(Double v, String path) {
        return orNaN(number(v, path, 0, 1, false));
    }

    private static double orNaN(Double v) {
        return v == null ? Double.NaN : v;
    }

    private static double orZero(Double v) {
        return v == null ? 0 : v;
    }

    private boolean absent(String path) {
        JsonNode v = JsonRecords.at(root, path);
        return v.isMissingNode() || v.isNull();
    }

    private IllegalArgumentException wrong(String path, String expected) {
        return new IllegalArgumentException("'" + path + "' must be " + expected + ", got " + JsonRecords.show(JsonRecords.at(root, path)));
    }
}
