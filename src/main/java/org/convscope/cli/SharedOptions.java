package org.convscope.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.convscope.data.DatasetKind;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.io.onnx.ModelFormats;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.parallel.WorkerPool;
import picocli.CommandLine.Option;

/**
 * The options several commands share, as picocli mixins ({@code @Mixin SharedOptions.Threads threads;}):
 * each is declared, parsed and checked here once. Where commands describe an option in their own
 * words ("Dataset to train on.", "Whose test set."), the words are in {@code options.properties},
 * under the command's name: {@code convscope.train.dataset}.
 */
final class SharedOptions {
    private static final String DATASETS = "mnist|fashion-mnist";

    private SharedOptions() {
    }

    /** {@code --threads}: worker threads, one per core unless given. */
    static final class Threads {
        @Option(names = "--threads", description = "Worker threads (default: one per core).")
        Integer threads;

        int count() {
            int t = threads != null ? threads : WorkerPool.defaultSize();
            if (t < 1) throw new IllegalArgumentException("--threads must be at least 1");
            return t;
        }
    }

    /** {@code --json}: figures as JSON lines, for scripts. */
    static final class JsonOutput {
        @Option(names = "--json", descriptionKey = "json")
        boolean enabled;
    }

    /** {@code --dataset}, for commands that cannot do without one. */
    static final class Dataset {
        @Option(names = "--dataset", required = true, paramLabel = DATASETS, descriptionKey = "dataset")
        String id;

        DatasetKind kind() {
            return DatasetKind.parse(id);
        }
    }

    /** {@code --dataset}, for commands that otherwise take a saved model's or the course's. */
    static final class DatasetOrDefault {
        @Option(names = "--dataset", paramLabel = DATASETS, descriptionKey = "dataset")
        String id;

        /** The dataset given, if it was. */
        Optional<DatasetKind> kind() {
            return id == null ? Optional.empty() : Optional.of(DatasetKind.parse(id));
        }
    }

    /** {@code --model FILE}, for commands that work on a saved model. */
    static final class Model {
        @Option(names = "--model", required = true, paramLabel = "FILE", description = "A saved model (.cnn.zip or .onnx).")
        Path file;

        SavedModel read() throws IOException {
            return ModelFormats.read(file);
        }
    }

    /** {@code --model FILE}, for commands that can also start from an architecture. */
    static final class ModelOrNone {
        @Option(names = "--model", paramLabel = "FILE", descriptionKey = "model")
        Path file;

        /** The saved model, or null when the option was left out. */
        SavedModel readOrNull() throws IOException {
            return file == null ? null : ModelFormats.read(file);
        }
    }

    /** {@code --arch}: an architecture in the compact notation, the course model unless given. */
    static final class Arch {
        @Option(names = "--arch", paramLabel = "seed|SPEC", descriptionKey = "arch")
        String text;

        boolean given() {
            return text != null;
        }

        ModelSpec spec() {
            return ModelSpec.parse(text == null ? "seed" : text);
        }
    }

    /** {@code --lang}: the language of the texts a command writes. */
    static final class Language {
        @Option(names = "--lang", defaultValue = "en", paramLabel = "en|ko", descriptionKey = "lang")
        String tag;

        Locale locale() {
            if (!tag.equals("en") && !tag.equals("ko")) throw new IllegalArgumentException("--lang must be en or ko");
            return Locale.forLanguageTag(tag);
        }
    }
}
