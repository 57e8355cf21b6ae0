package org.convscope.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.DataBufferByte;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convscope.data.DatasetKind;
import org.convscope.training.PretrainedModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped MNIST model reads digits drawn as strokes (not MNIST's images) through
 * {@code predict --image}, the command line itself, with the same preprocessing as the pad.
 */
class StrokeDigitsAccuracyTest {
    private static final int PER_DIGIT = 50;

    @Test
    void shippedMnistModelReadsDrawnDigitsAtNinetyEightPercent(@TempDir Path dir) throws Exception {
        Path model = PretrainedModels.courseFile(DatasetKind.MNIST);
        assertTrue(Files.isRegularFile(model), model + " is committed (trained with the CLI, see assets/models/README.md)");
        StrokeDigits.write(dir, PER_DIGIT, StrokeDigits.SEED);

        double preprocessed = accuracy(CliTest.run("predict", "--model", model.toString(), "--image", dir.toString()));
        double shrunk = accuracy(CliTest.run("predict", "--model", model.toString(), "--image", dir.toString(), "--no-preprocess"));
        System.out.printf(Locale.ROOT, "stroke digits (%d): %.2f%% with MNIST preprocessing, %.2f%% shrunk to 28×28 only%n",
                10 * PER_DIGIT, 100 * preprocessed, 100 * shrunk);
        assertTrue(preprocessed >= 0.98, "accuracy on drawn digits " + preprocessed);
        assertTrue(preprocessed > shrunk + 0.2, "digits drawn small or off-centre are misread without preprocessing: "
                + shrunk + " vs " + preprocessed);
    }

    private static double accuracy(CliTest.Result r) {
        assertEquals(0, r.code(), r.err());
        Matcher m = Pattern.compile("(\\d+) of (\\d+) correct").matcher(r.out());
        assertTrue(m.find(), r.out());
        assertEquals(10 * PER_DIGIT, Integer.parseInt(m.group(2)), "every file counted");
        return Double.parseDouble(m.group(1)) / Integer.parseInt(m.group(2));
    }

    @Test
    void theSetIsTheSameOnEveryRun() {
        for (int digit : new int[] {0, 4, 7}) {
            byte[] a = ((DataBufferByte) StrokeDigits.render(digit, new SplittableRandom(3)).getRaster().getDataBuffer()).getData();
            byte[] b = ((DataBufferByte) StrokeDigits.render(digit, new SplittableRandom(3)).getRaster().getDataBuffer()).getData();
            assertArrayEquals(a, b);
            int ink = 0;
            for (byte v : a) if ((v & 0xff) != (a[0] & 0xff)) ink++;
            assertTrue(ink > 300, "the digit is drawn: " + ink + " pixels differ from the background");
        }
    }
}
