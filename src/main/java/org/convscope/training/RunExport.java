package org.convscope.training;

import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.convscope.engine.io.JsonRecords;

/**
 * Runs as files for a spreadsheet or a notebook: CSV (one row per finished epoch of every run, with
 * the run's settings and figures repeated on each row) and JSON (the runs as the session file keeps
 * them, curves included). Written atomically, as the metrics export is.
 */
public final class RunExport {
    public static final String CSV_HEADER = "run,name,experiment,arm,dataset,architecture,optimizer,learning_rate,batch_size,"
            + "limit,params,seconds,images_per_s,best_test_accuracy,gap,epoch,train_loss,train_accuracy,test_loss,test_accuracy";
    public static final String FORMAT = "convscope-runs";

    private RunExport() {
    }

    /** The JSON file: its format, version and runs. */
    public record Doc(String format, Long version, List<RunDoc> runs) {
    }

    public static void writeCsv(Path file, List<Run> runs) throws IOException {
        MetricsExport.atomically(file, w -> {
            w.write(CSV_HEADER + "\n");
            for (int i = 0; i < runs.size(); i++) {
                Run r = runs.get(i);
                String head = String.join(",", String.valueOf(i + 1), quote(r.name()), quote(r.experiment()), quote(r.arm()),
                        quote(r.dataset()), r.spec().toCompact(), r.settings().optimizer().kind().name().toLowerCase(Locale.ROOT),
                        num(r.settings().optimizer().learningRate()), String.valueOf(r.settings().batchSize()),
                        r.settings().subset() ? String.valueOf(r.settings().limit()) : "", String.valueOf(r.params()),
                        num(r.seconds()), num(r.imagesPerSecond()), num(r.bestTestAccuracy()), num(r.finalGap()));
                if (r.epochs().isEmpty()) w.write(head + ",,,,,\n");
                for (EpochMetrics e : r.epochs()) {
                    w.write(head + "," + (e.epoch() + 1) + "," + num(e.trainLoss()) + "," + num(e.trainAccuracy()) + ","
                            + num(e.testLoss()) + "," + num(e.testAccuracy()) + "\n");
                }
            }
        });
    }

    public static void writeJson(Path file, List<Run> runs) throws IOException {
        List<RunDoc> docs = new ArrayList<>();
        for (Run r : runs) docs.add(RunDocs.write(r));
        byte[] json = JsonRecords.write(new Doc(FORMAT, 1L, docs), new DefaultPrettyPrinter());
        MetricsExport.atomically(file, w -> w.write(new String(json, StandardCharsets.UTF_8) + "\n"));
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.valueOf(v) : "";
    }

    // a name may hold commas or quotes: RFC 4180 quoting
    private static String quote(String s) {
        if (s == null) return "";
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
