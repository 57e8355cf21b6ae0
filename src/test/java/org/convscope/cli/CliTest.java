package org.convscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CliTest {

    /** Runs the CLI in-process and captures what it prints. */
    static Result run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Cli.run(args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    record Result(int code, String out, String err) {
    }

    @Test
    void summaryOfTheCourseModelShowsKerasNumbersAndFormulas() {
        Result r = run("summary", "--arch", "seed");
        assertEquals(0, r.code(), r.err());
        for (String expected : new String[] {"conv2d (Conv2D)", "(None, 26, 26, 32)", "320", "18,496", "36,928", "650",
                "(None, 5, 5, 64)", "(None, 576)", "(32 × 3×3 + 1) × 64 = 18,496", "(576 + 1) × 64 = 36,928",
                "Total params: 93,322", "max_pooling2d_1 (MaxPooling2D)"}) {
            assertTrue(r.out().contains(expected), () -> "missing '" + expected + "' in\n" + r.out());
        }
    }

    @Test
    void impossibleArchitectureExitsNonZeroWithOneLineReason() {
        Result r = run("summary", "--arch", "c32k3-d10");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("Flatten"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void kernelLargerThanInputIsRefused() {
        Result r = run("summary", "--arch", "c8k30-f-d10");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("larger than"), r.err());
    }

    @Test
    void unknownFlagIsAUsageError() {
        Result r = run("summary", "--colour", "red");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--colour"), r.err());
    }

    @Test
    void unknownDatasetIsRefused() {
        Result r = run("train", "--dataset", "cifar");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("mnist, fashion-mnist"), r.err());
    }

    @Test
    void trainingAFewStepsPrintsJsonFigures() {
        Result r = run("train", "--dataset", "mnist", "--arch", "c4k5-p2-f-d10", "--epochs", "1", "--limit", "256",
                "--batch", "32", "--threads", "2", "--json");
        assertEquals(0, r.code(), r.err());
        String json = r.out().strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(json.startsWith("{") && json.contains("\"test_accuracy\"") && json.contains("\"images_per_s\""), json);
        assertTrue(r.out().contains("Epoch 1/1"), r.out());
    }
}
