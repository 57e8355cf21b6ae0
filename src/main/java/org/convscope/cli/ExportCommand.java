package org.convscope.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.convscope.data.DatasetKind;
import org.convscope.engine.io.ModelFile;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.io.onnx.OnnxExport;
import org.convscope.engine.io.onnx.OnnxImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code export}: a saved model in another format. {@code --onnx} writes it as ONNX for Netron,
 * ONNX Runtime, PyTorch and phones; {@code --cnn} writes ConvScope's own model file, which is how
 * an {@code .onnx} made elsewhere becomes a {@code .cnn.zip} (with {@code --dataset} saying what
 * it was trained on, when the file does not).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a saved model (.cnn.zip or .onnx) as ONNX (--onnx) or as a ConvScope model file (--cnn).")
final class ExportCommand implements Callable<Integer> {

    @Mixin SharedOptions.Model model;

    @Option(names = "--onnx", paramLabel = "FILE.onnx", description = "Write the model as ONNX (opset 17): input 'input' [N, C, H, W], outputs 'logits' and 'probabilities'.")
    Path onnx;

    @Option(names = "--cnn", paramLabel = "FILE.cnn.zip", description = "Write the model as a ConvScope model file.")
    Path cnn;

    @Option(names = "--dataset", paramLabel = "mnist|fashion-mnist", description = "The dataset the model was trained on, for a file that does not say (its classes take the dataset's names).")
    String dataset;

    @Override
    public Integer call() throws IOException {
        if (onnx == null && cnn == null) throw new IllegalArgumentException("give --onnx FILE.onnx, --cnn FILE.cnn.zip or both");
        check(onnx, OnnxImport.EXTENSION, "--onnx");
        check(cnn, ModelFile.EXTENSION, "--cnn");
        SavedModel saved = withDataset(model.read());
        if (onnx != null) {
            OnnxExport.write(onnx, saved);
            System.out.println("wrote " + onnx + " (ONNX opset " + OnnxExport.OPSET + ", input [N, " + saved.spec().input().channels()
                    + ", " + saved.spec().input().height() + ", " + saved.spec().input().width() + "], outputs logits and probabilities): "
                    + describe(saved));
        }
        if (cnn != null) {
            ModelFile.write(cnn, saved);
            System.out.println("wrote " + cnn + ": " + describe(saved));
        }
        return 0;
    }

    private static void check(Path file, String extension, String option) {
        if (file == null) return;
        if (!file.toString().toLowerCase(Locale.ROOT).endsWith(extension)) {
            throw new IllegalArgumentException(option + " must name a " + extension + " file, not " + file.getFileName());
        }
        ModelFiles.checkWritable(file);
    }

    // --dataset names what a file from elsewhere was trained on; its numbered classes take the dataset's names
    private SavedModel withDataset(SavedModel saved) {
        if (dataset == null) return saved;
        DatasetKind kind = DatasetKind.parse(dataset);
        Optional<DatasetKind> own = DatasetKind.find(saved.dataset());
        if (own.isPresent() && own.get() != kind) {
            throw new IllegalArgumentException("the model says it was trained on " + own.get().id() + ", not " + kind.id());
        }
        List<String> classes = saved.classes();
        if (classes.size() == kind.classCount() && classes.equals(numbers(classes.size()))) classes = kind.classNames(Locale.ENGLISH);
        return new SavedModel(saved.spec(), saved.weights(), classes, kind.id(), saved.training(), saved.optimizer());
    }

    private static List<String> numbers(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(String::valueOf).toList();
    }

    private static String describe(SavedModel m) {
        return m.spec().toCompact() + ", " + String.format(Locale.ROOT, "%,d", m.weights().length) + " parameters, "
                + m.classes().size() + " classes" + (m.dataset() == null ? "" : ", dataset " + m.dataset());
    }
}
