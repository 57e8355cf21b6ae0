package org.convscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `render` draws the app's own views to PNG without a window (headless Monocle in the test JVM). */
class RenderCommandTest {
    @TempDir
    Path dir;

    @Test
    void architectureOfTheCourseModelRendersInBothLanguages() throws Exception {
        for (String lang : new String[] {"en", "ko"}) {
            Path out = dir.resolve("arch-" + lang + ".png");
            CliTest.Result r = CliTest.run("render", "architecture", "--arch", "seed", "--lang", lang, "--width", "1000", "--out", out.toString());
            assertEquals(0, r.code(), r.err());
            BufferedImage img = ImageIO.read(out.toFile());
            assertEquals(1000, img.getWidth());
            assertTrue(img.getHeight() > 800, "the whole stack and table: " + img.getHeight());
            assertTrue(distinctColours(img) > 20, "a drawn view, not a blank page");
        }
    }

    @Test
    void twiceTheScaleForSlides() throws Exception {
        Path out = dir.resolve("arch2x.png");
        CliTest.Result r = CliTest.run("render", "architecture", "--arch", "c8k3-p2-f-d10", "--width", "900", "--scale", "2", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(1800, ImageIO.read(out.toFile()).getWidth());
    }

    @Test
    void kernelsOfTheShippedModel() throws Exception {
        Path out = dir.resolve("kernels.png");
        CliTest.Result r = CliTest.run("render", "kernels", "--model", "assets/models/mnist-course.cnn.zip", "--layer", "2",
                "--width", "1000", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(distinctColours(ImageIO.read(out.toFile())) > 20);
    }

    @Test
    void featureMapsOfOneTestImageInKorean() throws Exception {
        Path out = dir.resolve("maps.png");
        CliTest.Result r = CliTest.run("render", "featuremaps", "--model", "assets/models/mnist-course.cnn.zip", "--index", "3",
                "--lang", "ko", "--width", "1100", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        BufferedImage img = ImageIO.read(out.toFile());
        assertTrue(img.getHeight() > 1000, "every layer: " + img.getHeight());
        assertTrue(distinctColours(img) > 50);
    }

    @Test
    void theDrawPadAnswersForADrawingFile() throws Exception {
        // a drawn 1: a dark bar on white paper, as a phone photo or a paint program gives it
        BufferedImage paper = new BufferedImage(120, 160, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 160; y++) for (int x = 0; x < 120; x++) paper.setRGB(x, y, x >= 52 && x < 66 && y >= 20 && y < 140 ? 0x202020 : 0xffffff);
        Path drawing = dir.resolve("one.png");
        ImageIO.write(paper, "png", drawing.toFile());
        Path out = dir.resolve("drawpad.png");
        CliTest.Result r = CliTest.run("render", "drawpad", "--model", "assets/models/mnist-course.cnn.zip", "--image", drawing.toString(),
                "--width", "1000", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        BufferedImage img = ImageIO.read(out.toFile());
        assertEquals(1000, img.getWidth());
        assertTrue(img.getHeight() > 300, "the pad, the steps and the bars: " + img.getHeight());
        assertTrue(distinctColours(img) > 30, "the drawing, its steps and the probability bars");
    }

    @Test
    void testResultsOfTheFashionModel() throws Exception {
        Path out = dir.resolve("results.png");
        CliTest.Result r = CliTest.run("render", "results", "--model", "assets/models/fashion-course.cnn.zip",
                "--width", "1100", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        BufferedImage img = ImageIO.read(out.toFile());
        assertEquals(1100, img.getWidth());
        assertTrue(img.getHeight() > 400, "the whole matrix: " + img.getHeight());
        assertTrue(distinctColours(img) > 30, "blue and red cells, grey images");
    }

    @Test
    void whatTheNetworkLearnedInBothLanguages() throws Exception {
        String model = "assets/models/mnist-course.cnn.zip";
        String[][] cases = {{"patches", "en"}, {"dream", "ko"}, {"embedding", "en"}, {"embedding", "ko"}};
        for (String[] c : cases) {
            String view = c[0], lang = c[1];
            Path out = dir.resolve(view + "-" + lang + ".png");
            CliTest.Result r = CliTest.run("render", view, "--model", model, "--lang", lang, "--out", out.toString());
            assertEquals(0, r.code(), view + ": " + r.err());
            BufferedImage img = ImageIO.read(out.toFile());
            assertEquals(1280, img.getWidth());
            assertEquals(view.equals("patches") ? 800 : 720, img.getHeight(), "as a window shows it");
            assertTrue(distinctColours(img) > 20, view + " is drawn, not blank");
        }
    }

    @Test
    void kernelsNeedAModel() {
        CliTest.Result r = CliTest.run("render", "kernels", "--out", dir.resolve("k.png").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("--model"), r.err());
    }

    @Test
    void unknownViewIsAUsageError() {
        CliTest.Result r = CliTest.run("render", "weights", "--out", dir.resolve("w.png").toString());
        assertEquals(2, r.code());
    }

    private static int distinctColours(BufferedImage img) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 7) for (int x = 0; x < img.getWidth(); x += 7) seen.add(img.getRGB(x, y));
        return seen.size();
    }
}
