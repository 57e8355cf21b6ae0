package org.convscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.convscope.data.DatasetKind;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.optim.OptimizerConfig;
import org.convscope.training.KerasCode;
import org.convscope.training.PyTorchCode;
import org.junit.jupiter.api.Test;

/** summary --pytorch prints the PyTorch program, with a saved model's settings, an .onnx's too. */
class SummaryPyTorchTest {
    @Test
    void theCourseProgram() {
        CliTest.Result r = CliTest.run("summary", "--pytorch", "--dataset", "mnist");
        assertEquals(0, r.code(), r.err());
        assertEquals(PyTorchCode.script(ModelSpec.course(), new KerasCode.Settings(DatasetKind.MNIST, OptimizerConfig.adam(), 5, 32),
                Locale.ENGLISH), r.out());
    }

    @Test
    void aPytorchExportGivesItsOwnNetworkBack() {
        CliTest.Result r = CliTest.run("summary", "--pytorch", "--model", "src/test/resources/onnx/lenet5-opset13.onnx");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("nn.Conv2d(1, 6, 5, padding=2), nn.Tanh(),  # [N, 6, 28, 28]"), r.out());
        assertTrue(r.out().contains("nn.Linear(84, 10),  # [N, 10]\n"), r.out());
        CliTest.Result both = CliTest.run("summary", "--pytorch", "--keras");
        assertEquals(1, both.code());
        assertEquals("convscope summary: error: give either --keras or --pytorch, not both", both.err().strip());
    }
}
