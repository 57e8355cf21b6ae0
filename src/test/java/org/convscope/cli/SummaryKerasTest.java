package org.convscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import org.convscope.data.DatasetKind;
import org.convscope.engine.io.ModelFile;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.io.TrainingInfo;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.layer.spec.Preset;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.optim.OptimizerConfig;
import org.convscope.training.KerasCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** summary --keras prints the program the editor shows; presets parse by name. */
class SummaryKerasTest {
    @TempDir
    Path dir;

    @Test
    void courseProgramInBothLanguages() {
        CliTest.Result ko = CliTest.run("summary", "--keras", "--lang", "ko");
        assertEquals(0, ko.code(), ko.err());
        assertEquals(KerasCode.script(ModelSpec.course(), KerasCode.Settings.course(), Locale.KOREAN), ko.out());
        CliTest.Result en = CliTest.run("summary", "--arch", "seed", "--keras");
        assertEquals(KerasCode.script(ModelSpec.course(), KerasCode.Settings.course(), Locale.ENGLISH), en.out());
    }

    @Test
    void presetByNameAndOptions() {
        CliTest.Result r = CliTest.run("summary", "--arch", "lenet5", "--keras", "--dataset", "mnist", "--epochs", "2");
        assertEquals(0, r.code(), r.err());
        assertEquals(KerasCode.script(Preset.LENET5.spec(), new KerasCode.Settings(DatasetKind.MNIST, OptimizerConfig.adam(), 2, 32),
                Locale.ENGLISH), r.out());
        CliTest.Result table = CliTest.run("summary", "--arch", "tiny");
        assertTrue(table.out().contains("Total params: 13,610"), table.out());
    }

    @Test
    void savedModelsSettingsGoIntoTheProgram() throws Exception {
        Path file = dir.resolve("m.cnn.zip");
        ModelSpec spec = Preset.TINY.spec();
        TrainingInfo info = TrainingInfo.builder().batchSize(128).optimizer(OptimizerConfig.sgd(0.1, 0.9)).build();
        ModelFile.write(file, SavedModel.of(Sequential.build(spec, 1), DatasetKind.MNIST.classNames(Locale.ENGLISH), "mnist", info));
        CliTest.Result r = CliTest.run("summary", "--model", file.toString(), "--keras");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("mnist = keras.datasets.mnist"), r.out());
        assertTrue(r.out().contains("optimizer = keras.optimizers.SGD(learning_rate=0.1, momentum=0.9)"), r.out());
        assertTrue(r.out().contains("epochs=5, batch_size=128)"), r.out());
        CliTest.Result both = CliTest.run("summary", "--model", file.toString(), "--arch", "tiny");
        assertEquals(1, both.code());
    }

    @Test
    void anInputShapeFlowsIntoTheFormulaAndTheKerasProgram() {
        CliTest.Result table = CliTest.run("summary", "--input", "32x32x3", "--arch", "c8k5-p2-f-d10");
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("(None, 28, 28, 8)"), table.out());
        assertTrue(table.out().contains("608         (3 × 5×5 + 1) × 8 = 608"), table.out());
        CliTest.Result keras = CliTest.run("summary", "--input", "32x32x3", "--arch", "c8k5-p2-f-d10", "--keras");
        assertTrue(keras.out().contains("model.add(layers.Conv2D(8, (5, 5), activation='relu', input_shape=(32, 32, 3)))"), keras.out());
        assertTrue(keras.out().contains("cifar10.load_data()") && !keras.out().contains("reshape"), keras.out());
        CliTest.Result grey = CliTest.run("summary", "--input", "28x28", "--arch", "c8k5-p2-f-d10");
        assertTrue(grey.out().contains("(1 × 5×5 + 1) × 8 = 208"), grey.out());
    }

    @Test
    void aBadInputShapeIsRefusedInOneLine() {
        for (String bad : new String[] {"32x32x0", "32", "axbxc", "32x32x3x1"}) {
            CliTest.Result r = CliTest.run("summary", "--input", bad);
            assertEquals(1, r.code(), bad);
            assertEquals("convscope summary: error: --input must be HEIGHTxWIDTHxCHANNELS, each from 1 to 4096 (e.g. 32x32x3), got '"
                    + bad + "'", r.err().strip());
        }
    }

    @Test
    void thePyTorchProgramIsOnlyForTheDatasetsImages() {
        CliTest.Result r = CliTest.run("summary", "--arch", "c8k5-p2-f-d10", "--input", "32x32x3", "--pytorch");
        assertEquals(1, r.code());
        assertEquals("convscope summary: error: --pytorch writes a program for the datasets' 28x28x1 images; for --input 32x32x3 "
                + "use --keras, or leave --input out", r.err().strip());
        assertEquals(0, CliTest.run("summary", "--arch", "c8k5-p2-f-d10", "--input", "28x28x1", "--pytorch").code());
    }
}
