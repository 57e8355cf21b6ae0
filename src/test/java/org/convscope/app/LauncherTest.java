package org.convscope.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One model or session file as the only argument opens the window with it; anything else is a command. */
class LauncherTest {
    @TempDir
    Path dir;

    @Test
    void modelSessionAndOnnxFilesOpenTheWindow() throws Exception {
        for (String name : new String[] {"m.cnn.zip", "lesson.convscope", "torch.onnx", "TORCH.ONNX"}) {
            Path file = Files.write(dir.resolve(name), new byte[] {1});
            assertTrue(Launcher.opensFile(new String[] {file.toString()}), name);
        }
        assertFalse(Launcher.opensFile(new String[] {dir.resolve("missing.onnx").toString()}), "a file that is not there");
        assertFalse(Launcher.opensFile(new String[] {"summary"}));
        assertFalse(Launcher.opensFile(new String[] {"export", "--model", "m.onnx"}));
    }
}
