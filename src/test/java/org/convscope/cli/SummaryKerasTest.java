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
}
