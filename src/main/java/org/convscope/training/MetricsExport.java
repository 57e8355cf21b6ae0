package org.convscope.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * The training history as files for a spreadsheet or a notebook: CSV (one table, a row per batch and
 * a row per epoch) and JSON (the whole history with what was trained). A batch row is one batch, or in a run
 * longer than {@value BatchSeries#DEFAULT_CAPACITY} batches the mean of a few consecutive ones at the last one's
 * step; its {@code batches} column says how many. Written to a temporary file
 * and moved into place, so an existing file is never left half-written.
 */
public final class MetricsExport {
    public static final String CSV_HEADER = "type,step,epoch,loss,accuracy,test_loss,test_accuracy,batches";

    private MetricsExport() {
    }

    /** What the history belongs to. */
    public record Context(String dataset, String architecture, long seed, int batchSize, String optimizer, double learningRate) {
    }

    public static void writeCsv(Path file, MetricsHistory history) throws IOException {
        atomically(file, w -> {
            w.write(CSV_HEADER + "\n");
            List<BatchPoint> batches = history.batches();
            for (int i = 0; i < batches.size(); i++) {
                BatchPoint p = batches.get(i);
                w.write(String.format(Locale.ROOT, "batch,%d,%s,%s,%s,,,%d%n", p.step(), num(p.epochPosition()), num(p.loss()), num(p.accuracy()),
                        history.batchesPerPoint(i)));
            }
            for (EpochMetrics m : history.epochs()) {
                w.write(String.format(Locale.ROOT, "epoch,,%d,%s,%s,%s,%s,%n", m.epoch() + 1, num(m.trainLoss()), num(m.trainAccuracy()),
                        num(m.testLoss()), num(m.testAccuracy())));
            }
        });
    }

    public static void writeJson(Path file, Context context, MetricsHistory history) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("format", "convscope-metrics");
        root.put("version", 1);
        root.put("dataset", context.dataset());
        root.put("architecture", context.architecture());
        root.put("seed", context.seed());
        root.put("batch_size", context.batchSize());
        root.put("optimizer", context.optimizer());
        root.put("learning_rate", context.learningRate());
        ArrayNode batches = root.putArray("batches");
        List<BatchPoint> points = history.batches();
        for (int i = 0; i < points.size(); i++) {
            BatchPoint p = points.get(i);
            ObjectNode b = batches.addObject();
            b.put("step", p.step());
            b.put("epoch", p.epochPosition());
            putNumber(b, "loss", p.loss());
            putNumber(b, "accuracy", p.accuracy());
            b.put("batches", history.batchesPerPoint(i));
        }
        ArrayNode epochs = root.putArray("epochs");
        for (EpochMetrics m : history.epochs()) {
            ObjectNode e = epochs.addObject();
            e.put("epoch", m.epoch() + 1);
            putNumber(e, "train_loss", m.trainLoss());
            putNumber(e, "train_accuracy", m.trainAccuracy());
            putNumber(e, "test_loss", m.testLoss());
            putNumber(e, "test_accuracy", m.testAccuracy());
            putNumber(e, "seconds", m.seconds());
            putNumber(e, "images_per_s", m.imagesPerSecond());
        }
        atomically(file, w -> w.write(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n"));
    }

    // JSON has no NaN: an unmeasured or diverged value is null
    private static void putNumber(ObjectNode n, String key, double v) {
        if (Double.isFinite(v)) n.put(key, v);
        else n.putNull(key);
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.valueOf(v) : "";
    }

    /** What a file holds, written once it is safe to. */
    interface Body {
        void write(Writer w) throws IOException;
    }

    /** Writes {@code body} to a temporary file beside {@code file}, then moves it into place. */
    static void atomically(Path file, Body body) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                body.write(w);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
