package org.convscope.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.convscope.data.DatasetKind;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.layer.spec.Preset;
import org.convscope.engine.optim.OptimizerConfig;
import org.convscope.engine.tensor.Shape;
import org.junit.jupiter.api.Test;

/**
 * The PyTorch program, against golden files in {@code src/test/resources/org/convscope/training/pytorch}
 * (bench/pytorch_program.sh runs such programs with PyTorch). After a deliberate change, rewrite
 * them with {@code -Dconvscope.golden.update=true} and read the diff.
 */
class PyTorchCodeTest {
    private static final Path GOLDEN = Path.of("src/test/resources/org/convscope/training/pytorch");

    @Test
    void theCourseModelOnMnist() throws IOException {
        golden("course-mnist.py", PyTorchCode.script(ModelSpec.course(),
                new KerasCode.Settings(DatasetKind.MNIST, OptimizerConfig.adam(), 5, 32), Locale.ENGLISH));
    }

    @Test
    void deeperWithSgdAndKoreanComments() throws IOException {
        golden("deeper-sgd-ko.py", PyTorchCode.script(Preset.DEEPER.spec(),
                new KerasCode.Settings(DatasetKind.FASHION_MNIST, OptimizerConfig.sgd(0.05, 0.9), 3, 128), Locale.KOREAN));
    }

    @Test
    void sameWithAnOddPaddingAndEveryLayerKind() throws IOException {
        ModelSpec spec = ModelSpec.parse("c5k4same-c6k3s2same:sigmoid-ap2x1s1x2-p2-c4k2:tanh-f-dr0.3-d12:linear-tanh-d7:linear",
                Shape.image(3, 15, 13));
        golden("every-layer.py", PyTorchCode.script(spec, KerasCode.Settings.course(), Locale.ENGLISH));
    }

    private static void golden(String name, String program) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("convscope.golden.update")) Files.writeString(file, program, StandardCharsets.UTF_8);
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), program, name);
    }
}
