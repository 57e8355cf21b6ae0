package org.convscope.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.convscope.engine.io.ModelFile;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.io.onnx.ModelFormats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export --onnx / --cnn, and every --model taking the .onnx it wrote. */
class ExportCommandTest {
    private static final String COURSE = "assets/models/mnist-course.cnn.zip";

    @TempDir
    Path dir;

    @Test
    void theCourseModelGoesToOnnxAndComesBackTheSame() throws Exception {
        Path onnx = dir.resolve("course.onnx");
        CliTest.Result r = CliTest.run("export", "--model", COURSE, "--onnx", onnx.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("wrote " + onnx + " (ONNX opset 17, input [N, 1, 28, 28], outputs logits and probabilities): "
                + "c32k3-p2-c64k3-p2-c64k3-f-d64-d10, 93,322 parameters, 10 classes, dataset mnist", r.out().strip());

        Path back = dir.resolve("back.cnn.zip");
        CliTest.Result r2 = CliTest.run("export", "--model", onnx.toString(), "--cnn", back.toString());
        assertEquals(0, r2.code(), r2.err());
        SavedModel original = ModelFile.read(Path.of(COURSE));
        SavedModel returned = ModelFile.read(back);
        assertEquals(original.spec(), returned.spec());
        assertArrayEquals(original.weights(), returned.weights());
        assertEquals(original.classes(), returned.classes());

        // predict and evaluate read the .onnx as they read the .cnn.zip, to the same numbers
        CliTest.Result fromZip = CliTest.run("predict", "--model", COURSE, "--dataset", "mnist", "--count", "3", "--json");
        CliTest.Result fromOnnx = CliTest.run("predict", "--model", onnx.toString(), "--dataset", "mnist", "--count", "3", "--json");
        assertEquals(0, fromOnnx.code(), fromOnnx.err());
        assertEquals(fromZip.out(), fromOnnx.out());
        CliTest.Result summary = CliTest.run("summary", "--model", onnx.toString());
        assertEquals(0, summary.code(), summary.err());
        assertTrue(summary.out().contains("Total params: 93,322"), summary.out());
    }

    @Test
    void aPytorchFileBecomesAModelFileWithTheDatasetGiven() throws Exception {
        Path back = dir.resolve("torch.cnn.zip");
        CliTest.Result r = CliTest.run("export", "--model", "src/test/resources/onnx/course-opset17.onnx", "--cnn", back.toString(),
                "--dataset", "mnist");
        assertEquals(0, r.code(), r.err());
        SavedModel m = ModelFormats.read(back);
        assertEquals("mnist", m.dataset());
        assertEquals("0", m.classes().get(0));
        assertEquals(ModelFile.read(Path.of(COURSE)).weights().length, m.weights().length);
    }

    @Test
    void mistakesAreOneLine() throws Exception {
        CliTest.Result none = CliTest.run("export", "--model", COURSE);
        assertEquals(1, none.code());
        assertEquals("convscope export: error: give --onnx FILE.onnx, --cnn FILE.cnn.zip or both", none.err().strip());
        CliTest.Result wrongName = CliTest.run("export", "--model", COURSE, "--onnx", dir.resolve("m.zip").toString());
        assertEquals("convscope export: error: --onnx must name a .onnx file, not m.zip", wrongName.err().strip());
        Path junk = Files.write(dir.resolve("junk.onnx"), new byte[] {1, 2, 3});
        CliTest.Result bad = CliTest.run("evaluate", "--model", junk.toString(), "--dataset", "mnist");
        assertEquals(1, bad.code());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
        assertTrue(bad.err().startsWith("convscope evaluate: error: junk.onnx is damaged"), bad.err());
    }
}
