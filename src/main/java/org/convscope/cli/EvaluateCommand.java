package org.convscope.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.convscope.data.Dataset;
import org.convscope.data.DatasetKind;
import org.convscope.data.Datasets;
import org.convscope.data.Split;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.model.DataParallel;
import org.convscope.training.Evaluation;
import org.convscope.training.Trainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Test-set loss, accuracy, per-class accuracy and confusion matrix of a saved model.")
final class EvaluateCommand implements Callable<Integer> {

    @Mixin SharedOptions.Model model;

    @Mixin SharedOptions.Dataset dataset;

    @Mixin SharedOptions.Threads threads;

    @Mixin SharedOptions.JsonOutput json;

    @Override
    public Integer call() throws IOException {
        DatasetKind kind = dataset.kind();
        int t = threads.count();
        SavedModel saved = model.read();
        saved.spec().inferClassifier(kind.classCount());
        Dataset test = Datasets.load(kind, Split.TEST);
        Evaluation ev;
        try (DataParallel runner = new DataParallel(saved.toSequential(), t)) {
            ev = Trainer.evaluate(runner, test, Integer.MAX_VALUE);
        }
        if (json.enabled) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("loss", ev.loss());
            m.put("accuracy", ev.accuracy());
            m.put("per_class", ev.perClassAccuracy());
            m.put("confusion", ev.confusion());
            System.out.println(Json.line(m));
            return 0;
        }
        List<String> names = kind.classNames(Locale.ENGLISH);
        System.out.printf(Locale.ROOT, "%s on %s test set (%,d images): loss %.4f, accuracy %.4f%n",
                model.file.getFileName(), kind.id(), ev.examples(), ev.loss(), ev.accuracy());
        System.out.println("Per-class accuracy:");
        for (int c = 0; c < names.size(); c++) {
            System.out.printf(Locale.ROOT, "  %d %-12s %.4f%n", c, names.get(c), ev.perClassAccuracy()[c]);
        }
        System.out.println("Confusion matrix (rows: true class, columns: predicted):");
        StringBuilder head = new StringBuilder("      ");
        for (int c = 0; c < names.size(); c++) head.append(String.format(Locale.ROOT, "%6d", c));
        System.out.println(head);
        for (int r = 0; r < names.size(); r++) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < names.size(); c++) cells.add(String.format(Locale.ROOT, "%6d", ev.confusion()[r][c]));
            System.out.printf(Locale.ROOT, "  %2d  %s%n", r, String.join("", cells));
        }
        return 0;
    }
}
