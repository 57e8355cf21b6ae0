package org.convscope.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.convscope.data.DatasetKind;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.io.TrainingInfo;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.optim.OptimizerConfig;
import org.convscope.engine.tensor.Shape;
import org.convscope.training.KerasCode;
import org.convscope.training.PyTorchCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "Print an architecture as Keras' model.summary(), with each layer's parameter formula, or as the Keras or PyTorch program that builds and trains it.")
final class SummaryCommand implements Callable<Integer> {

    @Option(names = "--arch", paramLabel = "seed|PRESET|SPEC",
            description = "'seed' (the course model, default), a preset (lenet5, tiny, deeper) or a compact architecture such as c32k3-p2-c64k3-p2-c64k3-f-d64-d10.")
    String arch;

    @Option(names = "--input", paramLabel = "HxWxC",
            description = "The input images: height x width x channels, e.g. 32x32x3 for small colour photos (default: 28x28x1, as MNIST).")
    String input;

    @Mixin SharedOptions.ModelOrNone model;

    @Option(names = "--keras", description = "Print the Python/Keras program instead: the course's code for the course model.")
    boolean keras;

    @Option(names = "--pytorch", description = "Print the PyTorch program instead: the same network, Keras' initialisation and optimizer settings, and a function that loads a .cnn.zip into it.")
    boolean pytorch;

    @Mixin SharedOptions.DatasetOrDefault dataset;

    @Option(names = "--epochs", description = "With --keras or --pytorch: epochs to train (default: 5).")
    Integer epochs;

    @Mixin SharedOptions.Language lang;

    @Override
    public Integer call() throws IOException {
        if (model.file != null && arch != null) throw new IllegalArgumentException("give either --arch or --model, not both");
        if (model.file != null && input != null) throw new IllegalArgumentException("a saved model has its own input; give --input with --arch");
        SavedModel saved = model.readOrNull();
        ModelSpec spec = saved != null ? saved.spec()
                : ModelSpec.parse(arch == null ? "seed" : arch, input == null ? ModelSpec.MNIST_INPUT : inputShape(input));
        if (keras && pytorch) throw new IllegalArgumentException("give either --keras or --pytorch, not both");
        if (!keras && !pytorch) {
            System.out.print(SummaryTable.render(spec));
            return 0;
        }
        // the PyTorch program reads the datasets' own 28x28 grey images; the Keras one loads CIFAR-10 for 32x32x3
        if (pytorch && !spec.input().equals(ModelSpec.MNIST_INPUT)) {
            throw new IllegalArgumentException("--pytorch writes a program for the datasets' 28x28x1 images; for --input "
                    + input + " use --keras, or leave --input out");
        }
        KerasCode.Settings settings = settings(saved);
        System.out.print(keras ? KerasCode.script(spec, settings, lang.locale()) : PyTorchCode.script(spec, settings, lang.locale()));
        return 0;
    }

    /** "32x32x3" (height × width × channels, as Keras' input_shape) as a shape; "28x28" has one channel. */
    static Shape inputShape(String text) {
        String[] parts = text.trim().toLowerCase(java.util.Locale.ROOT).split("[x×]", -1);
        try {
            if (parts.length == 2 || parts.length == 3) {
                int h = Integer.parseInt(parts[0].trim()), w = Integer.parseInt(parts[1].trim());
                int c = parts.length == 3 ? Integer.parseInt(parts[2].trim()) : 1;
                if (h >= 1 && w >= 1 && c >= 1 && h <= 4096 && w <= 4096 && c <= 4096) return Shape.image(c, h, w);
            }
        } catch (NumberFormatException e) {
            // refused below, with the same words
        }
        throw new IllegalArgumentException("--input must be HEIGHTxWIDTHxCHANNELS, each from 1 to 4096 (e.g. 32x32x3), got '" + text + "'");
    }

    // the saved model's settings where it has them, the course's otherwise; options win over both
    private KerasCode.Settings settings(SavedModel saved) {
        KerasCode.Settings course = KerasCode.Settings.course();
        TrainingInfo t = saved == null ? TrainingInfo.empty() : saved.training();
        DatasetKind kind = dataset.kind().orElseGet(() -> savedDataset(saved, course.dataset()));
        OptimizerConfig optimizer = t.optimizer() != null ? t.optimizer() : course.optimizer();
        int batch = t.batchSize() != null ? t.batchSize() : course.batchSize();
        int e = epochs != null ? epochs : course.epochs();
        if (e < 1) throw new IllegalArgumentException("--epochs must be at least 1");
        return new KerasCode.Settings(kind, optimizer, e, batch);
    }

    // another tool's dataset: the program loads the course's
    private static DatasetKind savedDataset(SavedModel saved, DatasetKind fallback) {
        return saved == null ? fallback : DatasetKind.find(saved.dataset()).orElse(fallback);
    }
}
