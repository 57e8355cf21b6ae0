package org.convscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    void trainingAFewStepsPrintsJsonFigures() throws Exception {
        Result r = run("train", "--dataset", "mnist", "--arch", "c4k5-p2-f-d10", "--epochs", "1", "--limit", "256",
                "--batch", "32", "--threads", "2", "--json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Epoch 1/1"), r.out());
        String last = r.out().strip().lines().reduce((a, b) -> b).orElse("");
        JsonNode json = new ObjectMapper().readTree(last);
        assertEquals(List.of("dataset", "architecture", "epochs", "steps", "test_accuracy", "test_loss", "train_loss",
                "train_accuracy", "images_per_s", "seconds"), fieldNames(json));
        assertEquals("mnist", json.get("dataset").asText());
        assertEquals("c4k5-p2-f-d10", json.get("architecture").asText());
        assertEquals(1, json.get("epochs").asInt());
        assertEquals(256 / 32, json.get("steps").asInt(), "one step per batch of the 256 examples");

        double trainAccuracy = json.get("train_accuracy").asDouble(), testAccuracy = json.get("test_accuracy").asDouble();
        assertTrue(trainAccuracy >= 0 && trainAccuracy <= 1, "train accuracy " + trainAccuracy);
        assertTrue(testAccuracy >= 0 && testAccuracy <= 1, "test accuracy " + testAccuracy);
        assertEquals(Math.rint(trainAccuracy * 256), trainAccuracy * 256, 1e-6, "a count of the 256 training images");
        assertEquals(Math.rint(testAccuracy * 10_000), testAccuracy * 10_000, 1e-6, "a count of the 10,000 test images");
        double trainLoss = json.get("train_loss").asDouble(), testLoss = json.get("test_loss").asDouble();
        assertTrue(trainLoss > 0 && Double.isFinite(trainLoss), "train loss " + trainLoss);
        assertTrue(testLoss > 0 && testLoss < Math.log(10), "8 Adam steps beat guessing (ln 10): test loss " + testLoss);
        assertTrue(json.get("images_per_s").asLong() > 0, last);
        assertTrue(json.get("seconds").asDouble() > 0, last);
        // the line a person reads and the line a script reads tell the same story
        assertTrue(r.out().contains(String.format(Locale.ROOT, "Test accuracy: %.4f (test loss %.4f) after 8 step(s)",
                testAccuracy, testLoss)), r.out());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
