package org.convscope.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.convscope.data.DatasetKind;
import org.convscope.engine.explain.Course;
import org.convscope.engine.explain.ExplainOptions;
import org.convscope.engine.explain.Explainer;
import org.convscope.engine.explain.Explanation;
import org.convscope.engine.explain.Method;
import org.convscope.engine.io.SavedModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `explain`: one JSON line per image holding the engine's map as the method defines it; the picture; clear refusals. */
class ExplainCommandTest {
    private static final String MODEL = "assets/models/fashion-course.cnn.zip";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static JsonNode json(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("explain", "--model", MODEL, "--dataset", "fashion-mnist", "--json"));
        all.addAll(List.of(args));
        CliTest.Result r = CliTest.run(all.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.out().strip().lines().count(), "one line: " + r.out());
        return JSON.readTree(r.out());
    }

    private static float[] floats(JsonNode array) {
        float[] f = new float[array.size()];
        for (int i = 0; i < f.length; i++) f[i] = (float) array.get(i).asDouble();
        return f;
    }

    @Test
    void everyMethodPrintsTheEnginesMapUnscaled() throws Exception {
        SavedModel m = Course.model(DatasetKind.FASHION_MNIST);
        Explainer engine = Explainer.of(m.spec(), m.toSequential().params());
        float[] shirt = Course.image(DatasetKind.FASHION_MNIST, 4);
        for (Method method : Method.values()) {
            JsonNode j = json("--index", "4", "--method", method.id());
            List<String> keys = new ArrayList<>();
            j.fieldNames().forEachRemaining(keys::add);
            assertEquals(List.of("class", "method", "layer", "width", "height", "map", "probabilities"), keys);
            Explanation e = engine.explain(shirt, ExplainOptions.of(method));
            assertEquals(method.id(), j.get("method").asText());
            assertEquals(e.classIndex(), j.get("class").asInt(), "the answer by default");
            assertEquals(28, j.get("width").asInt());
            assertEquals(28, j.get("height").asInt());
            assertArrayEquals(e.map(), floats(j.get("map")), method + ": the engine's map, as it is");
            assertArrayEquals(e.probabilities(), floats(j.get("probabilities")));
            if (method == Method.GRADCAM) assertEquals(5, j.get("layer").asInt(), "the last convolution, counted from 1");
            else assertTrue(j.get("layer").isNull());
        }
    }

    @Test
    void anyClassAnyConvolutionAnyPatch() throws Exception {
        JsonNode j = json("--index", "4", "--method", "gradcam", "--class", "0", "--layer", "1");
        assertEquals(0, j.get("class").asInt(), "why not a T-shirt?");
        assertEquals(1, j.get("layer").asInt());
        JsonNode o = json("--index", "4", "--method", "occlusion", "--patch", "7", "--stride", "7");
        float[] map = floats(o.get("map"));
        assertEquals(map[0], map[6 * 28 + 6], 0, "one 7×7 patch covers both");
    }

    @Test
    void refusalsSayWhatIsAllowed() {
        CliTest.Result layer = CliTest.run("explain", "--model", MODEL, "--dataset", "fashion-mnist", "--method", "gradcam", "--layer", "2");
        assertEquals(1, layer.code());
        assertTrue(layer.err().contains("one of [1, 3, 5], got 2"), layer.err());
        CliTest.Result method = CliTest.run("explain", "--model", MODEL, "--dataset", "fashion-mnist", "--method", "lime");
        assertEquals(1, method.code());
        assertTrue(method.err().contains("saliency, gradxinput, smoothgrad, gradcam, occlusion"), method.err());
        CliTest.Result cls = CliTest.run("explain", "--model", MODEL, "--dataset", "fashion-mnist", "--class", "10");
        assertEquals(1, cls.code());
        assertTrue(cls.err().contains("0..9"), cls.err());
        assertEquals(2, CliTest.run("explain", "--model", MODEL).code(), "an image or a test set is needed");
    }

    @Test
    void theTerminalPictureAndThePng() throws Exception {
        Path out = dir.resolve("why.png");
        CliTest.Result r = CliTest.run("explain", "--model", "assets/models/mnist-course.cnn.zip", "--dataset", "mnist", "--index", "0",
                "--method", "smoothgrad", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("mnist[0]: 7 ("), r.out());
        assertTrue(r.out().contains("smoothgrad for 7, 28×28"), r.out());
        assertTrue(r.out().lines().filter(l -> l.length() == 56).count() >= 28, "28 rows of 28 pixels");
        BufferedImage img = ImageIO.read(out.toFile());
        assertTrue(img.getWidth() >= 2 * 336 && img.getHeight() > 2 * 336, img.getWidth() + "×" + img.getHeight());
    }

    @Test
    void renderDrawsTheWholeViewInKorean() throws Exception {
        Path out = dir.resolve("explain-ko.png");
        CliTest.Result r = CliTest.run("render", "explain", "--model", MODEL, "--index", "4", "--method", "occlusion",
                "--lang", "ko", "--width", "1100", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        BufferedImage img = ImageIO.read(out.toFile());
        assertEquals(1100, img.getWidth());
        assertTrue(img.getHeight() > 400, "the picture and the ten classes: " + img.getHeight());
    }
}
